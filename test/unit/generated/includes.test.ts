import { strict as assert } from 'node:assert';
import { symlinkSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { writeXml } from '../../../src/index.js';
import { convert, errors, lines, show, withRule } from '../helpers.js';
import { tempRepo, schemaProblems, type TempRepo } from './repo.js';

const kramdown = (...body: string[]) => lines('---', 'title: T', '--- middle', '', '# A', '', ...body);
const mmark = (...body: string[]) => lines('%%%', 'title = "T"', '%%%', '', '{mainmatter}', '', '# A', '', ...body);
/** Line of the first body line in both wrappers above. */
const BODY = 7;
const MMARK_BODY = 9;

const CODE = [
  'package event',          // 1
  '',                       // 2
  '    // region: parse',   // 3
  '    func Parse() {',     // 4
  '        // region: inner',
  '        step()',          // 6
  '        // endregion',    // 7
  '    }',                   // 8
  '    // endregion',        // 9
  '# region: shell-style',   // 10
  'echo hi',                 // 11
  '# endregion',             // 12
  '<!-- region: html-style -->',
  'hello from html',         // 14
  '<!-- endregion: html-style -->',
  '/* region: open */',      // 16
  'never closed',
].join('\n');

describe('includes (issue 9)', () => {
  let repo: TempRepo;
  const draft = () => join(repo.dir, 'draft.md');
  const run = (source: string, options = {}) => convert(source, { file: draft(), allowMissingRefs: true, ...options });
  const middle = (r: Awaited<ReturnType<typeof run>>) => writeXml(r.document).split('<middle>')[1].split('</middle>')[0];

  before(() => {
    repo = tempRepo({
      'part.md': lines('Included paragraph.', '', '{::include inner.md}'),
      'inner.md': lines('Inner paragraph.'),
      'outer.md': lines('Outer paragraph.', '', '{::include inner.md}'),
      'src/event.go': CODE + '\n',
      'code.txt': lines('line one', '  line two', '  line three', 'line four'),
      'self.md': lines('{::include-nested self.md}'),
      'mm/part.md': lines('Mmark included.', '', '{{inner.md}}'),
      'mm/inner.md': lines('Mmark inner.'),
      'docs/region.md': lines('Before.', '<!-- region: usage -->', 'The usage paragraph.', '', '{::unknownthing}', '<!-- endregion -->', 'After.'),
    });
  });
  after(() => repo.remove());

  describe('kramdown-rfc', () => {
    it('{::include FILE} puts the file in place and lists it as a dependency; include lines in it stay text', async () => {
      const r = await run(kramdown('{::include part.md}'));
      const xml = middle(r);
      assert.match(xml, /<t>Included paragraph\.<\/t>/);
      assert.doesNotMatch(xml, /Inner paragraph/);
      assert.deepEqual(r.includes, [realpathSync(join(repo.dir, 'part.md'))]);
    });

    it('{::include-nested FILE} also expands the includes inside it', async () => {
      const r = await run(kramdown('{::include-nested outer.md}'));
      assert.match(middle(r), /<t>Outer paragraph\.<\/t>\s*<t>Inner paragraph\.<\/t>/);
      assert.equal(r.includes.length, 2);
    });

    it('-linesN..M selects lines N to M; -dedent removes their common indentation', async () => {
      const plain = middle(await run(kramdown('~~~', '{::include-lines2..3 code.txt}', '~~~')));
      assert.match(plain, /<artwork><!\[CDATA\[  line two\n  line three\]\]><\/artwork>/);
      const dedented = middle(await run(kramdown('~~~', '{::include-dedent-lines2..3 code.txt}', '~~~')));
      assert.match(dedented, /<artwork><!\[CDATA\[line two\nline three\]\]><\/artwork>/, 'inside a fence, as kramdown-rfc reads it');
      const own = middle(await run(kramdown('{::include-dedent-lines2..3 code.txt}')));
      assert.match(own, /<t>line two\nline three<\/t>/);
    });

    it('{::include FILE#name} includes a named region, without its marker lines or inner markers', async () => {
      const r = await run(kramdown('~~~ go', '{::include-dedent src/event.go#parse}', '~~~'));
      const xml = middle(r);
      assert.match(xml, /func Parse\(\) \{\n    step\(\)\n\}/);
      assert.doesNotMatch(xml, /region|package event/);
      assert.deepEqual(errors(r.diagnostics), []);
    });

    it('region markers work in #, <!-- --> and /* */ comments', async () => {
      assert.match(middle(await run(kramdown('{::include src/event.go#shell-style}'))), /<t>echo hi<\/t>/);
      assert.match(middle(await run(kramdown('{::include src/event.go#html-style}'))), /hello/);
      assert.match(middle(await run(kramdown('{::include src/event.go#inner}'))), /step\(\)/);
    });

    it('a missing region is an error at the include line naming the file and region', async () => {
      const r = await run(kramdown('Text.', '', '{::include src/event.go#nosuch}'));
      assert.equal(r.failed, true);
      const d = withRule(r.diagnostics, 'include-region');
      assert.equal(d.length, 1, show(r.diagnostics));
      assert.match(d[0].message, /"src\/event\.go#nosuch": no region "nosuch"/);
      assert.match(d[0].hint!, /region: nosuch/);
      assert.deepEqual([d[0].file, d[0].line, d[0].column], [draft(), BODY + 2, 1]);
    });

    it('a region never closed is an error at the include line', async () => {
      const r = await run(kramdown('{::include src/event.go#open}'));
      const d = withRule(r.diagnostics, 'include-region');
      assert.equal(d.length, 1, show(r.diagnostics));
      assert.match(d[0].message, /never closed/);
      assert.equal(d[0].line, BODY);
    });

    it('messages about a region\'s content name the included file and its own line', async () => {
      const r = await run(kramdown('{::include docs/region.md#usage}'));
      assert.match(middle(r), /<t>The usage paragraph\.<\/t>/);
      assert.doesNotMatch(middle(r), /Before|After/);
      const d = withRule(r.diagnostics, 'unknown-extension');
      assert.equal(d.length, 1, show(r.diagnostics));
      assert.deepEqual([d[0].file, d[0].line], [realpathSync(join(repo.dir, 'docs/region.md')), 5]);
    });

    it('flags draftsmith does not apply are a warning at the include line, and the file is still included', async () => {
      const r = await run(kramdown('Text.', '', '~~~', '{::include-fold69hardleft4dry code.txt}', '~~~'));
      assert.match(middle(r), /line four/);
      const d = withRule(r.diagnostics, 'include-address');
      assert.equal(d.length, 1, show(r.diagnostics));
      assert.deepEqual([d[0].severity, d[0].line], ['warning', BODY + 3]);
      assert.match(d[0].message, /-fold69hardleft4dry/);
    });

    it('a file that includes itself is an error, not a hang', async () => {
      const r = await run(kramdown('{::include-nested self.md}'));
      assert.equal(withRule(r.diagnostics, 'include-cycle').length, 1, show(r.diagnostics));
    });
  });

  describe('mmark', () => {
    it('{{FILE}} includes Markdown, and the includes inside it', async () => {
      const r = await run(mmark('{{mm/part.md}}'));
      assert.match(middle(r), /<t>Mmark included\.<\/t>\s*<t>Mmark inner\.<\/t>/);
      assert.equal(r.includes.length, 2);
    });

    it('<{{FILE}} includes a file as a code block typed by its extension', async () => {
      const r = await run(mmark('<{{code.txt}}'));
      assert.match(middle(r), /line one\n  line two\n  line three\nline four/);
    });

    it('<{{FILE}}[N,M] includes lines N up to M (M not included)', async () => {
      const xml = middle(await run(mmark('<{{code.txt}}[2,4]')));
      assert.match(xml, /CDATA\[  line two\n  line three\]\]/);
    });

    it('<{{FILE}}[/start/,/end/] includes from the line matching start up to the one matching end', async () => {
      const xml = middle(await run(mmark('<{{src/event.go}}[/func Parse/,/^    }/]')));
      assert.match(xml, /CDATA\[    func Parse\(\) \{\n        \/\/ region: inner\n        step\(\)\n        \/\/ endregion\]\]/);
    });

    it('[prefix="…"] puts the prefix before every line', async () => {
      const xml = middle(await run(mmark('<{{code.txt}}[1,3;prefix="> "]')));
      assert.match(xml, /CDATA\[> line one\n>   line two\]\]/);
    });

    it('<{{FILE#name}} includes a named region as a code block', async () => {
      const r = await run(mmark('<{{src/event.go#parse}}'));
      assert.match(middle(r), /<sourcecode type="go"><!\[CDATA\[    func Parse\(\) \{\n        step\(\)\n    \}\]\]>/);
    });

    it('{{FILE#name}} includes a named region as Markdown', async () => {
      const r = await run(mmark('{{docs/region.md#usage}}'));
      assert.match(middle(r), /<t>The usage paragraph\.<\/t>/);
      assert.doesNotMatch(middle(r), /Before|After|region/);
    });

    it('a missing region is an error at the include line', async () => {
      const r = await run(mmark('Text.', '', '<{{src/event.go#gone}}'));
      const d = withRule(r.diagnostics, 'include-region');
      assert.equal(d.length, 1, show(r.diagnostics));
      assert.deepEqual([d[0].line, d[0].column], [MMARK_BODY + 2, 1]);
    });

    it('a pattern that is not a regular expression is an error, not a crash', async () => {
      const r = await run(mmark('<{{code.txt}}[/(/,/x/]'));
      const d = withRule(r.diagnostics, 'include-address');
      assert.equal(d.length, 1, show(r.diagnostics));
      assert.equal(d[0].line, MMARK_BODY);
      assert.equal(d[0].severity, 'error');
    });

    it('a pattern that matches nothing is a warning at the include line', async () => {
      const r = await run(mmark('<{{code.txt}}[/nowhere/,/x/]'));
      const d = withRule(r.diagnostics, 'include-address');
      assert.equal(d.length, 1, show(r.diagnostics));
      assert.deepEqual([d[0].severity, d[0].file, d[0].line], ['warning', draft(), MMARK_BODY]);
    });
  });

  describe('confinement', () => {
    let outside: TempRepo;
    before(() => {
      outside = tempRepo({ 'secret.md': lines('Outside text.') });
      symlinkSync(join(outside.dir, 'secret.md'), join(repo.dir, 'link.md'));
    });
    after(() => outside.remove());

    it('a file outside the repository is an error at the include, in both dialects', async () => {
      const k = await run(kramdown(`{::include ${join(outside.dir, 'secret.md')}}`));
      assert.deepEqual(withRule(k.diagnostics, 'include-outside').map((d) => d.line), [BODY], show(k.diagnostics));
      assert.doesNotMatch(middle(k), /Outside text/);
      const m = await run(mmark('{{../' + join('..', outside.dir.split('/').slice(1).join('/'), 'secret.md').replace(/^\.\.\//, '') + '}}'));
      assert.ok(withRule(m.diagnostics, 'include-outside').length + withRule(m.diagnostics, 'include-missing').length === 1, show(m.diagnostics));
    });

    it('a symbolic link inside the repository to a file outside it is refused too', async () => {
      const r = await run(kramdown('{::include link.md}'));
      assert.equal(withRule(r.diagnostics, 'include-outside').length, 1, show(r.diagnostics));
    });

    it('allowIncludesOutside lets it in', async () => {
      const r = await run(kramdown('{::include link.md}'), { allowIncludesOutside: true });
      assert.deepEqual(errors(r.diagnostics), []);
      assert.match(middle(r), /Outside text/);
    });

    it('the output with includes and regions stays schema-valid', async () => {
      const r = await run(kramdown('{::include-nested outer.md}', '', '{::include-dedent src/event.go#parse}'));
      assert.equal(schemaProblems(r, repo.dir), '');
    });
  });
});
