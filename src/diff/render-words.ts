import type { Hunk } from './hunks.js';
import type { SideLabels } from './render-unified.js';
import { diffWords } from './tokenize-words.js';

/**
 * A word diff in the style of wdiff: each hunk's text with removed words as `[-…-]` and added
 * words as `{+…+}`, the unchanged words around them as they are. Each change is word-diffed on
 * its own, so a paragraph filled differently shows only the words that changed.
 */
export function renderWords(hunks: Hunk[], labels: SideLabels): string {
  if (!hunks.length) return '';
  const out = [`--- ${labels.old}`, `+++ ${labels.new}`];
  for (const h of hunks) {
    out.push(`@@ -${h.oldStart + 1},${h.oldCount} +${h.newStart + 1},${h.newCount} @@`);
    for (const item of h.items) {
      if ('context' in item) {
        out.push(...item.context.lines);
        continue;
      }
      const { removed, added } = item.change;
      const indent = /^\s*/.exec(removed[0] ?? added[0] ?? '')![0];
      const text = diffWords(removed.join('\n'), added.join('\n'))
        .map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`))
        .join(' ');
      out.push(...fill(indent, text));
    }
  }
  return out.join('\n') + '\n';
}

/** Fills words into lines of at most 72 columns after an indent (a long word stays whole). */
function fill(indent: string, text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > 72) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}
