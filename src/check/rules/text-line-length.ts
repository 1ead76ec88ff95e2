import { textContent } from '../../tree/nodes.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import { elementsNamed } from './util.js';

/** RFC 7994 §4.1: 72 characters per line. */
export const TEXT_WIDTH = 72;

/** The rendered text fits the page: nothing over 72 columns (a wide table, an unbreakable URL). */
export const textLineLength: Rule = {
  id: 'text-line-length',
  description: `lines of the plain-text rendering are at most ${TEXT_WIDTH} characters`,
  severity: 'warning',
  docs: `The plain-text form of a draft is ${TEXT_WIDTH} columns wide (RFC 7994). A longer line comes from a table with too `
    + 'many or too wide columns, or from a word or address that cannot be broken: shorten it, or split the table.',
  run(ctx, report) {
    // Lines of code and art are the code-line-length rule's.
    const code = new Set(elementsNamed(ctx.document.root, 'sourcecode', 'artwork').flatMap((e) => textContent(e).split('\n').map((l) => l.trim())));
    const sourceLines = ctx.source.split('\n');
    // One finding per block (a wide table gives many long lines): its first long line, and how many.
    const byBlock = new Map<unknown, { first: string; width: number; count: number }>();
    ctx.text.forEach((line, i) => {
      const source = ctx.textSources[i];
      const width = [...line].length;
      if (!source || width <= TEXT_WIDTH || code.has(line.trim())) return;
      const b = byBlock.get(source);
      if (b) b.count++;
      else byBlock.set(source, { first: line, width, count: 1 });
    });
    for (const [source, b] of byBlock) {
      report(`${b.count > 1 ? `${b.count} lines` : 'a line'} of the text rendering ${b.count > 1 ? 'are' : 'is'} over ${TEXT_WIDTH} characters (${b.width}: "${b.first.trim().slice(0, 40)}…")`,
        source as Position, 'shorten the table row or the unbreakable word it holds');
    }
    ctx.text.forEach((line, i) => {
      const width = [...line].length;
      if (width <= TEXT_WIDTH || code.has(line.trim())) return;
      // Lines of no positioned block: the source line holding the line's longest word.
      if (ctx.textSources[i]) return;
      const word = line.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '').replace(/^[|(<"]+|[|)>",.]+$/g, '');
      const at = word.length > 3 ? sourceLines.findIndex((l) => l.includes(word)) : -1;
      report(`a line of the text rendering is ${width} characters long: "${line.trim().slice(0, 50)}…"`,
        at >= 0 ? { start: { line: at + 1, column: sourceLines[at].indexOf(word) + 1 } } : ctx.document.root, 'shorten the table row or the unbreakable word it holds');
    });
  },
};
