import type { LineRun } from './tokenize-lines.js';

/**
 * One change: lines removed from the old text and the lines put in their place (either may be
 * empty). Changes are numbered from 1 in document order, and every output format counts the
 * same ones. A change of blank lines only is layout, not content (a paragraph break a page
 * break hid): it is shown where it falls inside a hunk but has number 0 and is never counted.
 */
export interface Change {
  number: number;
  /** 0-based first line in each text (where the added lines go, for a pure removal). */
  oldStart: number;
  newStart: number;
  removed: string[];
  added: string[];
}

/** Lines both texts share, shown around changes. */
export interface Context {
  oldStart: number;
  newStart: number;
  lines: string[];
}

/** Changes close enough to be shown together, with up to N lines of context around each. */
export interface Hunk {
  oldStart: number;
  newStart: number;
  oldCount: number;
  newCount: number;
  /** Unchanged old lines left out between the previous hunk (or the start) and this one. */
  foldedBefore: number;
  items: Array<{ context: Context } | { change: Change }>;
}

/** Whether a change only adds or removes blank lines. */
export function isLayoutOnly(c: Pick<Change, 'removed' | 'added'>): boolean {
  return c.removed.every((l) => !l.trim()) && c.added.every((l) => !l.trim());
}

/** The changes of a line diff: each removed run together with the added run next to it. */
export function changesOf(runs: LineRun[], withLayout = false): Change[] {
  const all: Change[] = [];
  let open: Change | undefined;
  for (const r of runs) {
    if (r.kind === 'same') {
      open = undefined;
      continue;
    }
    if (!open) {
      open = { number: 0, oldStart: r.oldStart, newStart: r.newStart, removed: [], added: [] };
      all.push(open);
    }
    (r.kind === 'removed' ? open.removed : open.added).push(...r.lines);
  }
  let n = 0;
  for (const c of all) if (!isLayoutOnly(c)) c.number = ++n;
  return withLayout ? all : all.filter((c) => c.number > 0);
}

/**
 * Groups the changes into hunks with `context` unchanged lines before and after each change;
 * changes whose contexts would touch share a hunk, as in a unified diff. Layout-only changes
 * start no hunk of their own.
 */
export function hunksOf(runs: LineRun[], context: number): Hunk[] {
  // Segments in document order: unchanged runs and changes, with old-text positions.
  const segments: Array<{ context: Context } | { change: Change }> = [];
  const changes = changesOf(runs, true);
  let ci = 0;
  for (const r of runs) {
    if (r.kind === 'same') segments.push({ context: { oldStart: r.oldStart, newStart: r.newStart, lines: r.lines } });
    else if (changes[ci] && changes[ci].oldStart === r.oldStart && changes[ci].newStart === r.newStart) segments.push({ change: changes[ci++] });
  }
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let pendingGap = 0; // unchanged lines since the last counted change, in the current hunk
  let lastShown = -1; // the last segment a hunk shows (wholly or its head)
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if ('change' in s && s.change.number > 0) {
      if (!current) {
        current = { oldStart: s.change.oldStart, newStart: s.change.newStart, oldCount: 0, newCount: 0, foldedBefore: 0, items: [] };
        // Leading context: up to `context` old lines back, blank-line changes among them shown.
        const lead: Hunk['items'] = [];
        let budget = context;
        for (let k = i - 1; k > lastShown && budget > 0; k--) {
          const b = segments[k];
          if ('context' in b) {
            lead.unshift({ context: tail(b.context, budget) });
            budget -= Math.min(budget, b.context.lines.length);
          } else {
            lead.unshift(b);
            budget -= b.change.removed.length;
          }
        }
        current.items.push(...lead);
        hunks.push(current);
      }
      current.items.push(s);
      lastShown = i;
      pendingGap = 0;
      continue;
    }
    if (!current) continue;
    const lines = 'context' in s ? s.context.lines.length : 0;
    const nextCounted = segments.slice(i + 1).find((x) => 'change' in x && x.change.number > 0);
    const gapToNext = nextCounted && 'change' in nextCounted ? nextCounted.change.oldStart - (('context' in s ? s.context.oldStart : s.change.oldStart)) : Infinity;
    if (pendingGap + gapToNext <= 2 * context || ('change' in s && pendingGap < context)) {
      current.items.push(s);
      pendingGap += lines;
      lastShown = i;
      continue;
    }
    // The next change is too far: close the hunk with the head of this unchanged run.
    const room = context - pendingGap;
    if ('context' in s && room > 0) current.items.push({ context: head(s.context, room) });
    // (lastShown stays before this run: the next hunk may show its tail.)
    current = undefined;
  }
  let previousEnd = 0;
  for (const h of hunks) {
    const first = h.items[0];
    const at = 'context' in first ? first.context : first.change;
    h.oldStart = at.oldStart;
    h.newStart = at.newStart;
    for (const it of h.items) {
      h.oldCount += 'context' in it ? it.context.lines.length : it.change.removed.length;
      h.newCount += 'context' in it ? it.context.lines.length : it.change.added.length;
    }
    h.foldedBefore = h.oldStart - previousEnd;
    previousEnd = h.oldStart + h.oldCount;
  }
  return hunks;
}

function head(c: Context, n: number): Context {
  return { oldStart: c.oldStart, newStart: c.newStart, lines: c.lines.slice(0, n) };
}

function tail(c: Context, n: number): Context {
  const k = Math.min(n, c.lines.length);
  return { oldStart: c.oldStart + c.lines.length - k, newStart: c.newStart + c.lines.length - k, lines: c.lines.slice(c.lines.length - k) };
}
