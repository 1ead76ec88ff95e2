import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ElementName, RfcNode } from '../tree/nodes.js';

/**
 * XML fragments (bibxml entries, raw XML in Markdown) read into tree nodes with
 * fast-xml-parser. It is the project's one XML library: xml-js would add a second parser
 * for no gain, since fast-xml-parser keeps document order (`preserveOrder`) and validates.
 */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
  ignorePiTags: true,
  allowBooleanAttributes: true,
});

type Ordered = Record<string, unknown>;

export interface XmlError {
  message: string;
  line: number;
  column: number;
}

/** Checks well-formedness; returns the first error with its line and column, if any. */
export function checkXml(text: string): XmlError | undefined {
  const r = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (r === true) return undefined;
  return { message: r.err.msg, line: r.err.line, column: r.err.col };
}

/** Parses an XML fragment (one or more elements, text between them) into tree nodes. */
export function parseXmlFragment(text: string): RfcNode[] {
  const wrapped = `<fragment-root>${text.replace(/^\s*<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^>[]*(\[[^\]]*\])?\s*>/, '')}</fragment-root>`;
  const parsed = parser.parse(wrapped) as Ordered[];
  const root = parsed.find((n) => 'fragment-root' in n);
  return root ? convert(root['fragment-root'] as Ordered[]) : [];
}

function convert(items: Ordered[]): RfcNode[] {
  const out: RfcNode[] = [];
  for (const item of items) {
    if ('#text' in item) {
      out.push({ type: 'text', value: String(item['#text']) });
      continue;
    }
    if ('#comment' in item) {
      const c = item['#comment'] as Ordered[];
      out.push({ type: 'comment', value: c.map((x) => String(x['#text'] ?? '')).join('') });
      continue;
    }
    if ('#cdata' in item) {
      const c = item['#cdata'] as Ordered[];
      out.push({ type: 'text', value: c.map((x) => String(x['#text'] ?? '')).join('') });
      continue;
    }
    const name = Object.keys(item).find((k) => k !== ':@');
    if (!name) continue;
    const attrs = (item[':@'] ?? {}) as Record<string, unknown>;
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(attrs)) attributes[k] = v === true ? '' : String(v);
    out.push({
      type: 'element',
      name: name as ElementName,
      attributes,
      children: convert(item[name] as Ordered[]),
    });
  }
  return out;
}
