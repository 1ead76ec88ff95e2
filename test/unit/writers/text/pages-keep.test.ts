/**
 * What the writer tells the paginator to keep on one page: artwork and tables whole when they
 * fit a page, a paragraph with keepWithNext with what follows, a heading with what follows,
 * and where that is given up (a kept block taller than a page; a heading above a kept block
 * the two cannot share a page with). Checked on small drafts and on xml2rfc's test outputs.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xmlToRfc } from '../../../../src/index.js';
import { prep } from '../../../../src/prep/index.js';
import { writeText } from '../../../../src/writers/text/index.js';
import { keepRanges } from '../../../../src/writers/text/pages/keep.js';
import { corpusDir } from './golden-paragraphs.js';
import { buildCase } from './toc-pages.test.js';

/** A one-section draft: `body` (XML) after `fill` one-line paragraphs. */
async function draft(fill: number, body: string): Promise<string[]> {
  const paras = Array.from({ length: fill }, (_, i) => `<t>Filler paragraph ${i + 1}.</t>`).join('');
  const xml = `<rfc version="3" docName="draft-x-00" category="info" ipr="trust200902" tocInclude="false" submissionType="IETF">
    <front><title>T</title><author fullname="A. Person" surname="Person"/><date year="2024" month="3" day="1"/>
    <abstract><t>Abstract.</t></abstract></front>
    <middle><section><name>Section</name>${paras}${body}</section></middle></rfc>`;
  const r = await xmlToRfc(xml, { file: 'd.xml', offline: true });
  const p = prep(r.document, { date: '2024-03-01' });
  return writeText(p.document).split('\f');
}

/** The index of the page holding a line that is `text` (indentation aside). */
function pageOf(pages: readonly string[], text: string): number {
  const i = pages.findIndex((p) => p.split('\n').some((l) => l.trim() === text));
  assert.ok(i >= 0, `${text} not printed`);
  return i;
}

const artwork = (n: number, tag = 'artwork') => `<${tag}>${Array.from({ length: n }, (_, i) => `ART-${i + 1}`).join('\n')}</${tag}>`;

