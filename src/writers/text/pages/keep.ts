/**
 * Keep-together ranges from the writer to the paginator: what must print on one page when it
 * fits one, which the lines alone cannot show (artwork holding blank lines, a paragraph with
 * keepWithNext and the figure after it). The writer wraps such docs in a pair of marks; after
 * printing, the marks' positions become line ranges.
 */
import { concat, mark, type Doc, type MarkPosition } from '../doc/index.js';
import type { LineRange } from './blocks.js';

const PREFIX = 'keep:';
const START = 'start:';

/** Hands out mark pairs, numbered per document. */
export class KeepMarks {
  private next = 0;

  /** A new range's opening and closing marks: put the first before its first doc, the second after its last. */
  pair(): [Doc, Doc] {
    const id = this.next++;
    return [mark(`${PREFIX}${id}:from`), mark(`${PREFIX}${id}:to`)];
  }

  /** A mark for the first line of a compact list's item: a block of its own for pagination. */
  itemStart(): Doc {
    return mark(`${START}${this.next++}`);
  }

  /** `doc` as one range. */
  wrap(doc: Doc): Doc {
    const [from, to] = this.pair();
    return concat(from, doc, to);
  }
}

/**
 * The ranges the marks enclose (`to` exclusive), overlapping and nested ones merged, so that
 * the paginator sees disjoint ranges in order.
 */
export function keepRanges(marks: ReadonlyMap<string, MarkPosition>): LineRange[] {
  const ranges: LineRange[] = [];
  for (const [id, from] of marks) {
    const m = /^keep:(\d+):from$/.exec(id);
    if (!m) continue;
    const to = marks.get(`${PREFIX}${m[1]}:to`);
    if (!to) continue;
    const end = to.open ? to.line + 1 : to.line;
    if (end > from.line) ranges.push({ from: from.line, to: end });
  }
  ranges.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: LineRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.from < last.to) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/** The lines `itemStart` marks fell on. */
export function blockStarts(marks: ReadonlyMap<string, MarkPosition>): number[] {
  const out: number[] = [];
  for (const [id, at] of marks) if (id.startsWith(START)) out.push(at.line);
  return out.sort((a, b) => a - b);
}
