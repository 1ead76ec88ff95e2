import type { RfcElement } from '../../../tree/nodes.js';
import { printDoc, verbatim, type Doc } from '../doc/index.js';
import { fillParagraph } from '../fill.js';
import type { TextState } from '../state.js';
import { availableWidth, withIndent } from './figure.js';

/**
 * The content of a quote-like block as lines `width` wide. With `blockIndent`, blocks other than
 * paragraphs sit that much further in (an aside's lists and quotes: elements.xml).
 */
function contentLines(state: TextState, e: RfcElement, width: number, extraIndent: number, blockIndent = 0): string[] {
  const doc = withIndent(extraIndent, () => state.blocks(e.children, false, (c) => (c.name === 't' ? 0 : blockIndent)));
  return printDoc(doc, width);
}

/** A bar and the line after it (trailing white space goes: RFC text has none). */
function barred(bar: string, line: string): string {
  return `${bar}${line}`.replace(/\s+$/, '');
}

/**
 * `<blockquote>`: its content behind a "|  " bar, then a blank bar line and "-- quotedFrom"
 * and the cite URL, as xml2rfc's quote_renderer writes them.
 */
export function blockquote(state: TextState, e: RfcElement): Doc {
  const width = availableWidth();
  const lines = contentLines(state, e, width - 3, 3);
  const by = e.attributes.quotedFrom;
  const cite = e.attributes.cite;
  if (by || cite) lines.push('');
  if (by) lines.push(...fillParagraph(`-- ${by}`, { width: width - 6, hangIndent: 3 }));
  if (cite) lines.push(...fillParagraph(cite, { width: width - 6, indent: 3 }));
  return verbatim(lines.map((l) => barred('|  ', l)));
}

/** `<aside>`: its content behind "   |  ". */
export function aside(state: TextState, e: RfcElement): Doc {
  const width = availableWidth();
  const lines = contentLines(state, e, width - 6, 6, 3);
  return verbatim(lines.map((l) => barred('   |  ', l)));
}
