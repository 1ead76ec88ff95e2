import type { RfcElement } from '../../../tree/nodes.js';
import { indent, type Doc } from '../doc/index.js';
import type { TextState } from '../state.js';
import { withIndent } from './figure.js';

/** `<blockquote>` and `<aside>`: their content indented three more columns. */
export function blockquote(state: TextState, e: RfcElement): Doc {
  return indent(3, withIndent(3, () => state.blocks(e.children)));
}

export function aside(state: TextState, e: RfcElement): Doc {
  return indent(3, withIndent(3, () => state.blocks(e.children)));
}
