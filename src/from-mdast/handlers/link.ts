import type { Link, LinkReference } from 'mdast';
import { el, textContent, type RfcNode } from '../../tree/nodes.js';
import { toXmlId } from '../anchors.js';
import type { State } from '../state.js';
import { phrasing } from './phrasing.js';

/**
 * `[text](#anchor)` is a cross-reference; any other target is an external link, which keeps
 * its text even when that only repeats the address (autolinks).
 */
export function link(state: State, node: Link | (LinkReference & { url: string })): RfcNode[] {
  const content = phrasing(state, node);
  const url = node.url;
  if (url.startsWith('#')) {
    const target = toXmlId(decodeURIComponent(url.slice(1)));
    state.citations.push({ anchor: target, position: state.pos(node) });
    return [el('xref', { target }, inlineOnly(content), state.pos(node))];
  }
  const label = content.map(textContent).join('');
  // Both tools keep an autolink's address as its text: mmark writes `<eref target="X">X</eref>`
  // (rfc6303-bis), and xml2rfc prints "X (X)" for it (rfc6303-bis, rfc6265bis); kramdown-rfc
  // keeps an e-mail address too ("cbor@ietf.org (mailto:cbor@ietf.org)", CBORbis).
  const same = label === '' || (state.dialect !== 'kramdown' && `mailto:${label}` === url);
  return [el('eref', { target: url }, same ? [] : inlineOnly(content), state.pos(node))];
}

/** xref and eref take text only (and a few inline elements): flatten what they cannot hold. */
function inlineOnly(nodes: RfcNode[]): RfcNode[] {
  return nodes.flatMap((n) => (n.type === 'element' && !['em', 'strong', 'tt', 'sub', 'sup'].includes(n.name) ? [{ type: 'text' as const, value: textContent(n) }] : [n]));
}

export function linkReference(state: State, node: LinkReference): RfcNode[] {
  const def = state.definitions.get(node.identifier.toLowerCase());
  if (!def) return phrasing(state, node);
  return link(state, { ...node, url: def.url });
}
