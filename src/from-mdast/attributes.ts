import type { Node } from 'mdast';
import type { AttributeList } from '../syntax/attribute-list.js';
import { mergeAttributeLists } from '../syntax/attribute-list.js';
import type { State } from './state.js';

/** Data the block pass attaches to mdast nodes. */
export interface IetfData {
  /** Attribute list from a kramdown IAL or an mmark block attribute. */
  attributes?: AttributeList;
  /** mmark caption (`Figure: …`, `Table: …`, `Quote: …`) as phrasing nodes. */
  caption?: Node[];
}

export function ietfData(node: Node): IetfData {
  const data = (node.data ??= {}) as { ietf?: IetfData };
  return (data.ietf ??= {});
}

/** Attaches an attribute list to a node, expanding kramdown ALD references. */
export function addAttributes(state: State, node: Node, list: AttributeList): void {
  let resolved: AttributeList = { ...list, references: [] };
  for (const ref of list.references) {
    const ald = state.alds.get(ref);
    if (ald) resolved = mergeAttributeLists(ald, resolved);
    else if (state.dialect !== 'mmark') {
      state.reporter.warn('unknown-attribute-list', `no attribute list definition named "${ref}"`, state.pos(node),
        `define it with {:${ref}: key="value"} or remove it`);
    }
  }
  const d = ietfData(node);
  d.attributes = mergeAttributeLists(d.attributes, resolved);
}

export function attributesOf(node: Node): AttributeList | undefined {
  return ((node.data as { ietf?: IetfData } | undefined)?.ietf)?.attributes;
}

/**
 * The attributes to put on an element: the list's key/value pairs that the element takes,
 * with `#id` as `anchor`. Attributes the element does not take are reported.
 */
export function elementAttributes(state: State, node: Node, allowed: readonly string[], extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const list = attributesOf(node);
  const out: Record<string, string | undefined> = { ...extra };
  if (!list) return out;
  if (list.id) out.anchor = list.id;
  for (const [k, v] of Object.entries(list.attributes)) {
    if (allowed.includes(k)) out[k] = v;
  }
  return out;
}
