import { isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { concat, indent, printDoc, verbatim, type Doc } from '../doc/index.js';
import { fillText, noBreak } from '../fill.js';
import type { TextState } from '../state.js';
import { availableWidth, leftShift } from './figure.js';

/**
 * The lines of artwork or source code, without the blank lines around them. (`trimEnd` drops
 * what `/\s+$/` would, without that expression's retries at every inner run of spaces in art.)
 */
export function codeLines(e: RfcElement): string[] {
  const lines = textContent(e).replace(/\t/g, '        ').split('\n').map((l) => l.trimEnd());
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `<artwork>` and `<sourcecode>`: verbatim, `<CODE BEGINS>`/`<CODE ENDS>` around marked code. */
/** Where a reader finds what plain text cannot show: the document's HTML form. */
function htmlAddress(state: TextState): string {
  const a = state.root.attributes;
  return a.number ? `https://www.rfc-editor.org/rfc/rfc${a.number}.html` : `https://www.ietf.org/archive/id/${a.docName ?? ''}.html`;
}

export function artwork(_state: TextState, e: RfcElement): Doc {
  if (e.name === 'artwork' && e.attributes.type === 'svg') {
    const note = ['(Artwork only available as SVG: see ', noBreak(`${htmlAddress(_state)})`)];
    return verbatim(align(printDoc(fillText(note), availableWidth()), e.attributes.align));
  }
  if (e.name === 'artset') {
    const ascii = e.children.find((c): c is RfcElement => isElement(c, 'artwork') && c.attributes.type === 'ascii-art')
      ?? e.children.find((c): c is RfcElement => isElement(c, 'artwork'));
    return ascii ? artwork(_state, ascii) : '';
  }
  const lines = codeLines(e);
  if (e.attributes.src && !lines.length) return verbatim([`(Artwork only available as ${e.attributes.type === 'svg' ? 'SVG' : 'a file'}: see ${e.attributes.src})`]);
  if (e.name === 'sourcecode' && e.attributes.markers === 'true') {
    const begin = e.attributes.name ? `<CODE BEGINS> file "${e.attributes.name}"` : '<CODE BEGINS>';
    const head = begin.length > availableWidth() && e.attributes.name ? ['<CODE BEGINS>', `  file "${e.attributes.name}"`] : [begin];
    return concat(verbatim([...head, ...lines, '<CODE ENDS>']));
  }
  // Artwork wider than the room left moves left until it fits (at most to the margin).
  const shift = leftShift(lines);
  if (shift) return indent(shift, verbatim(lines));
  return verbatim(align(lines, e.attributes.align));
}

/** xml2rfc's align(): the block shifted as a whole to the centre or the right of the line. */
function align(lines: string[], how: string | undefined, width = availableWidth()): string[] {
  if (!lines.length || !how || how === 'left') return lines;
  const w = Math.max(...lines.map((l) => l.length));
  if (w >= width) return lines;
  const shift = how === 'center' ? Math.floor((width - w) / 2) : how === 'right' ? width - w : 0;
  return lines.map((l) => (l.trim() ? ' '.repeat(shift) + l : l));
}
