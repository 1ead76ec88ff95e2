/**
 * Golden test of paragraph filling against xml2rfc's real output in ../shared/corpus: each body
 * paragraph's words, joined with single spaces, must fill back to exactly the lines xml2rfc
 * printed, two-space sentence ends and all. The core files' mismatches are listed one line each;
 * FILL_GOLDEN_VERBOSE=1 lists every sample's, with per-file counts and line diffs.
 */
import { strict as assert } from 'node:assert';
import { fillParagraph, noBreak, type FillInput, type NoBreakRun } from '../../../../src/writers/text/fill.js';
import { collapsed, corpusDir, corpusParagraphs, extractParagraphs, type GoldenParagraph } from './golden-paragraphs.js';

/** The files the brief names: v3 text from xml2rfc's tests, and a published RFC. */
const CORE = [
  'xml2rfc/tests/valid/draft-template.text',
  'xml2rfc/tests/valid/elements.text',
  'xml2rfc/tests/valid/rfc7911.text',
  'rfc/rfc9000.txt',
];

/** Every xml2rfc v3 text output in the corpus with enough prose, paginated ones included. */
const WIDE = [
  ...CORE,
  ...['rfc6787', 'rfc7754.edited', 'draft-miek-test', 'section', 'draft-v3-features', 'unicode', 'indexes', 'sourcecode',
    'draft-template.pages', 'elements.pages'].map((n) => `xml2rfc/tests/valid/${n}.text`),
  ...['rfc8650', 'rfc8700', 'rfc8771', 'rfc8937', 'rfc9100', 'rfc9109', 'rfc9111', 'rfc9205', 'rfc9720'].map((n) => `rfc/${n}.txt`),
  'drafts/base-drafts/rfc9001.txt',
  'drafts/base-drafts/rfc9002.txt',
  'drafts/CBORbis/draft-ietf-cbor-7049bis.txt',
  'drafts/tls13-spec/draft-ietf-tls-rfc8446bis.txt',
  'drafts/http-extensions/draft-ietf-httpbis-rfc6265bis.txt',
];

/** xml2rfc's own tests of its filler: every paragraph must come out the same. */
const FILL_TESTS = ['xml2rfc/tests/valid/textwrap.text', 'xml2rfc/tests/valid/slashbreak.text'];

/**
 * What `<xref>` renders and xml2rfc keeps on one line ("Section 18.2", "Appendix A.2"): the
 * text writer will pass these as no-break runs. Collapsed text has lost that structure, so this
 * puts it back to measure the filler's own rules apart from it.
 */
function withXrefRuns(text: string): FillInput {
  const runs: (string | NoBreakRun)[] = [];
  let last = 0;
  for (const m of text.matchAll(/\b(?:Sections?|Appendix|Figure|Table) [0-9A-Z](?:[0-9.]*[0-9A-Z])?/g)) {
    runs.push(text.slice(last, m.index), noBreak(m[0]));
    last = m.index + m[0].length;
  }
  runs.push(text.slice(last));
  return runs;
}

interface Score {
  total: number;
  same: number;
  perFile: string[];
  mismatches: { paragraph: GoldenParagraph; got: string[] }[];
}

function score(corpus: string, files: readonly string[], input: (text: string) => FillInput = (t) => t): Score {
  const result: Score = { total: 0, same: 0, perFile: [], mismatches: [] };
  for (const file of files) {
    let same = 0;
    const paragraphs = corpusParagraphs(corpus, file);
    for (const paragraph of paragraphs) {
      const got = fillParagraph(input(collapsed(paragraph)), { indent: 3 });
      if (got.join('\n') === paragraph.lines.join('\n')) same++;
      else result.mismatches.push({ paragraph, got });
    }
    result.total += paragraphs.length;
    result.same += same;
    result.perFile.push(`${file} ${same}/${paragraphs.length}`);
  }
  return result;
}

const VERBOSE = Boolean(process.env.FILL_GOLDEN_VERBOSE);

/** Prints the share and (if asked, or verbose) the mismatches, so a failing floor says what to look at. */
function report(title: string, s: Score, listMismatches = VERBOSE): number {
  const share = s.same / s.total;
  console.log(`      ${title}: ${s.same}/${s.total} paragraphs identical (${(100 * share).toFixed(1)}%)`);
  if (VERBOSE) console.log(s.perFile.map((l) => `        ${l}`).join('\n'));
  if (!listMismatches) return share;
  for (const { paragraph, got } of s.mismatches) {
    const i = paragraph.lines.findIndex((l, n) => l !== got[n]);
    console.log(`        ${paragraph.file}:${paragraph.line + i}  xml2rfc ${JSON.stringify(paragraph.lines[i])}  ours ${JSON.stringify(got[i] ?? null)}`);
    if (process.env.FILL_GOLDEN_VERBOSE) {
      for (let n = i; n < Math.max(got.length, paragraph.lines.length); n++) {
        if (paragraph.lines[n] !== got[n]) console.log(`          - ${paragraph.lines[n] ?? ''}\n          + ${got[n] ?? ''}`);
      }
    }
  }
  return share;
}

describe('fill: golden paragraphs from xml2rfc output', function () {
  const corpus = corpusDir();

  before(function () {
    if (!corpus) {
      console.log('      (skipped: ../shared/corpus is not beside the repository, so there is no xml2rfc output to compare with)');
      this.skip();
    }
  });

  it("reproduces xml2rfc's own textwrap and slashbreak tests exactly", () => {
    const s = score(corpus!, FILL_TESTS);
    assert.ok(s.total >= 5, `expected paragraphs in ${FILL_TESTS.join(', ')}`);
    assert.equal(report('textwrap + slashbreak', s, true), 1);
  });

  it('reproduces at least 95% of the body paragraphs of the core files exactly', () => {
    const s = score(corpus!, CORE);
    assert.ok(s.total >= 500, `only ${s.total} paragraphs found`);
    assert.ok(report('core files, plain text', s, true) >= 0.95);
  });

  it('reproduces at least 95% of the body paragraphs of every xml2rfc text output in the corpus', () => {
    const s = score(corpus!, WIDE);
    assert.ok(s.total >= 2500, `only ${s.total} paragraphs found`);
    assert.ok(report('all files, plain text', s) >= 0.95);
  });

  it('reproduces at least 97% of them once xref text is kept together as the writer will', () => {
    assert.ok(report('all files, xref runs marked', score(corpus!, WIDE, withXrefRuns)) >= 0.97);
  });
});

describe('golden paragraph extraction', () => {
  it('keeps filled body paragraphs and drops page furniture, lists, artwork and unfilled blocks', () => {
    const body = (n: number): string => `   ${'word '.repeat(n).trim()}`;
    const page = [
      'Title', '', body(13), body(13), body(4), '',
      'Davies & Zhao           Expires September 2, 2009               [Page 1]', '\f',
      'Internet-Draft              Abbreviated Title                 March 2009', '', '',
      body(13), body(13), body(13), '',
      '   1.  List item', body(13), body(13), '',
      '   +---+   +---+', '   | a |   | b |', '   +---+   +---+', '',
      '   Name One', '   Name Two', '   Name Three', '',
    ].join('\n');
    const found = extractParagraphs(page, 'x.txt');
    assert.deepEqual(found.map((p) => [p.line, p.lines.length]), [[3, 3], [12, 3]]);
  });
});
