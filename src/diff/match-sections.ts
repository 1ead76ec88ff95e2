import type { TextSection } from './text-outline.js';

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Pairs the sections of two revisions: by anchor first (a renamed section keeps its anchor),
 * then by title, then by number when `similar` says the texts are mostly the same (a retitled
 * section whose anchor came from its title, or a text input's, which has no anchors).
 * Returns for each old section the index of its new section, or -1.
 */
export function matchSections(
  old: readonly TextSection[], neu: readonly TextSection[], similar: (a: TextSection, b: TextSection) => boolean = () => true,
): number[] {
  const pair = old.map(() => -1);
  const taken = new Set<number>();
  const pass = (same: (a: TextSection, b: TextSection) => boolean) => {
    old.forEach((a, i) => {
      if (pair[i] >= 0) return;
      const j = neu.findIndex((b, k) => !taken.has(k) && same(a, b));
      if (j >= 0) {
        pair[i] = j;
        taken.add(j);
      }
    });
  };
  const titles = new Map<TextSection, string>([...old, ...neu].map((s) => [s, squash(s.title)]));
  pass((a, b) => !!a.anchor && a.anchor === b.anchor);
  pass((a, b) => titles.get(a) === titles.get(b));
  // Anchors made from titles (kramdown-rfc's) change with the title: a section at the same
  // number with mostly the same text is the same section, retitled.
  pass((a, b) => !!a.number && a.number === b.number && similar(a, b));
  return pair;
}

/**
 * Which matched pairs changed their place: those outside the longest run of pairs that keep
 * their order (a longest increasing subsequence of old positions, in new order). A section
 * whose neighbours were inserted or removed keeps its place; one cut and pasted elsewhere does not.
 */
export function movedPairs(pair: readonly number[]): Set<number> {
  // Old indices, taken in the order of their new positions.
  const order = pair.map((j, i) => [j, i] as const).filter(([j]) => j >= 0).sort((x, y) => x[0] - y[0]).map(([, i]) => i);
  const tails: number[] = [];
  const prev: number[] = new Array(order.length).fill(-1);
  const tailAt: number[] = [];
  order.forEach((v, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    tailAt[lo] = k;
    prev[k] = lo > 0 ? tailAt[lo - 1] : -1;
  });
  const kept = new Set<number>();
  for (let k = tailAt[tails.length - 1] ?? -1; k >= 0; k = prev[k]) kept.add(order[k]);
  return new Set(order.filter((i) => !kept.has(i)));
}
