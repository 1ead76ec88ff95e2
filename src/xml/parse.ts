import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';
import type { ElementName, RfcElement, RfcInstruction, RfcNode } from '../tree/nodes.js';
import type { Position } from '../diagnostics/diagnostic.js';

// fast-xml-parser's CommonJS build: one file against its ES build's 25 (with dependencies).
const { XMLParser, XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as typeof FastXmlParser;

/*
 * XML (documents, bibxml entries, raw XML in Markdown) read into tree nodes with
 * fast-xml-parser. It is the project's one XML library: xml-js would add a second parser
 * for no gain, since fast-xml-parser keeps document order (`preserveOrder`) and validates.
 */

/** fast-xml-parser set up to keep document order, text as written, comments and CDATA. */
function orderedParser(keepInstructions: boolean): FastXmlParser.XMLParser {
  return new XMLParser({
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
    ignorePiTags: !keepInstructions,
    allowBooleanAttributes: true,
  });
}

const parser = orderedParser(false);
/** Whole documents keep their processing instructions (`<?rfc toc="yes"?>`). */
const documentParser = orderedParser(true);

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

/** Parses an XML fragment (one or more elements, text between them) into tree nodes, with the start-tag positions given. */
export function parseXmlFragment(text: string, positions?: Position[]): RfcNode[] {
  const wrapped = `<fragment-root>${text.replace(/^\s*<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^>[]*(\[[^\]]*\])?\s*>/, '')}</fragment-root>`;
  const parsed = parser.parse(wrapped) as Ordered[];
  const root = parsed.find((n) => 'fragment-root' in n);
  return root ? convert(root['fragment-root'] as Ordered[], positions ? { list: positions, next: 0 } : undefined) : [];
}

/**
 * Parses a whole XML document: the processing instructions before the root (the XML
 * declaration and stylesheet links left out) and the root element. Call {@link checkXml}
 * first for a positioned error.
 */
export function parseXmlDocument(text: string, positions?: Position[]): { prolog: RfcInstruction[]; root: RfcElement | undefined } {
  const parsed = documentParser.parse(text) as Ordered[];
  const place = positions ? { list: positions, next: 0 } : undefined;
  const prolog: RfcInstruction[] = [];
  let root: RfcElement | undefined;
  for (const item of parsed) {
    const key = Object.keys(item).find((k) => k !== ':@');
    if (!key || key === '#text' || key === '#comment') continue;
    if (key.startsWith('?')) {
      if (key === '?xml' || key === '?xml-stylesheet') continue;
      prolog.push(instruction(key.slice(1), item[':@'] as Record<string, unknown> | undefined));
      continue;
    }
    root = convert([item], place)[0] as RfcElement;
  }
  return { prolog, root };
}

function instruction(target: string, attrs: Record<string, unknown> | undefined): RfcInstruction {
  const value = Object.entries(attrs ?? {}).map(([k, v]) => `${k}="${String(v)}"`).join(' ');
  return { type: 'instruction', target, value };
}

/** Start-tag positions handed out in document order (pre-order), one per element. */
interface Placer { list: Position[]; next: number }

function convert(items: Ordered[], place?: Placer): RfcNode[] {
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
    if (name.startsWith('?')) {
      out.push(instruction(name.slice(1), item[':@'] as Record<string, unknown> | undefined));
      continue;
    }
    const attrs = (item[':@'] ?? {}) as Record<string, unknown>;
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(attrs)) attributes[k] = v === true ? '' : String(v);
    const element: RfcElement = { type: 'element', name: name as ElementName, attributes, children: [] };
    const at = place?.list[place.next++];
    if (at) element.position = at;
    element.children = convert(item[name] as Ordered[], place);
    out.push(element);
  }
  return out;
}
