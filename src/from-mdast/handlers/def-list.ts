import type { Parents } from 'mdast';
import { el, type RfcNode } from '../../tree/nodes.js';
import { attributesOf } from '../attributes.js';
import type { State } from '../state.js';
import { anchorAttrs, blocks, trimEnds } from './blocks.js';
import { phrasing } from './phrasing.js';

interface DefList { type: 'defList'; children: (DefTerm | DefDescription)[] }
interface DefTerm { type: 'defListTerm'; children: never[] }
interface DefDescription { type: 'defListDescription'; spread?: boolean; children: never[] }

/**
 * A definition list (`term` / `: definition`). In mmark's dialect a description that is one
 * paragraph is written inline in `<dd>`; otherwise descriptions keep their blocks.
 */
export function defList(state: State, node: DefList): RfcNode[] {
  const ial = attributesOf(node as never);
  const attrs = anchorAttrs(state, node as never, ['spacing', 'newline', 'indent']);
  if (ial?.attributes.vspace !== undefined) attrs.newline = 'true';
  const spread = node.children.some((c) => c.type === 'defListDescription' && c.spread);
  // mmark makes a tight list compact; kramdown-rfc leaves it spaced (rfc9000's 32 lists).
  if (!spread && attrs.spacing === undefined && state.dialect !== 'kramdown') attrs.spacing = 'compact';
  const children: RfcNode[] = [];
  for (const c of node.children) {
    if (c.type === 'defListTerm') {
      children.push(el('dt', {}, trimEnds(phrasing(state, c as never))));
    } else {
      const kids = c.children as { type: string }[];
      // kramdown-rfc always gives a definition its paragraphs (<dd><t>…</t></dd>), which is
      // what xml2rfc numbers and the HTML's ids count; mmark writes one paragraph inline.
      if (kids.length === 1 && kids[0].type === 'paragraph' && state.dialect !== 'kramdown') {
        children.push(el('dd', {}, trimEnds(phrasing(state, kids[0] as never))));
      } else {
        children.push(el('dd', {}, blocks(state, c as unknown as Parents)));
      }
    }
  }
  // A term without a description (or the reverse) is invalid v3: pad it.
  const fixed: RfcNode[] = [];
  for (const n of children) {
    const prev = fixed[fixed.length - 1];
    if (n.type === 'element' && n.name === 'dt' && prev?.type === 'element' && prev.name === 'dt') fixed.push(el('dd'));
    if (n.type === 'element' && n.name === 'dd' && (!prev || (prev.type === 'element' && prev.name === 'dd'))) fixed.push(el('dt'));
    fixed.push(n);
  }
  const last = fixed[fixed.length - 1];
  if (last?.type === 'element' && last.name === 'dt') fixed.push(el('dd'));
  return [el('dl', attrs, fixed, state.pos(node as never))];
}
