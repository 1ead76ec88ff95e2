/**
 * Pagination against xml2rfc 3.32: each document in its tests that has both an unpaginated
 * `<case>.text` and a paginated `<case>.pages.text` is paginated from the former and compared
 * line by line with the latter. The running header and footer texts are read from the expected
 * file, so only the page breaks and layout are under test. TOC page numbers are a later pass
 * (the unpaginated TOC has none), so TOC lines are compared without them.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorNames, justify, linePages, pageInfo, paginate, type LineRange, type PageInfo } from '../../../../src/writers/text/paginate.js';
import { xmlToRfc } from '../../../../src/index.js';
import { el } from '../../../../src/tree/nodes.js';
import { corpusDir } from './golden-paragraphs.js';

/**
 * Line-similarity floors from the lines alone (1: identical, TOC page numbers aside). What
 * the lines cannot show is what the writer knows; with the ranges below every case is
 * identical.
 */
const FLOORS: Record<string, number> = {
  'no-toc': 1,
  indexes: 1,
  sourcecode: 1,
  elements: 1,
  'draft-miek-test': 0.65,
  'draft-template': 0.55,
};

/**
 * Keep-together ranges (0-based input line indices, `to` exclusive) that the text writer is
 * to pass: blocks whose unity the lines do not show. draft-miek-test: a v2 <figure> whose
 * artwork holds blank lines (lines 425–434 of the .text). draft-template: a v2 <texttable>
 * with its preamble and postamble (lines 127–143; v2v3 marks the preamble keepWithNext).
 */
const KEEP: Record<string, LineRange[]> = {
  'draft-miek-test': [{ from: 424, to: 434 }],
  'draft-template': [{ from: 126, to: 143 }],
};

/** Header and footer texts as printed on the expected file's first two pages. */
function infoFrom(expected: string): PageInfo {
  const pages = expected.split('\f\n');
  const footer = pages[0]!.split('\n').filter((l) => l.trim()).pop()!;
  const header = pages[1]!.split('\n')[0]!;
  const f = /^(\S.*?)\s{2,}(\S.*?)\s{2,}\[Page 1\]$/.exec(footer)!;
  const h = /^(\S.*?)\s{2,}(\S.*?)\s{2,}(\S.*)$/.exec(header)!;
  return { headerLeft: h[1]!, headerCenter: h[2]!, headerRight: h[3]!, footerLeft: f[1]!, footerCenter: f[2]! };
}

/** A TOC line without its dot leader and page number; other lines unchanged. */
function withoutPageNumber(line: string): string {
  return line.replace(/(?:\s+\.)*\s{2,}\d+$/, '').trimEnd();
}

/** Share of line positions holding the same line in both texts. */
export function lineSimilarity(got: string, expected: string): number {
  const a = got.split('\n');
  const b = expected.split('\n');
  let same = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i] || withoutPageNumber(a[i]!) === withoutPageNumber(b[i]!)) same++;
  }
  return same / Math.max(a.length, b.length);
}

