import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFile, expandInputs, type BuildOptions } from '../../../src/api/build.js';
import { checkXml } from '../../../src/xml/parse.js';
import { fixture, lines, show } from '../helpers.js';

describe('buildFile', () => {
  let dir: string;
  let out: string;
  let options: BuildOptions;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-build-'));
    out = join(dir, 'out');
    options = { outDir: out, formats: ['xml'], refcache: [fixture('bibxml')], offline: true, allowMissingRefs: false, date: '2024-02-29', noUserCache: true };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  }

  it('writes <docName>.xml, with the date option and references from --refcache', async () => {
    const input = write('input.md', lines('---', 'title: Built', 'docname: draft-foo-bar-03', '--- middle', '', '# A', '', 'See {{!RFC2119}}.'));
    const outcome = await buildFile(input, options);
    assert.equal(outcome.failed, false, show(outcome.diagnostics));
    assert.deepEqual(outcome.outputs, { xml: join(out, 'draft-foo-bar-03.xml') });
    assert.deepEqual(readdirSync(out), ['draft-foo-bar-03.xml'], 'no temporary files left behind');
    const xml = readFileSync(join(out, 'draft-foo-bar-03.xml'), 'utf8');
    assert.equal(checkXml(xml), undefined);
    assert.match(xml, /docName="draft-foo-bar-03"/);
    assert.match(xml, /<date year="2024" month="February" day="29"\/>/);
    assert.match(xml, /Key words for use in RFCs to Indicate Requirement Levels/);
  });

  it('writes the same text with the checks as without, for every pagination and date format (the checks\' rendering is reused when it is the same)', async () => {
    const body = ['--- abstract', '', 'An abstract that is long enough to be filled over two lines of the text rendering, or more.', '',
      '--- middle', '', '# Introduction', '', 'See {{!RFC2119}}.', '', '# Security Considerations', '', 'None.', '', '# IANA Considerations', '', 'None.'];
    for (const docname of ['draft-foo-bar-latest', 'draft-foo-bar-03']) {
      const input = write(`${docname}.md`, lines('---', 'title: Text', `docname: ${docname}`, 'author:', '  - name: A. Author', ...body));
      for (const extra of [{}, { paginate: true }, { paginate: false }, { legacyDateFormat: true }] as Partial<BuildOptions>[]) {
        const texts = [];
        for (const check of ['report', 'off'] as const) {
          const o = { ...options, ...extra, formats: ['text' as const], check, outDir: join(out, check) };
          const outcome = await buildFile(input, o);
          assert.equal(outcome.failed, false, show(outcome.diagnostics));
          texts.push(readFileSync(outcome.outputs.text!, 'utf8'));
        }
        assert.equal(texts[0], texts[1], `${docname} ${JSON.stringify(extra)}`);
        assert.equal(texts[0].includes('\f'), extra.paginate ?? docname.endsWith('-03'), 'paginated as asked');
      }
    }
  });

  it('keeps -latest in the output name', async () => {
    const input = write('x.md', lines('---', 'title: T', 'docname: draft-foo-bar-latest', '--- middle', '', '# A'));
    const outcome = await buildFile(input, options);
    assert.equal(outcome.outputs.xml, join(out, 'draft-foo-bar-latest.xml'));
  });

  it('names an RFC rfcNNNN and a draft with no docName after its input file', async () => {
    const rfc = await buildFile(write('r.md', lines('%%%', 'title = "T"', '[seriesInfo]', 'name = "RFC"', 'value = "9999"', '%%%', '', '# A')), options);
    assert.equal(rfc.outputs.xml, join(out, 'rfc9999.xml'), show(rfc.diagnostics));
    const plain = await buildFile(write('my-notes.md', lines('---', 'title: T', '--- middle', '', '# A')), options);
    assert.equal(plain.outputs.xml, join(out, 'my-notes.xml'));
  });

  it('writes nothing for an input with errors, and leaves an older output alone', async () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'draft-broken-00.xml'), 'previous build');
    const input = write('broken.md', lines('---', 'title: T', 'docname: draft-broken-00', '--- middle', '', '# A', '', '{{nowhere}}'));
    const outcome = await buildFile(input, options);
    assert.equal(outcome.failed, true);
    assert.deepEqual(outcome.outputs, {});
    assert.deepEqual(readdirSync(out), ['draft-broken-00.xml']);
    assert.equal(readFileSync(join(out, 'draft-broken-00.xml'), 'utf8'), 'previous build');
  });

  it('reports a missing input as an error naming the file', async () => {
    const missing = join(dir, 'absent.md');
    const outcome = await buildFile(missing, options);
    assert.equal(outcome.failed, true);
    assert.equal(outcome.diagnostics.length, 1);
    assert.equal(outcome.diagnostics[0].severity, 'error');
    assert.equal(outcome.diagnostics[0].file, missing);
    assert.match(outcome.diagnostics[0].message, /no such file/);
  });

  it('finds references in a bibxml/ folder beside the draft', async () => {
    mkdirSync(join(dir, 'bibxml'));
    writeFileSync(join(dir, 'bibxml', 'reference.RFC.9999.xml'),
      '<reference anchor="RFC9999"><front><title>Beside The Draft</title><author/><date year="2030"/></front></reference>');
    const input = write('d.md', lines('---', 'title: T', 'docname: draft-beside-00', '--- middle', '', '# A', '', '{{!RFC9999}}'));
    const outcome = await buildFile(input, { ...options, refcache: [], offline: false });
    assert.equal(outcome.failed, false, show(outcome.diagnostics));
    assert.match(readFileSync(outcome.outputs.xml!, 'utf8'), /Beside The Draft/);
  });
});

describe('expandInputs', () => {
  it('lists the Markdown files of a folder, sorted, and keeps files and missing paths as given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftsmith-expand-'));
    try {
      for (const f of ['b.md', 'a.markdown', 'c.txt', 'd.mkd']) writeFileSync(join(dir, f), '');
      mkdirSync(join(dir, 'sub.md'));
      assert.deepEqual(expandInputs([dir]), [join(dir, 'a.markdown'), join(dir, 'b.md'), join(dir, 'd.mkd')]);
      assert.deepEqual(expandInputs([join(dir, 'c.txt'), join(dir, 'nope.md')]), [join(dir, 'c.txt'), join(dir, 'nope.md')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
