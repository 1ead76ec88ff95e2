/**
 * Issue 5's acceptance checks on real revisions: the QUIC transport draft -33 against -34
 * (../shared/corpus). The html, text and summary outputs agree on what changed, and every
 * hunk of a plain line diff of the two rendered texts is among the changes.
 */
import { strict as assert } from 'node:assert';
import { diffLines as plainLineDiff } from 'diff';
import { compareRevisions, type DraftDiff } from '../../../src/diff/compare.js';
import { renderHtml } from '../../../src/diff/render-html.js';
import { renderJson } from '../../../src/diff/render-json.js';
import { renderMarkdown } from '../../../src/diff/render-markdown.js';
import { renderSummary } from '../../../src/diff/render-summary.js';
import { renderUnified } from '../../../src/diff/render-unified.js';
import { escapeText } from '../../../src/writers/html/escape.js';
import { hasCorpus, QUIC_33, QUIC_34, renderCorpusDraft } from './corpus.js';

const squash = (l: string) => l.replace(/\s+/g, ' ').trim();

/** Counts of each (whitespace-squashed, non-blank) line. */
function bag(lines: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines.map(squash).filter(Boolean)) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
}

describe('diff: QUIC transport -33 against -34', function () {
  let diff: DraftDiff;
  let raw33: string;
  let raw34: string;

  before(async function () {
    if (!hasCorpus()) this.skip();
    const [a, b] = await Promise.all([renderCorpusDraft(QUIC_33), renderCorpusDraft(QUIC_34)]);
    raw33 = a.unpaginated;
    raw34 = b.unpaginated;
    diff = compareRevisions({ label: 'draft-33', text: a.unpaginated, root: a.root }, { label: 'draft-34', text: b.unpaginated, root: b.root });
  });

  it('every hunk of a plain line diff of the two rendered texts is among the changes', () => {
    const removed = bag(diff.changes.flatMap((c) => c.removed));
    const added = bag(diff.changes.flatMap((c) => c.added));
    let hunks = 0;
    for (const part of plainLineDiff(raw33, raw34)) {
      if (!part.added && !part.removed) continue;
      const lines = part.value.split('\n').map(squash).filter(Boolean);
      if (!lines.length) continue; // blank lines only: layout
      hunks++;
      for (const l of lines) {
        const pool = part.added ? added : removed;
        assert.ok((pool.get(l) ?? 0) > 0, `${part.added ? 'added' : 'removed'} line missing from the changes: ${l}`);
        pool.set(l, pool.get(l)! - 1);
      }
    }
    assert.ok(hunks > 100, `expected the real -33/-34 differences, got ${hunks} hunks`);
    // And nothing more: every changed line was used up by the plain diff's hunks.
    assert.deepEqual([...removed, ...added].filter(([, n]) => n > 0), []);
  });

  it('the text output shows exactly the changed lines', () => {
    const text = renderUnified(diff.hunks, { old: 'draft-33', new: 'draft-34' });
    const body = text.split('\n').filter((l) => !l.startsWith('---') && !l.startsWith('+++'));
    const minus = body.filter((l) => l.startsWith('-')).map((l) => l.slice(1)).filter((l) => l.trim());
    const plus = body.filter((l) => l.startsWith('+')).map((l) => l.slice(1)).filter((l) => l.trim());
    assert.deepEqual(minus, diff.changes.flatMap((c) => c.removed).filter((l) => l.trim()));
    assert.deepEqual(plus, diff.changes.flatMap((c) => c.added).filter((l) => l.trim()));
  });

  it('the html page has one anchor per change, linked in a chain, each showing that change\'s lines', () => {
    const html = renderHtml(diff);
    const n = diff.changes.length;
    const ids = [...html.matchAll(/ id="change-(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(ids, Array.from({ length: n }, (_, i) => i + 1));
    for (const m of html.matchAll(/href="#change-(\d+)"/g)) assert.ok(Number(m[1]) >= 1 && Number(m[1]) <= n, m[0]);
    for (const c of diff.changes) {
      // The change's row, up to the next change header.
      const start = html.indexOf(` id="change-${c.number}"`);
      const end = c.number < n ? html.indexOf(` id="change-${c.number + 1}"`) : html.length;
      const rows = html.slice(start, end).replace(/<\/?(del|ins)>/g, '');
      assert.match(rows, new RegExp(`Change ${c.number} of ${n}\\b`));
      for (const l of [...c.removed, ...c.added].filter((x) => x.trim())) assert.ok(rows.includes(escapeText(l)), `change ${c.number} lacks: ${l}`);
    }
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.doesNotMatch(html, /<script|<link |src=|url\(/i);
  });

  it('the summary, json, markdown and html agree on the count and on which sections changed', () => {
    const n = diff.changes.length;
    const summary = renderSummary(diff);
    const json = JSON.parse(renderJson(diff));
    assert.match(summary, new RegExp(`^${n} changes in \\d+ sections`, 'm'));
    assert.equal(json.counts.changes, n);
    assert.equal(json.changes.length, n);
    assert.match(renderHtml(diff), new RegExp(`<p>${n} changes in ${json.counts.sectionsChanged} sections`));
    assert.match(renderMarkdown(diff), new RegExp(`^${n} changes in ${json.counts.sectionsChanged} sections`, 'm'));
    // Every change is listed under a section, and every listed section holds changes.
    const listed = json.sections.flatMap((s: { changes: number[] }) => s.changes);
    assert.deepEqual([...new Set(listed)].sort((a, b) => (a as number) - (b as number)), Array.from({ length: n }, (_, i) => i + 1));
    for (const s of json.sections) assert.ok(s.changes.length > 0, `${s.new?.title ?? s.old?.title} is listed without a change`);
    // The text summary names the same changed sections as the json.
    const changedInSummary = summary.split('Sections changed:\n')[1].split('\n\n')[0].split('\n').length;
    assert.equal(changedInSummary, json.sections.filter((s: { status: string }) => s.status === 'changed').length);
  });

  it('reports what changed in -34: a retitled section, references added, removed and made normative', () => {
    const s = diff.structure.sections.find((d) => d.new?.number === '13.2.2');
    assert.ok(s);
    assert.equal(s.status, 'changed');
    assert.equal(s.retitled, true);
    assert.equal(s.old?.title, 'Acknowledgement Frequency');
    assert.equal(s.new?.title, 'Acknowledgment Frequency');
    assert.deepEqual(diff.structure.references.added.sort(), ['RANDOM', 'RFC4941', 'RFC7983']);
    assert.deepEqual(diff.structure.references.removed, ['RFC4086']);
    assert.deepEqual(diff.structure.references.moved.map((m) => `${m.label}:${m.from}->${m.to}`).sort(),
      ['BCP38:informative->normative', 'QUIC-INVARIANTS:informative->normative']);
    assert.deepEqual(diff.structure.sections.filter((d) => d.status === 'added' || d.status === 'removed'), []);
    assert.deepEqual(diff.structure.metadata, []);
    const md = renderMarkdown(diff);
    assert.match(md, /^## Changes since draft-ietf-quic-transport-latest$/m);
    assert.match(md, /^- Changed Section 13\.2\.2 \(Acknowledgment Frequency\): 2 words added, 2 removed; was titled "Acknowledgement Frequency"$/m);
    assert.match(md, /^- \\\[BCP38\\\] is now normative \(was informative\)$/m);
  });
});
