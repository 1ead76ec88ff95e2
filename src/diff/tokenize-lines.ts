import { diffArrays } from 'diff';

/** Edits (lines added plus removed) jsdiff may look for between two anchors. */
const MAX_EDITS = 4000;

/** One run of a line diff: lines both sides share, or lines only one side has. */
export interface LineRun {
  kind: 'same' | 'removed' | 'added';
  lines: string[];
  /** 0-based index of the first line of the run in the old (same, removed) or new (added) text. */
  oldStart: number;
  newStart: number;
}

/**
 * The line diff of two normalised texts (see normalize.ts), with jsdiff's array diff as the
 * engine: each line is one token, compared exactly. The texts are first cut at anchors, lines
 * that occur once in each text and in the same order (as patience diff does); jsdiff then
 * diffs only the stretches between anchors. Myers' algorithm costs the product of length and
 * edit count, so on a whole draft this is many times faster, and a change can never be
 * aligned with a far-away repeat of its lines.
 */
export function diffLines(oldLines: string[], newLines: string[]): LineRun[] {
  const runs: LineRun[] = [];
  const push = (kind: LineRun['kind'], lines: string[], oldStart: number, newStart: number) => {
    if (!lines.length) return;
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.lines.push(...lines);
    else runs.push({ kind, lines: [...lines], oldStart, newStart });
  };
  let o = 0;
  let n = 0;
  for (const [ao, an] of [...anchors(oldLines, newLines), [oldLines.length, newLines.length]]) {
    const a = oldLines.slice(o, ao);
    const b = newLines.slice(n, an);
    // Myers' cost grows with the edits: past MAX_EDITS in one stretch, the stretch is shown as
    // replaced whole (still a correct diff, not a minimal one) rather than taking minutes.
    const changes = diffArrays(a, b, { maxEditLength: MAX_EDITS }) ?? [{ value: a, removed: true, added: false, count: a.length }, { value: b, added: true, removed: false, count: b.length }];
    for (const change of changes) {
      const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
      push(kind, change.value, o, n);
      if (kind !== 'added') o += change.value.length;
      if (kind !== 'removed') n += change.value.length;
    }
    if (ao < oldLines.length) push('same', [oldLines[ao]], o++, n++);
  }
  return runs;
}

/**
 * Pairs (old index, new index) of lines unique in both texts, the longest chain of them in the
 * same order in both (a longest increasing subsequence).
 */
function anchors(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const count = new Map<string, [number, number, number]>(); // [in a, in b, index in b]
  a.forEach((l) => {
    const c = count.get(l);
    if (c) c[0]++;
    else count.set(l, [1, 0, -1]);
  });
  b.forEach((l, j) => {
    const c = count.get(l);
    if (c) {
      c[1]++;
      c[2] = j;
    }
  });
  const pairs: Array<[number, number]> = [];
  a.forEach((l, i) => {
    const c = count.get(l)!;
    if (c[0] === 1 && c[1] === 1) pairs.push([i, c[2]]);
  });
  // Longest increasing subsequence of the new indices (patience sorting).
  const tails: number[] = [];
  const back: number[] = new Array(pairs.length);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < j) lo = mid + 1;
      else hi = mid;
    }
    back[k] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = k;
  });
  const chain: Array<[number, number]> = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = back[k]) chain.push(pairs[k]);
  return chain.reverse();
}
