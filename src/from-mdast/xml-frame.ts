import type { Root, RootContent } from 'mdast';
import type { ReferenceResolver } from '../bibxml/resolve.js';
import { isLibraryName } from '../bibxml/library.js';
import { el, isElement, textContent, visitElements, type RfcDocument, type RfcElement, type RfcInstruction, type RfcNode } from '../tree/nodes.js';
import { checkXml, parseXmlDocument, parseXmlFragment } from '../xml/parse.js';
import { applyBlockSyntax } from './blocks.js';
import { placeholder, withAnchor } from './references.js';
import { sectionize } from './sections.js';
import type { State } from './state.js';

/**
 * The oldest kramdown-rfc layout: the document is RFC XML, and Markdown fills the gaps
 * between `{:/nomarkdown}` and `{::nomarkdown}` lines (kramdown-rfc's stupid.mkd example).
 * The XML frame is taken as written, with the few version 2 forms such frames use
 * (`<?rfc toc="yes"?>`, `title="…"` attributes) turned into version 3.
 */
export function isXmlFrame(body: string): boolean {
  return /^\s*<(\?xml|!DOCTYPE|rfc\b)/.test(body) && /^\{:\/nomarkdown\}\s*$/m.test(body);
}

interface Segment {
  kind: 'xml' | 'md';
  /** 0-based index of the segment's first line in the file. */
  start: number;
  lines: string[];
}

function segments(body: string): Segment[] {
  const out: Segment[] = [];
  let current: Segment = { kind: 'xml', start: 0, lines: [] };
  body.split('\n').forEach((line, i) => {
    const open = /^\{::nomarkdown\}\s*$/.test(line);
    const close = /^\{:\/nomarkdown\}\s*$/.test(line);
    if (!open && !close) {
      current.lines.push(line);
      return;
    }
    out.push(current);
    current = { kind: open ? 'xml' : 'md', start: i + 1, lines: [] };
  });
  out.push(current);
  return out;
}

/** `![:include:](RFC2119)`: kramdown-rfc's old way of listing a library reference. */
const INCLUDE = /^!\[:include:\]\(([^)\s]+)\)$/;

/** The tree nodes of one Markdown gap: sections, blocks, and reference entries or includes. */
function convertGap(state: State, seg: Segment, includes: Map<RfcElement, string>): RfcNode[] {
  const text = '\n'.repeat(seg.start) + seg.lines.join('\n');
  const root: Root = state.reparse(seg.lines.join('\n'), seg.start);
  applyBlockSyntax({ ...state, source: text }, root);
  const out: RfcNode[] = [];
  const rest: RootContent[] = [];
  for (const node of root.children) {
    const raw = node.position?.start.offset !== undefined ? text.slice(node.position.start.offset, node.position.end!.offset).trim() : '';
    const inc = node.type === 'paragraph' ? INCLUDE.exec(raw) : null;
    if (inc) {
      const hole = el('reference', { anchor: inc[1] });
      includes.set(hole, inc[1]);
      out.push(hole);
    } else if (node.type === 'html' && /^<reference(group)?\b/.test(node.value.trim())) {
      out.push(...parseXmlFragment(node.value).filter((n) => n.type === 'element'));
    } else rest.push(node);
  }
  const { lead, sections } = sectionize(state, rest);
  return [...out, ...lead, ...sections];
}

const PI_ATTRIBUTES: Record<string, string> = { toc: 'tocInclude', sortrefs: 'sortRefs', symrefs: 'symRefs', tocdepth: 'tocDepth' };

/** The version 2 forms an XML frame may use, in version 3 spelling. */
function toV3(root: RfcElement): void {
  visitElements(root, (e) => {
    if (e.attributes.title !== undefined && ['section', 'references', 'figure', 'note', 'table', 'texttable'].includes(e.name)) {
      if (!e.children.some((c) => isElement(c, 'name'))) e.children.unshift(el('name', {}, [{ type: 'text', value: e.attributes.title }]));
      delete e.attributes.title;
    }
  });
}

/**
 * Converts an XML-framed document. Returns undefined (with an error reported) when the frame
 * is not well-formed XML once the gaps are filled.
 */
