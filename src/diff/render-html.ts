import { escapeAttribute, escapeText } from '../writers/html/escape.js';
import type { DraftDiff } from './compare.js';
import type { Change, Context } from './hunks.js';
import { DIFF_CSS } from './html-style.js';
import { htmlSummary } from './html-summary.js';
import { sectionAt, sectionLabel } from './text-outline.js';
import { markWords, type WordPiece } from './tokenize-words.js';

/** As the HTML writer's pages: nothing loads, no script runs; only the inline style applies. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * The diff as one self-contained HTML page: a summary at the top, then the two texts side by
 * side (old left, new right) with changed words highlighted inside changed lines, unchanged runs
 * folded to the context lines with a count of what was left out, a sticky bar linking every
 * change (`#change-N`), and before each change a row with links to the previous and next one:
 * plain links, so no script is needed.
 */
export function renderHtml(diff: DraftDiff): string {
  const title = `Diff: ${diff.old.label} → ${diff.new.label}`;
  const total = diff.changes.length;
  const rows: string[] = [];
  let oldEnd = 0;
  for (const h of diff.hunks) {
    if (h.foldedBefore > 0) rows.push(fold(h.foldedBefore));
    for (const item of h.items) {
      if ('context' in item) rows.push(...contextRows(item.context));
      else rows.push(...changeRows(diff, item.change, total));
    }
    oldEnd = h.oldStart + h.oldCount;
  }
  if (diff.hunks.length && diff.old.lines.length > oldEnd) rows.push(fold(diff.old.lines.length - oldEnd));
  const nav = `<nav class="bar"><a href="#summary">Summary</a><span class="count">${total} ${total === 1 ? 'change' : 'changes'}:</span>`
    + `<span class="steps">${diff.changes.map((c) => `<a href="#change-${c.number}" title="${escapeAttribute(where(diff, c))}">${c.number}</a>`).join(' ')}</span></nav>`;
  const body = total || diff.hunks.length
    ? `<table class="sbs"><colgroup><col class="num"><col><col class="num"><col></colgroup>`
      + `<thead><tr><th></th><th>${escapeText(diff.old.label)}</th><th></th><th>${escapeText(diff.new.label)}</th></tr></thead>`
      + `<tbody>\n${rows.join('\n')}\n</tbody></table>`
    : '<p class="none">The two revisions render to the same text.</p>';
  return '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    + `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(CONTENT_SECURITY_POLICY)}">\n`
    + '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    + `<title>${escapeText(title)}</title>\n<style>${DIFF_CSS}</style>\n</head>\n<body>\n`
    + `<header><h1>${escapeText(title)}</h1></header>\n${nav}\n${htmlSummary(diff)}\n${body}\n</body>\n</html>\n`;
}

/** "Section 4.1 (Title)": where a change is (in the new text, or the old for a removal). */
function where(diff: DraftDiff, c: Change): string {
  return sectionLabel(c.added.length ? sectionAt(diff.new.sections, c.newStart) : sectionAt(diff.old.sections, c.oldStart));
}

function fold(n: number): string {
  return `<tr class="fold"><td colspan="4">${n} unchanged ${n === 1 ? 'line' : 'lines'}</td></tr>`;
}

function contextRows(c: Context): string[] {
  return c.lines.map((l, k) => {
    const text = escapeText(l);
    return `<tr><td class="num">${c.oldStart + k + 1}</td><td class="old">${text}</td><td class="num">${c.newStart + k + 1}</td><td class="new">${text}</td></tr>`;
  });
}

function changeRows(diff: DraftDiff, c: Change, total: number): string[] {
  const out: string[] = [];
  if (c.number > 0) {
    const prev = c.number > 1 ? `<a href="#change-${c.number - 1}">◀ previous</a>` : '';
    const next = c.number < total ? `<a href="#change-${c.number + 1}">next ▶</a>` : '';
    out.push(`<tr class="head" id="change-${c.number}"><td colspan="4">${prev}<strong>Change ${c.number} of ${total}</strong>`
      + ` in ${escapeText(where(diff, c))}${next}</td></tr>`);
  }
  // A blank-line change (layout, number 0) is shown plainly, not as a change.
  const cls = c.number > 0 ? ' changed' : '';
  const marked = markWords(c.removed.join('\n'), c.added.join('\n'));
  const oldLines = splitLines(marked.old, 'del');
  const newLines = splitLines(marked.new, 'ins');
  for (let k = 0; k < Math.max(oldLines.length, newLines.length); k++) {
    const o = k < c.removed.length
      ? `<td class="num">${c.oldStart + k + 1}</td><td class="old${cls}">${oldLines[k]}</td>`
      : '<td class="num"></td><td class="old blank"></td>';
    const n = k < c.added.length
      ? `<td class="num">${c.newStart + k + 1}</td><td class="new${cls}">${newLines[k]}</td>`
      : '<td class="num"></td><td class="new blank"></td>';
    out.push(`<tr>${o}${n}</tr>`);
  }
  return out;
}

/** Word-diff pieces back into escaped lines, changed words wrapped in `tag`. */
function splitLines(pieces: WordPiece[], tag: 'del' | 'ins'): string[] {
  const lines = [''];
  for (const p of pieces) {
    p.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push('');
      if (!part) return;
      // The marks cover the words, not the indentation or spaces around them.
      const [, lead, words, trail] = /^(\s*)(.*?)(\s*)$/s.exec(part)!;
      lines[lines.length - 1] += p.kind === 'same' || !words ? escapeText(part) : `${lead}<${tag}>${escapeText(words)}</${tag}>${trail}`;
    });
  }
  return lines;
}