describe('pagination: keep-together from the writer', () => {
  // Filler paragraph k is on line 2k of page 2 (0-based), leaving lines 2k+1 to 47 free.
  it('the section starts page 2 in these drafts, 20 filler paragraphs leaving 7 lines', async () => {
    const pages = await draft(20, '<t>Last.</t>');
    assert.equal(pageOf(pages, '1.  Section'), 1);
    assert.equal(pageOf(pages, 'Last.'), 1);
    const body = pages[1]!.split('\n').slice(4, 52);
    assert.equal(body[0], '1.  Section');
    assert.equal(body.indexOf('   Filler paragraph 20.'), 40);
  });

  it('artwork that fits a page moves to the next page whole rather than split', async () => {
    // 7 lines left: a plain block of 10 would split 6 / 4.
    const pages = await draft(20, artwork(10));
    assert.equal(pageOf(pages, 'ART-1'), 2);
    assert.equal(pageOf(pages, 'ART-10'), 2);
  });

  it('a paragraph with keepWithNext goes over with the artwork after it', async () => {
    const kept = await draft(19, `<t keepWithNext="true">The preamble:</t>${artwork(10)}`);
    assert.equal(pageOf(kept, 'The preamble:'), 2);
    assert.equal(pageOf(kept, 'ART-1'), 2);
    const free = await draft(19, `<t>The preamble:</t>${artwork(10)}`);
    assert.equal(pageOf(free, 'The preamble:'), 1);
    assert.equal(pageOf(free, 'ART-1'), 2);
  });

  it('keepWithPrevious keeps a paragraph with the artwork before it', async () => {
    // 9 lines left: the artwork and the postamble fit with their gaps.
    const pages = await draft(19, `${artwork(6)}<t keepWithPrevious="true">The postamble.</t>`);
    assert.equal(pageOf(pages, 'ART-1'), 1);
    assert.equal(pageOf(pages, 'The postamble.'), 1);
    // 7 lines left: the artwork alone would fit; the pair does not, and goes over together.
    const free = await draft(20, `${artwork(6)}<t>The postamble.</t>`);
    assert.equal(pageOf(free, 'ART-1'), 1);
    assert.equal(pageOf(free, 'The postamble.'), 2);
    const tight = await draft(20, `${artwork(6)}<t keepWithPrevious="true">The postamble.</t>`);
    assert.equal(pageOf(tight, 'ART-1'), 2);
    assert.equal(pageOf(tight, 'The postamble.'), 2);
  });

  it('a heading above artwork that goes over stays where it is; above a paragraph, it goes over too', async () => {
    // As xml2rfc's outputs show (a section heading ending a page above its JSON example).
    const art = await draft(20, `<section><name>Sub</name>${artwork(10)}</section>`);
    assert.equal(pageOf(art, '1.1.  Sub'), 1);
    assert.equal(pageOf(art, 'ART-1'), 2);
    const tall = await draft(20, `<section><name>Sub</name>${artwork(47)}</section>`);
    assert.equal(pageOf(tall, '1.1.  Sub'), 1);
    assert.equal(pageOf(tall, 'ART-47'), 2);
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    // 5 lines left: the heading would leave 2 lines for the paragraph, too few to split it.
    const text = await draft(21, `<section><name>Sub</name><t>${words}</t></section>`);
    assert.equal(pageOf(text, '1.1.  Sub'), 2);
    const art5 = await draft(21, `<section><name>Sub</name>${artwork(10)}</section>`);
    assert.equal(pageOf(art5, '1.1.  Sub'), 1);
  });

  it('sourcecode taller than a page starts where it falls and splits at the page end', async () => {
    const pages = await draft(20, artwork(60, 'sourcecode'));
    assert.equal(pageOf(pages, 'ART-1'), 1);
    assert.equal(pageOf(pages, 'ART-6'), 1);
    assert.equal(pageOf(pages, 'ART-7'), 2);
    assert.equal(pageOf(pages, 'ART-54'), 2);
    assert.equal(pageOf(pages, 'ART-55'), 3);
  });

  it('the items of a compact list are blocks of their own: a page may end between any two', async () => {
    // 5 lines left after the paragraph: the gap and 4 items; one line items, never orphans.
    const dl = Array.from({ length: 6 }, (_, i) => `<dt>T${i + 1}</dt><dd>Item ${i + 1}.</dd>`).join('');
    const pages = await draft(20, `<t>Intro.</t><dl spacing="compact">${dl}</dl>`);
    assert.equal(pageOf(pages, 'T4  Item 4.'), 1);
    assert.equal(pageOf(pages, 'T5  Item 5.'), 2);
    const ul = Array.from({ length: 6 }, (_, i) => `<li>Bullet ${i + 1}.</li>`).join('');
    const bullets = await draft(20, `<t>Intro.</t><ul spacing="compact">${ul}</ul>`);
    assert.equal(pageOf(bullets, '*  Bullet 4.'), 1);
    assert.equal(pageOf(bullets, '*  Bullet 5.'), 2);
    // The lines of one paragraph still split only with 3 on each side.
    const para = await draft(20, `<t>Intro.</t><t>${'Line of a paragraph with many words in it. '.repeat(9)}</t>`);
    assert.equal(pageOf(para, 'Intro.'), 1);
    assert.ok(!para[1]!.includes('Line of a paragraph'));
  });

  it('keepRanges: mark pairs become line ranges, nested and overlapping ones merged', () => {
    const marks = new Map([
      ['keep:0:from', { line: 10, open: false }], ['keep:0:to', { line: 20, open: true }],
      ['keep:1:from', { line: 12, open: false }], ['keep:1:to', { line: 15, open: true }],
      ['keep:2:from', { line: 30, open: false }], ['keep:2:to', { line: 33, open: false }],
      ['target:section-1', { line: 5, open: false }],
    ]);
    assert.deepEqual(keepRanges(marks), [{ from: 10, to: 21 }, { from: 30, to: 33 }]);
  });
});

describe('pagination of xml2rfc\'s test documents', () => {
  const corpus = corpusDir();
  const valid = corpus ? join(corpus, 'xml2rfc', 'tests', 'valid') : '';
  before(function () {
    if (!corpus || !existsSync(valid)) this.skip();
  });

  /** The first text line of each page. */
  const pageStarts = (text: string) => text.split('\f').map((p, i) => p.split('\n').slice(i ? 2 : 0).find((l) => l.trim()));

  it('draft-template: every page starts where xml2rfc\'s does (a texttable kept with its preamble and postamble)', async () => {
    const ours = await buildCase('draft-template');
    const theirs = readFileSync(join(valid, 'draft-template.pages.text'), 'utf8');
    assert.deepEqual(pageStarts(ours), pageStarts(theirs));
    const page4 = ours.split('\f')[3]!;
    assert.ok(page4.includes('Tables use ttcol') && page4.includes('which is a very simple example.'));
  });
});
