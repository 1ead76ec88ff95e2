import { unpaginate } from './unpaginate.js';
import { normalizeToc } from './normalize-toc.js';

/**
 * The rendered text as the line diff sees it: pages removed, trailing spaces cut, runs of blank
 * lines as one blank line, leading and trailing blank lines dropped, and the table of contents
 * without its page numbers or leader dots (see normalize-toc.ts). Both sides of a diff go through
 * the same steps, so whatever is removed here cannot show as a change.
 */
export function normalizeRenderedText(text: string): string[] {
  const raw = unpaginate(text.replace(/\r\n?/g, '\n')).split('\n').map((l) => l.trimEnd());
  const lines: string[] = [];
  for (const l of raw) {
    if (l === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(l);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return normalizeToc(lines);
}
