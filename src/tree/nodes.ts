import type { Position } from '../diagnostics/diagnostic.js';

/**
 * The RFC XML v3 vocabulary (RFC 7991, as extended by xml2rfc's v3 grammar).
 * Every writer and check works on trees of these elements.
 */
export type ElementName =
  | 'rfc' | 'link' | 'front' | 'title' | 'seriesInfo' | 'author' | 'organization' | 'address'
  | 'postal' | 'postalLine' | 'street' | 'city' | 'region' | 'code' | 'country' | 'cityarea'
  | 'extaddr' | 'pobox' | 'sortingcode' | 'phone' | 'facsimile' | 'email' | 'uri' | 'date'
  | 'area' | 'workgroup' | 'keyword' | 'abstract' | 'note' | 'boilerplate' | 'toc' | 'middle'
  | 'back' | 'section' | 'name' | 't' | 'aside' | 'blockquote' | 'ol' | 'ul' | 'li' | 'dl'
  | 'dt' | 'dd' | 'artwork' | 'artset' | 'sourcecode' | 'figure' | 'table' | 'thead' | 'tbody'
  | 'tfoot' | 'tr' | 'th' | 'td' | 'em' | 'strong' | 'tt' | 'sub' | 'sup' | 'bcp14' | 'br'
  | 'xref' | 'eref' | 'iref' | 'cref' | 'relref' | 'contact' | 'u' | 'displayreference'
  | 'references' | 'reference' | 'referencegroup' | 'refcontent' | 'annotation' | 'format'
  | 'stream' | 'svg' | 'span' | 'strike' | 'ins' | 'del';

export type Attributes = Record<string, string>;

export interface RfcElement {
  type: 'element';
  name: ElementName;
  attributes: Attributes;
  children: RfcNode[];
  /** Where in the source this element came from, for diagnostics. */
  position?: Position;
  /**
   * What the author said about the element that RFC XML has no attribute for (a code block's
   * `schema=`, `cddl=`): read by the checks, never written by any writer.
   */
  data?: Record<string, string>;
}

export interface RfcText {
  type: 'text';
  value: string;
  position?: Position;
}

/** An XML comment (kept from sources; writers may drop it). */
export interface RfcComment {
  type: 'comment';
  value: string;
}

/** An XML processing instruction such as `<?rfc toc="yes"?>`. */
export interface RfcInstruction {
  type: 'instruction';
  target: string;
  value: string;
}

/**
 * Markup that must pass through to the XML writer verbatim, e.g. an `<svg>` island
 * read from a file.
 */
export interface RfcRaw {
  type: 'raw';
  value: string;
}

export type RfcNode = RfcElement | RfcText | RfcComment | RfcInstruction | RfcRaw;

/** The document: the `<rfc>` root plus what comes before it. */
export interface RfcDocument {
  type: 'document';
  /** Processing instructions before the root. */
  prolog: RfcInstruction[];
  root: RfcElement;
}

/** Builds an element; attributes whose value is undefined or null are left out. */
export function el(
  name: ElementName,
  attributes: Record<string, string | number | boolean | undefined | null> = {},
  children: RfcNode[] = [],
  position?: Position,
): RfcElement {
  const attrs: Attributes = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (v !== undefined && v !== null) attrs[k] = String(v);
  }
  const node: RfcElement = { type: 'element', name, attributes: attrs, children };
  if (position) node.position = position;
  return node;
}

export function text(value: string, position?: Position): RfcText {
  return position ? { type: 'text', value, position } : { type: 'text', value };
}

export function isElement(node: RfcNode | undefined, name?: ElementName): node is RfcElement {
  return !!node && node.type === 'element' && (name === undefined || node.name === name);
}

/** The element children of a node, optionally of one name. */
export function childElements(node: RfcElement, name?: ElementName): RfcElement[] {
  return node.children.filter((c): c is RfcElement => isElement(c, name));
}

/** The first element child with this name. */
export function firstChild(node: RfcElement, name: ElementName): RfcElement | undefined {
  return node.children.find((c): c is RfcElement => isElement(c, name));
}

/** The concatenated text of a subtree. */
export function textContent(node: RfcNode): string {
  if (node.type === 'text' || node.type === 'raw') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textContent).join('');
}

/** Visits every element in document order (pre-order). */
export function visitElements(node: RfcNode, fn: (el: RfcElement, parent: RfcElement | null) => void, parent: RfcElement | null = null): void {
  if (node.type !== 'element') return;
  fn(node, parent);
  for (const c of node.children) visitElements(c, fn, node);
}

/**
 * A deep copy of a tree that a stage may change without touching its input: every element,
 * attribute map and child list is new. Positions are shared (nobody changes them). Several
 * times faster than `structuredClone` on a whole RFC.
 */
export function cloneTree<T extends RfcNode>(node: T): T {
  if (node.type !== 'element') return { ...node };
  return { ...node, attributes: { ...node.attributes }, ...(node.data ? { data: { ...node.data } } : {}), children: node.children.map(cloneTree) };
}
