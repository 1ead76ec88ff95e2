import type { FootnoteReference } from 'mdast';
import { el, textContent, text, type RfcNode } from '../../tree/nodes.js';
import { toXmlId } from '../anchors.js';
import type { State } from '../state.js';
import { blocks } from './blocks.js';

/** A footnote becomes an inline `<cref>` (an editorial comment) with the footnote's text. */
export function footnoteReference(state: State, node: FootnoteReference): RfcNode[] {
  const def = state.footnotes.get(node.identifier.toLowerCase());
  if (!def) {
    state.reporter.warn('missing-footnote', `footnote [^${node.label ?? node.identifier}] has no definition`, state.pos(node),
      `add a line "[^${node.label ?? node.identifier}]: text"`);
    return [];
  }
  const body = blocks(state, def).map(textContent).join(' ').replace(/\s+/g, ' ').trim();
  // A footnote cited twice is written twice; only the first carries the anchor.
  const anchor = toXmlId(node.identifier);
  const first = !state.anchors.has(anchor);
  if (first) state.anchors.set(anchor, state.pos(node));
  return [el('cref', { anchor: first ? anchor : undefined }, [text(body)])];
}