export async function convertXmlFrame(state: State, body: string, resolver: ReferenceResolver, lenientLibrary: boolean, allowMissing: boolean): Promise<RfcDocument | undefined> {
  const segs = segments(body);
  const includes = new Map<RfcElement, string>();
  const gaps = new Map<number, RfcNode[]>();
  const assembled: string[] = [];
  const origin: number[] = [];
  segs.forEach((seg, i) => {
    if (seg.kind === 'xml') {
      seg.lines.forEach((l, k) => { assembled.push(l); origin.push(seg.start + k + 1); });
    } else {
      gaps.set(i, convertGap(state, seg, includes));
      assembled.push(`<draftsmith-gap n="${i}"/>`);
      origin.push(seg.start + 1);
    }
  });
  const xml = assembled.join('\n');
  const err = checkXml(xml);
  if (err) {
    state.reporter.error('xml-frame', `the XML around the Markdown is not well-formed: ${err.message}`,
      { line: origin[err.line - 1] ?? err.line, column: err.column }, 'check that every element opened in a {::nomarkdown} block is closed');
    return undefined;
  }
  const { prolog, root } = parseXmlDocument(xml);
  if (!root || root.name !== 'rfc') {
    state.reporter.error('xml-frame', 'the XML frame has no <rfc> root element', { line: 1, column: 1 }, 'start the document with <rfc …>');
    return undefined;
  }
  const fill = (parent: RfcElement) => {
    parent.children = parent.children.flatMap((c) => {
      if (c.type === 'element' && (c.name as string) === 'draftsmith-gap') return gaps.get(Number(c.attributes.n)) ?? [];
      if (c.type === 'element') fill(c);
      return [c];
    });
  };
  fill(root);

  const names = [...new Set(includes.values())];
  const found = await resolver.resolveAll(names);
  for (const [hole, name] of includes) {
    const r = found.get(name);
    let entry = r ? withAnchor(r.element, name) : undefined;
    if (!entry) {
      const lenient = allowMissing || (lenientLibrary && isLibraryName(name));
      const report = lenient ? state.reporter.warn.bind(state.reporter) : state.reporter.error.bind(state.reporter);
      const known = resolver.explain?.(name);
      report('unresolved-reference', known?.message ?? `no entry for reference "${name}" in the reference cache`, undefined,
        known?.hint ?? 'put reference.<LIBRARY>.<ID>.xml in a --refcache folder, or pass --allow-missing-refs');
      entry = placeholder(name);
    }
    hole.attributes = entry.attributes;
    hole.children = entry.children;
  }

  toV3(root);
  root.attributes = { version: '3', ...root.attributes };
  // `<?rfc …?>` instructions are often written just inside the root: treat them as the prolog's.
  const inside = root.children.filter((c): c is RfcInstruction => c.type === 'instruction');
  root.children = root.children.filter((c) => c.type !== 'instruction');
  const kept = [...prolog, ...inside].filter((pi) => {
    const m = /^(\w+)="([^"]*)"$/.exec(pi.value.trim());
    const attr = pi.target === 'rfc' && m ? PI_ATTRIBUTES[m[1]] : undefined;
    if (!attr) return true;
    root.attributes[attr] = attr === 'tocDepth' ? m![2] : String(m![2] === 'yes' || m![2] === 'true');
    return false;
  });

  // Every cross-reference made from the Markdown must land somewhere in the finished document.
  const anchors = new Set<string>();
  visitElements(root, (e) => { if (e.attributes.anchor) anchors.add(e.attributes.anchor); });
  for (const c of state.citations) {
    if (anchors.has(c.anchor)) continue;
    const report = allowMissing ? state.reporter.warn.bind(state.reporter) : state.reporter.error.bind(state.reporter);
    report('unresolved-reference', `"${c.anchor}" is not a section, figure, table or reference of this document`, c.position,
      'check the spelling of the anchor');
  }
  state.meta.docName ??= root.attributes.docName;
  state.meta.number ??= root.attributes.number;
  const title = root.children.find((c): c is RfcElement => isElement(c, 'front'))?.children.find((c): c is RfcElement => isElement(c, 'title'));
  state.meta.title ??= title ? textContent(title).trim() : undefined;
  return { type: 'document', prolog: kept, root };
}
