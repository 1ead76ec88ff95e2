import { isElement, type RfcElement, type RfcNode } from '../../../tree/nodes.js';
import { escapeAttribute } from '../escape.js';
import { htmlId } from '../ids.js';

/** Elements that stand in running text. */
export const INLINE = new Set(['em', 'strong', 'tt', 'xref', 'eref', 'bcp14', 'sub', 'sup', 'iref', 'cref', 'br', 'u', 'span',
  'relref', 'strike', 'ins', 'del']);

/** The id of a block: its pn (as an HTML id), else its anchor. */
export function blockId(e: RfcElement): string | undefined {
  return e.attributes.pn ? htmlId(e.attributes.pn) : e.attributes.anchor;
}

/** The ¶ link to a paragraph's own id (RFC 7992 §5.6). */
export function pilcrow(id: string | undefined): string {
  return id ? `<a href="#${escapeAttribute(id)}" class="pilcrow">¶</a>` : '';
}

/**
 * A block whose author anchor is not its id sits in a `<div>` carrying the anchor, so both
 * `#section-3-2` and `#my-anchor` lead to it (as xml2rfc's HTML does).
 */
export function withAnchor(e: RfcElement, html: string): string {
  const anchor = e.attributes.anchor;
  if (!anchor || anchor === blockId(e)) return html;
  return `<div id="${escapeAttribute(anchor)}">\n${html}\n</div>`;
}

/** Whether a container holds running text of its own (then it gets a pilcrow, not its blocks). */
export function hasInlineContent(children: readonly RfcNode[]): boolean {
  return children.some((c) => (c.type === 'text' ? c.value.trim() !== '' : isElement(c) && INLINE.has(c.name) && c.name !== 'iref'));
}
