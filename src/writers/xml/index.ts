import type { RfcDocument, RfcElement, RfcNode } from '../../tree/nodes.js';
import { escapeAttribute, escapeText, stripInvalidXmlChars } from './escape.js';

export interface XmlWriterOptions {
  /** Indentation unit for element-only content. Default two spaces. */
  indent?: string;
}

/** Elements whose text is preformatted: written as CDATA, never re-indented. */
const VERBATIM = new Set(['artwork', 'sourcecode']);

/**
 * Serialises a document as RFC XML v3. Element-only content is indented for people
 * reading the XML; mixed content (text with inline markup) is written exactly as it is in the
 * tree, so no whitespace is added where it would change the text.
 */
export function writeXml(doc: RfcDocument, options: XmlWriterOptions = {}): string {
  const unit = options.indent ?? '  ';
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  for (const pi of doc.prolog) out.push(`<?${pi.target} ${pi.value}?>\n`);
  writeNode(doc.root, 0, unit, out);
  out.push('\n');
  return out.join('');
}

/** Serialises one subtree without the XML declaration. */
export function writeXmlFragment(node: RfcNode, options: XmlWriterOptions = {}): string {
  const out: string[] = [];
  writeNode(node, 0, options.indent ?? '  ', out);
  return out.join('');
}

function isBlank(node: RfcNode): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** Elements that hold running text, and the inline elements that appear in it. */
const TEXT_HOLDERS = new Set(['t', 'name', 'title', 'dt', 'annotation', 'refcontent', 'postalLine']);
const INLINE = new Set(['em', 'strong', 'tt', 'sub', 'sup', 'bcp14', 'xref', 'eref', 'iref', 'cref', 'br', 'contact',
  'u', 'relref', 'span', 'strike', 'ins', 'del']);

/**
 * True when the element's content is blocks only (no text, no inline elements), so it can be
 * indented without changing any text.
 */
function elementOnly(node: RfcElement): boolean {
  if (TEXT_HOLDERS.has(node.name) || INLINE.has(node.name)) return false;
  return node.children.length > 0 && node.children.every((c) =>
    (c.type === 'text' && isBlank(c)) || (c.type === 'element' && !INLINE.has(c.name)) || c.type === 'comment') &&
    node.children.some((c) => c.type !== 'text');
}

function openTag(node: RfcElement): string {
  let s = '<' + node.name;
  for (const [k, v] of Object.entries(node.attributes)) {
    s += ` ${k}="${escapeAttribute(stripInvalidXmlChars(v))}"`;
  }
  return s;
}

function writeNode(node: RfcNode, depth: number, unit: string, out: string[], inline = false): void {
  switch (node.type) {
    case 'text':
      out.push(escapeText(stripInvalidXmlChars(node.value)));
      return;
    case 'raw':
      out.push(node.value);
      return;
    case 'comment':
      out.push(`<!-- ${node.value.replace(/--/g, '- -')} -->`);
      return;
    case 'instruction':
      out.push(`<?${node.target} ${node.value}?>`);
      return;
    case 'element':
      writeElement(node, depth, unit, out, inline);
  }
}

/** `inline`: inside mixed content, where added white space would become part of the text. */
function writeElement(node: RfcElement, depth: number, unit: string, out: string[], inline: boolean): void {
  const open = openTag(node);
  if (node.children.length === 0) {
    out.push(open + '/>');
    return;
  }
  if (VERBATIM.has(node.name)) {
    const body = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    const clean = stripInvalidXmlChars(body);
    const hasRaw = node.children.some((c) => c.type !== 'text');
    if (hasRaw) {
      // e.g. an <svg> island inside <artwork>: write children as they are.
      out.push(open + '>');
      for (const c of node.children) writeNode(c, depth + 1, unit, out);
      out.push(`</${node.name}>`);
    } else if (clean.includes(']]>') ) {
      out.push(`${open}>${escapeText(clean)}</${node.name}>`);
    } else {
      out.push(`${open}><![CDATA[${clean}]]></${node.name}>`);
    }
    return;
  }
  if (inline || !elementOnly(node)) {
    out.push(open + '>');
    for (const c of node.children) writeNode(c, depth + 1, unit, out, true);
    out.push(`</${node.name}>`);
    return;
  }
  const pad = unit.repeat(depth + 1);
  out.push(open + '>');
  for (const c of node.children) {
    if (isBlank(c)) continue;
    out.push('\n' + pad);
    writeNode(c, depth + 1, unit, out);
  }
  out.push('\n' + unit.repeat(depth) + `</${node.name}>`);
}
