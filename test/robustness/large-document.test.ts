/**
 * Issue 10: a large generated draft (test/robustness/large-draft.ts) goes the whole way through
 * `draftsmith build --format xml,text,html`, as Markdown and as the RFC XML written from it,
 * and nothing is lost: every section reaches every output, the XML reads back, the HTML
 * carries no script. The size here (300 KB) keeps `npm test` quick while running every stage
 * on a document several times the largest real draft's size; bench/pathological.js times the
 * same path at 1 and 10 MB with peak memory.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFile, type BuildOutcome } from '../../src/api/build.js';
import { checkXml } from '../../src/xml/parse.js';
import { dangerousMarkup } from './html-scan.js';
import { largeMarkdownDraft } from './large-draft.js';

const BYTES = 300_000;

describe('robustness: a large document', function () {
  this.timeout(300_000);
  let dir: string;
  let sections: number;
  const outputs: Record<string, BuildOutcome> = {};

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-large-'));
    const md = largeMarkdownDraft(BYTES);
    sections = md.match(/^# Section \d+ \{#sec-\d+\}$/gm)!.length;
    writeFileSync(join(dir, 'large.md'), md);
    const options = { formats: ['xml', 'text', 'html'] as ('xml' | 'text' | 'html')[], refcache: [], offline: true, allowMissingRefs: true, date: '2026-11-22', noUserCache: true };
    outputs.md = await buildFile(join(dir, 'large.md'), { ...options, outDir: join(dir, 'from-md') });
    assert.equal(outputs.md.failed, false, JSON.stringify(outputs.md.diagnostics.filter((d) => d.severity === 'error').slice(0, 5)));
    // The XML written, built again as an input of its own.
    writeFileSync(join(dir, 'large.xml'), readFileSync(outputs.md.outputs.xml!, 'utf8'));
    outputs.xml = await buildFile(join(dir, 'large.xml'), { ...options, outDir: join(dir, 'from-xml') });
    assert.equal(outputs.xml.failed, false, JSON.stringify(outputs.xml.diagnostics.filter((d) => d.severity === 'error').slice(0, 5)));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`the generated draft is large (${BYTES / 1000} KB, over a hundred sections)`, () => {
    assert.ok(readFileSync(join(dir, 'large.md')).length >= BYTES);
    assert.ok(sections > 100, String(sections));
  });

  for (const from of ['md', 'xml']) {
    it(`from ${from}: the XML is well-formed and has every section, each citing the one before`, () => {
      const xml = readFileSync(outputs[from].outputs.xml!, 'utf8');
      assert.equal(checkXml(xml), undefined);
      assert.equal(xml.match(/<section anchor="sec-\d+"/g)?.length, sections);
      assert.equal(xml.match(/<xref target="sec-\d+"/g)?.length, sections + (sections - 1) * 3);
    });

    it(`from ${from}: the text has every section heading and the last section's body`, () => {
      const text = readFileSync(outputs[from].outputs.text!, 'utf8');
      const headings = text.match(/^\d+\.  Section \d+$/gm) ?? [];
      assert.equal(headings.length, sections);
      assert.match(text, new RegExp(`Paragraph 3 of section ${sections - 1}:`));
    });

    it(`from ${from}: the HTML has an element for every section, working links to them, and no script`, () => {
      const html = readFileSync(outputs[from].outputs.html!, 'utf8');
      assert.equal(html.match(/<div id="sec-\d+">/g)?.length, sections);
      assert.ok(html.includes(`href="#sec-${sections - 2}"`));
      assert.deepEqual(dangerousMarkup(html), []);
    });
  }

  it('the text built from the XML is the text built from the Markdown', () => {
    assert.equal(readFileSync(outputs.xml.outputs.text!, 'utf8'), readFileSync(outputs.md.outputs.text!, 'utf8'));
  });
});
