import type { List, ListItem } from 'mdast';
import { el, type RfcNode } from '../../tree/nodes.js';
import { attributesOf } from '../attributes.js';
import type { State } from '../state.js';
import { anchorAttrs, blocks, trimEnds } from './blocks.js';
import { phrasing } from './phrasing.js';

const UL_ATTRS = ['spacing', 'empty', 'bare', 'indent'] as const;
const OL_ATTRS = ['spacing', 'type', 'start', 'group', 'indent'] as const;

/** kramdown-rfc's v2 list `style` IAL, mapped to v3 list attributes. */
function styleToV3(style: string | undefined): { ordered?: boolean; attrs: Record<string, string> } {
  if (!style) return { attrs: {} };
  if (style === 'empty') return { ordered: false, attrs: { empty: 'true' } };
  if (style === 'symbols') return { ordered: false, attrs: {} };
  if (style === 'numbers') return { ordered: true, attrs: {} };
  if (style === 'letters') return { ordered: true, attrs: { type: 'a' } };
  const f = /^format\s+(.+)$/.exec(style);
  if (f) return { ordered: true, attrs: { type: f[1] } };
  return { attrs: {} };
}

export function list(state: State, node: List): RfcNode[] {
  const ial = attributesOf(node);
  const style = styleToV3(ial?.attributes.style);
  const ordered = style.ordered ?? !!node.ordered;
  const attrs = anchorAttrs(state, node, ordered ? OL_ATTRS : UL_ATTRS);
  Object.assign(attrs, style.attrs);
  // mmark makes a tight list compact. kramdown-rfc does not: its tight lists print with a
  // blank line between items (rfc9000, rfc6265bis, CBORbis, TLS), unless given
  // `{: spacing="compact"}` or `{:compact}`.
  if (!node.spread && attrs.spacing === undefined && state.dialect !== 'kramdown') attrs.spacing = 'compact';
  // `1)` items: the number is followed by a parenthesis in the document too.
  if (ordered && attrs.type === undefined && node.position?.start.offset !== undefined &&
      /^\s*\d+\)/.test(state.source.slice(node.position.start.offset, node.position.start.offset + 12))) {
    attrs.type = '%d)';
  }
  if (ordered && node.start !== null && node.start !== undefined && node.start !== 1 && attrs.start === undefined) {
    attrs.start = String(node.start);
  }
  const items = node.children.map((item) => listItem(state, item, !!node.spread));
  return [el(ordered ? 'ol' : 'ul', attrs, items, state.pos(node))];
}

function listItem(state: State, item: ListItem, spread: boolean): RfcNode {
  const attrs = anchorAttrs(state, item, []);
  const only = item.children.length === 1 ? item.children[0] : undefined;
  // kramdown-rfc writes every item's paragraphs as <t> (its editors' copies link to
  // `#section-2-3.1.1`, the paragraph in the item); mmark writes a tight item's text bare.
  if (only?.type === 'paragraph' && !spread && !attributesOf(only) && state.dialect !== 'kramdown') {
    const inline = trimEnds(phrasing(state, only));
    // `<li>` takes inline content without `<contact>`; a `<t>` does take it.
    const needsT = inline.some((n) => n.type === 'element' && n.name === 'contact');
    return el('li', attrs, needsT ? [el('t', {}, inline)] : inline);
  }
  return el('li', attrs, blocks(state, item));
}

export function listItemHandler(state: State, item: ListItem): RfcNode[] {
  return [listItem(state, item, !!item.spread)];
}