describe('paginate', () => {
  it('justifies header and footer parts across 72 columns, centring with the odd column right', () => {
    const f = justify('Person', 'Expires September 3, 2026', '[Page 1]');
    assert.equal(f, 'Person                  Expires September 3, 2026               [Page 1]');
    assert.equal(f.length, 72);
  });

  it('prints 48 text lines a page, header from page 2, footer on every page, form feeds between', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `   line ${i + 1}`);
    const info = { headerLeft: 'Internet-Draft', headerCenter: 'T', headerRight: 'March 2009', footerLeft: 'A', footerCenter: 'Expires' };
    const pages = paginate(lines, info).split('\f\n');
    assert.equal(pages.length, 2);
    const p1 = pages[0]!.split('\n');
    assert.equal(p1[47], '   line 48');
    assert.match(p1[51]!, /\[Page 1\]$/);
    const p2 = pages[1]!.split('\n');
    assert.match(p2[0]!, /^Internet-Draft {2,}T {2,}March 2009$/);
    assert.deepEqual(p2.slice(1, 4), ['', '', '   line 49']);
    assert.match(p2[54]!, /\[Page 2\]$/);
  });

  it('never leaves a heading last on a page, nor starts a page with a blank line', () => {
    const lines = [...Array.from({ length: 45 }, (_, i) => `   l${i}`), '', '2.  Heading', '', '   a', '   b', '   c'];
    const info = { headerLeft: 'I-D', headerCenter: 'T', headerRight: 'D', footerLeft: 'A', footerCenter: 'E' };
    const pages = paginate(lines, info).split('\f\n');
    assert.deepEqual(pages[1]!.split('\n').slice(3, 5), ['2.  Heading', '']);
  });

  it('keepTogether: a range holding blank lines moves to the next page whole', () => {
    const lines = [...Array.from({ length: 40 }, (_, i) => `   l${i}`), '', '   art 1', '', '   art 2', '', '   art 3', '   art 4', '   art 5', '   art 6'];
    const info = { headerLeft: 'I-D', headerCenter: 'T', headerRight: 'D', footerLeft: 'A', footerCenter: 'E' };
    const split = paginate(lines, info).split('\f\n');
    assert.ok(split[0]!.includes('art 1'));
    const kept = paginate(lines, info, { keepTogether: [{ from: 41, to: lines.length }] }).split('\f\n');
    assert.ok(!kept[0]!.includes('art 1'));
    assert.deepEqual(kept[1]!.split('\n').slice(3, 6), ['   art 1', '', '   art 2']);
  });

  it('breaks an aside between its paragraphs at bare bar lines (as the writer prints them), never a table at its empty row', () => {
    const info = { headerLeft: 'I-D', headerCenter: 'T', headerRight: 'D', footerLeft: 'A', footerCenter: 'E' };
    const para = (n: number, k: number) => Array.from({ length: k }, (_, i) => `      |  aside ${n} line ${i}`);
    const aside = [...para(1, 4), '      |', ...para(2, 4), '      |', '      |     |  quoted', '      |', ...para(3, 6)];
    const lines = [...Array.from({ length: 30 }, (_, i) => `   l${i}`), '', ...aside];
    const pages = paginate(lines, info).split('\f\n');
    assert.ok(pages[0]!.includes('aside 1 line 0'), 'the aside starts on page 1, where its first paragraphs fit');
    assert.ok(pages[1]!.includes('aside 3 line 0'));
    assert.doesNotMatch(pages[1]!.split('\n')[3]!, /^\s*\|$/, 'no page starts with a gap');
    const row = (t: string) => `   | ${t.padEnd(5)} | ${'x'.padEnd(5)} |`;
    const table = ['   +-------+-------+', row('a'), '   |       |       |', ...Array.from({ length: 14 }, (_, i) => row(`r${i}`)), '   +-------+-------+'];
    const withTable = [...Array.from({ length: 36 }, (_, i) => `   l${i}`), '', ...table];
    const tablePages = paginate(withTable, info).split('\f\n');
    assert.ok(!tablePages[0]!.includes('+-------+'), 'the table moves to the next page whole');
  });

  it('linePages: the page of every input line, for the TOC page numbers', () => {
    const lines = ['', '', ...Array.from({ length: 60 }, (_, i) => `   line ${i + 1}`)];
    const pages = linePages(lines);
    assert.equal(pages.length, lines.length);
    assert.equal(pages[0], 1);
    assert.equal(pages[lines.indexOf('   line 48')], 1);
    assert.equal(pages[lines.indexOf('   line 49')], 2);
  });

  const corpus = corpusDir();
  const valid = corpus && join(corpus, 'xml2rfc', 'tests', 'valid');
  it('reproduces xml2rfc\'s paginated test outputs', function () {
    if (!valid || !existsSync(valid)) {
      console.log('      (skipped: ../shared/corpus/xml2rfc/tests/valid is absent)');
      this.skip();
    }
    const cases = readdirSync(valid).filter((f) => f.endsWith('.pages.text')).map((f) => f.slice(0, -'.pages.text'.length));
    let tested = 0;
    for (const name of cases) {
      const expected = readFileSync(join(valid, `${name}.pages.text`), 'utf8');
      // Some "pages" outputs are RFCs printed unpaginated: nothing to compare.
      if (!expected.includes('\f') || !existsSync(join(valid, `${name}.text`))) continue;
      const input = readFileSync(join(valid, `${name}.text`), 'utf8').replace(/\n$/, '').split('\n');
      const info = infoFrom(expected);
      const sim = lineSimilarity(paginate(input, info), expected);
      const hinted = lineSimilarity(paginate(input, info, { keepTogether: KEEP[name] ?? [] }), expected);
      if (process.env.PAGINATE_VERBOSE) {
        console.log(`      ${name}: ${(sim * 100).toFixed(1)}% from the lines alone, ${(hinted * 100).toFixed(1)}% with keep ranges`);
      }
      const floor = FLOORS[name] ?? 0.25;
      assert.ok(sim >= floor, `${name}: ${(sim * 100).toFixed(1)}% of lines match, below ${floor * 100}%`);
      assert.equal(hinted, 1, `${name} with keep ranges: ${(hinted * 100).toFixed(1)}% of lines match`);
      tested++;
    }
    assert.ok(tested >= 5, `only ${tested} cases`);
  });

  it('pageInfo: surnames joined as xml2rfc joins them', () => {
    const a = (surname: string) => el('author', { surname });
    assert.equal(authorNames([a('Davies')]), 'Davies');
    assert.equal(authorNames([a('Davies'), a('Zhao')]), 'Davies & Zhao');
    assert.equal(authorNames([a('Davies'), a('Zhao'), a('Bray')]), 'Davies, et al.');
  });

  it('pageInfo: the header and footer of xml2rfc\'s paginated outputs, from the prepped XML', async function () {
    if (!valid || !existsSync(valid)) this.skip();
    let tested = 0;
    for (const f of readdirSync(valid).filter((n) => n.endsWith('.pages.text'))) {
      const name = f.slice(0, -'.pages.text'.length);
      const expected = readFileSync(join(valid, f), 'utf8');
      const prepped = join(valid, `${name}.prepped.xml`);
      if (!expected.includes('\f') || !existsSync(prepped)) continue;
      const r = await xmlToRfc(readFileSync(prepped, 'utf8'), { file: prepped, offline: true });
      const want = infoFrom(expected);
      const got = pageInfo(r.document.root, { legacyDateFormat: /Expires [A-Z]/.test(want.footerCenter) });
      assert.deepEqual(got, want, name);
      tested++;
    }
    assert.ok(tested >= 5, `only ${tested} cases`);
  });
});
