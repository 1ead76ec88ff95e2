import type { Hunk } from './hunks.js';

/** Labels for the two sides in the `---` / `+++` header lines. */
export interface SideLabels {
  old: string;
  new: string;
}

/**
 * A unified diff (as `diff -u` prints it) of the two rendered texts: `@@ -a,b +c,d @@` hunk
 * headers, then context lines (" "), removed lines ("-") and added lines ("+").
 */
export function renderUnified(hunks: Hunk[], labels: SideLabels): string {
  if (!hunks.length) return '';
  const out = [`--- ${labels.old}`, `+++ ${labels.new}`];
  for (const h of hunks) {
    // diff -u numbers an empty range from the line before it.
    out.push(`@@ -${range(h.oldStart, h.oldCount)} +${range(h.newStart, h.newCount)} @@`);
    for (const item of h.items) {
      if ('context' in item) for (const l of item.context.lines) out.push(' ' + l);
      else {
        for (const l of item.change.removed) out.push('-' + l);
        for (const l of item.change.added) out.push('+' + l);
      }
    }
  }
  return out.join('\n') + '\n';
}

function range(start: number, count: number): string {
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}
