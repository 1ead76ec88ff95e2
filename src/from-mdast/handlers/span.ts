import { el, text, type RfcNode } from '../../tree/nodes.js';
import { SPAN } from '../../syntax/dialects.js';
import type { IetfSpan } from '../../syntax/inline-span/from-markdown.js';
import { indexEntry, kramdownCitation, mmarkCitation, mmarkCrossref } from '../citations.js';
import type { State } from '../state.js';

/** The IETF inline spans: citations, cross-references, index entries. */
export function ietfSpan(state: State, node: IetfSpan): RfcNode[] {
  const at = state.pos(node);
  switch (node.kind) {
    case SPAN.kramdownCitation: return kramdownCitation(state, node.value, at);
    case SPAN.mmarkCitation: return mmarkCitation(state, node.value, at);
    case SPAN.mmarkCrossref: return mmarkCrossref(state, node.value, at);
    case SPAN.kramdownIndex: return indexEntry(node.value);
    case SPAN.mmarkIndex: return indexEntry(node.value);
    case SPAN.headingId: return [text(`{#${node.value}}`)];
    case SPAN.mmarkAttributes: return [text(`{${node.value}}`)];
    case SPAN.kramdownIal: return [];
    case SPAN.mmarkSub: return [el('sub', {}, [text(unescape(node.value))])];
    case SPAN.mmarkSup: return [el('sup', {}, [text(unescape(node.value))])];
    default: return [];
  }
}

/** Backslash escapes inside a span (`a\\ cat` → `a cat`). */
function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}
