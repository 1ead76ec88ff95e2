/**
 * A comparable form of an XML subtree: element names, attributes and text, with whitespace
 * that XML does not mean normalised away (indentation between block elements, line breaks
 * inside paragraphs). Not a test file itself.
 */
import type { RfcNode } from '../../../../src/tree/nodes.js';

export interface CanonicalElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<CanonicalElement | string>;
}

/** Elements whose children are blocks: whitespace-only text between them is layout. */
const BLOCK_CONTAINERS = new Set(['boilerplate', 'section', 'front', 'rfc']);

/** XML whitespace only: a no-break space is content and stays. */
const collapse = (s: string): string => s.replace(/[ \t\r\n]+/g, ' ');

export function canonical(node: RfcNode): CanonicalElement | string | undefined {
  if (node.type === 'text' || node.type === 'raw') return collapse(node.value);
  if (node.type !== 'element') return undefined;
  const attributes = Object.fromEntries(Object.entries(node.attributes).sort(([a], [b]) => a.localeCompare(b)));
  const children: Array<CanonicalElement | string> = [];
  for (const c of node.children) {
    const k = canonical(c);
    if (k === undefined) continue;
    const last = children[children.length - 1];
    if (typeof k === 'string' && typeof last === 'string') children[children.length - 1] = collapse(last + k);
    else children.push(k);
  }
  if (BLOCK_CONTAINERS.has(node.name)) {
    return { name: node.name, attributes, children: children.filter((c) => typeof c !== 'string' || c.trim() !== '') };
  }
  // Inline content: leading and trailing whitespace of the element is layout too.
  if (typeof children[0] === 'string') children[0] = children[0].trimStart();
  const n = children.length - 1;
  if (typeof children[n] === 'string') children[n] = (children[n] as string).trimEnd();
  return { name: node.name, attributes, children: children.filter((c) => c !== '') };
}
