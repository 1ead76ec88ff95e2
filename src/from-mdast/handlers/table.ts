import type { Table, TableCell } from 'mdast';
import { el, text, type RfcNode } from '../../tree/nodes.js';
import { attributesOf, ietfData } from '../attributes.js';
import type { State } from '../state.js';
import { anchorAttrs, trimEnds } from './blocks.js';
import { phrasing } from './phrasing.js';

/** A GFM table: header row in `<thead>`, the rest in `<tbody>`, column alignment on each cell. */
export function table(state: State, node: Table): RfcNode[] {
  const attrs = anchorAttrs(state, node, ['align']);
  const ial = attributesOf(node);
  const caption = ietfData(node).caption;
  const children: RfcNode[] = [];
  if (caption) children.push(el('name', {}, phrasing(state, { children: caption as never })));
  else if (ial?.attributes.title) children.push(el('name', {}, [text(ial.attributes.title)]));
  const align = (i: number) => node.align?.[i] ?? undefined;
  const cell = (c: TableCell, i: number, tag: 'th' | 'td') =>
    el(tag, { align: align(i) ?? undefined }, trimEnds(phrasing(state, c)));
  const [head, ...body] = node.children;
  if (head) children.push(el('thead', {}, [el('tr', {}, head.children.map((c, i) => cell(c, i, 'th')))]));
  if (body.length) children.push(el('tbody', {}, body.map((r) => el('tr', {}, r.children.map((c, i) => cell(c, i, 'td'))))));
  return [el('table', attrs, children, state.pos(node))];
}
