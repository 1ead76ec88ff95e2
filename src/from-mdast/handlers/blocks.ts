import type { Blockquote, Heading, Paragraph, Parents, RootContent, ThematicBreak } from 'mdast';
import { el, type RfcNode } from '../../tree/nodes.js';
import { elementAttributes, ietfData } from '../attributes.js';
import { defineAnchor, type State } from '../state.js';
import type { IetfAside, IetfXmlBlock } from '../blocks.js';
import type { ElementName } from '../../tree/nodes.js';
import { phrasing } from './phrasing.js';
import { toXmlId } from '../anchors.js';

const T_ATTRS = ['indent', 'keepWithNext', 'keepWithPrevious', 'hangText', 'pn'] as const;

export function anchorAttrs(state: State, node: RootContent, allowed: readonly string[]): Record<string, string | undefined> {
  const attrs = elementAttributes(state, node, allowed);
  if (attrs.anchor) {
    attrs.anchor = toXmlId(attrs.anchor);
    defineAnchor(state, attrs.anchor, state.pos(node));
  }
  return attrs;
}

export function paragraph(state: State, node: Paragraph): RfcNode[] {
  const content = phrasing(state, node);
  // A paragraph made only of an image becomes a figure.
  const real = content.filter((c) => c.type !== 'text' || c.value.trim() !== '');
  if (real.length === 1 && real[0].type === 'element' && real[0].name === 'artwork') {
    return [el('figure', anchorAttrs(state, node, []), [real[0]])];
  }
  if (real.length === 0) return [];
  return [el('t', anchorAttrs(state, node, T_ATTRS), trimEnds(content), state.pos(node))];
}

/** Drops leading and trailing white space of a run of inline nodes. */
export function trimEnds(nodes: RfcNode[]): RfcNode[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return nodes.filter((n) => n.type !== 'text' || n.value !== '');
}

export function blockquote(state: State, node: Blockquote): RfcNode[] {
  const caption = ietfData(node).caption;
  const attrs = anchorAttrs(state, node, ['cite', 'quotedFrom']);
  if (caption) attrs.quotedFrom = caption.map((c) => ('value' in c ? String(c.value) : '')).join('').trim();
  const children = blocks(state, node);
  return [el('blockquote', attrs, children.length ? children : [el('t')])];
}

export function xmlBlock(state: State, node: IetfXmlBlock): RfcNode[] {
  const name = (['aside', 'blockquote', 'note', 'section', 'figure', 'li', 'dd', 'td', 'th'].includes(node.name) ? node.name : 'aside') as ElementName;
  const attrs: Record<string, string | undefined> = { ...node.attributes };
  if (attrs.anchor) defineAnchor(state, attrs.anchor, state.pos(node as never));
  return [el(name, attrs, blocks(state, node as never))];
}

export function aside(state: State, node: IetfAside): RfcNode[] {
  return [el('aside', anchorAttrs(state, node as never, []), blocks(state, node as never))];
}

export function thematicBreak(_state: State, _node: ThematicBreak): RfcNode[] {
  // kramdown-rfc used a rule to force a page break; v3 has no such element.
  return [];
}

/** A heading where sections cannot be (inside a list or quote): kept as a bold paragraph. */
export function nestedHeading(state: State, node: Heading): RfcNode[] {
  state.reporter.warn('nested-heading', 'a heading inside a list or quote cannot start a section; it is kept as bold text',
    state.pos(node), 'move the heading out of the list or quote');
  return [el('t', {}, [el('strong', {}, phrasing(state, node))])];
}

/**
 * Converts block children; inline-only results (e.g. a lone `<xref>` from raw XML) are
 * wrapped in `<t>` so the parent stays valid.
 */
export function blocks(state: State, parent: Parents): RfcNode[] {
  const out: RfcNode[] = [];
  for (const child of parent.children) {
    for (const n of state.one(child as never, parent)) {
      if (n.type === 'text') {
        if (n.value.trim()) out.push(el('t', {}, [n]));
      } else out.push(n);
    }
  }
  return out;
}

export function ignore(): RfcNode[] {
  return [];
}

