import type { Html, PhrasingContent } from 'mdast';
import { checkXml, parseXmlFragment } from '../../xml/parse.js';
import { startTagPositions } from '../../from-xml/positions.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import { el, text, type ElementName, type RfcElement, type RfcNode } from '../../tree/nodes.js';
import { defineAnchor, type State } from '../state.js';
import { phrasing } from './phrasing.js';

/** Inline XML elements an author may write in running text. */
const INLINE = new Set(['em', 'strong', 'tt', 'sub', 'sup', 'bcp14', 'xref', 'eref', 'iref', 'cref', 'br', 'u',
  'relref', 'contact', 'span']);
/** Block XML elements an author may write between paragraphs. */
const BLOCK = new Set(['reference', 'referencegroup', 'artwork', 'sourcecode', 'figure', 'table', 't', 'ul', 'ol',
  'dl', 'aside', 'blockquote', 'artset', 'section', 'note', 'references', 'contact', 'svg']);

/** `<tag …>`, `</tag>`, or `<tag …/>`: the name and kind of one inline tag. */
function tagOf(value: string): { name: string; kind: 'open' | 'close' | 'empty' } | undefined {
  const m = /^<(\/?)([A-Za-z][\w-]*)\b[^>]*?(\/?)>$/s.exec(value.trim());
  if (!m) return undefined;
  return { name: m[2], kind: m[1] ? 'close' : m[3] ? 'empty' : 'open' };
}

function fromXml(state: State, xml: string, node: Html): RfcNode[] {
  const err = checkXml(xml);
  if (err) {
    state.reporter.warn('raw-html', `raw HTML/XML is not well-formed (${err.message}) and was escaped`, state.pos(node),
      'write Markdown instead, or well-formed RFC XML elements');
    return [text(xml)];
  }
  return parseXmlFragment(xml, positionsIn(xml, state.pos(node))).filter((n) => n.type !== 'comment');
}

/** Where each start tag of raw XML stands in the Markdown file, the XML starting at `at`. */
function positionsIn(xml: string, at: Position | undefined): Position[] | undefined {
  if (!at) return undefined;
  return startTagPositions(xml).map(({ start }) => ({
    start: { line: start.line + at.start.line - 1, column: start.line === 1 ? start.column + at.start.column - 1 : start.column },
  }));
}

/**
 * Inline raw markup: comments are dropped; RFC XML inline elements (`<xref target="x"/>`,
 * `<sub>2</sub>`) become elements; anything else is reported and kept as text.
 */
export function inlineHtml(state: State, kids: PhrasingContent[], i: number): { nodes: RfcNode[]; next: number } {
  const node = kids[i] as Html;
  const v = node.value;
  if (/^<!--[\s\S]*-->$/.test(v)) return { nodes: [], next: i + 1 };
  const tag = tagOf(v);
  if (tag && INLINE.has(tag.name)) {
    if (tag.kind === 'empty') return { nodes: fromXml(state, v, node), next: i + 1 };
    if (tag.kind === 'open') {
      let depth = 0;
      for (let j = i + 1; j < kids.length; j++) {
        const k = kids[j];
        if (k.type !== 'html') continue;
        const t = tagOf(k.value);
        if (t?.name !== tag.name) continue;
        if (t.kind === 'open') depth++;
        else if (t.kind === 'close' && depth-- === 0) {
          const shell = fromXml(state, v.replace(/>$/, '/>').replace(/\/\/>$/, '/>'), node)[0] as RfcElement | undefined;
          const inner = phrasing(state, { children: kids.slice(i + 1, j) });
          const elem = shell?.type === 'element' ? shell : el(tag.name as ElementName);
          elem.children = inner;
          return { nodes: [elem], next: j + 1 };
        }
      }
    }
  }
  if (tag?.name === 'br') return { nodes: [el('br')], next: i + 1 };
  // `<t>` written inside running text (kramdown-rfc passes it through): keep only its content.
  if (tag?.name === 't') return { nodes: [], next: i + 1 };
  state.reporter.warn('raw-html', `raw HTML "${v.slice(0, 40)}" is not RFC XML and was escaped`, state.pos(node),
    'write Markdown instead, or use an RFC XML inline element such as <sub> or <xref>');
  return { nodes: [text(v)], next: i + 1 };
}

/**
 * Block raw markup: RFC XML elements pass into the tree (a `<reference>` joins the reference
 * entries), comments are dropped, other HTML is reported.
 */
export function blockHtml(state: State, node: Html): RfcNode[] {
  const v = node.value.trim();
  if (/^<!--[\s\S]*-->$/.test(v)) return [];
  const nodes = fromXml(state, v, node);
  registerAnchors(state, nodes, node);
  const out: RfcNode[] = [];
  for (const n of nodes) {
    if (n.type === 'text') {
      if (n.value.trim()) out.push(el('t', {}, [n]));
      continue;
    }
    if (n.type !== 'element') continue;
    if (n.name === 'reference' || n.name === 'referencegroup') {
      if (state.dialect === 'mmark') dropEmptyAttributes(n);
      state.inlineReferences.push(n);
      continue;
    }
    if (!BLOCK.has(n.name) && !INLINE.has(n.name)) {
      state.reporter.warn('raw-html', `<${n.name}> is not an RFC XML element and was left out`, state.pos(node),
        'write Markdown instead, or RFC XML v3 elements');
      continue;
    }
    out.push(INLINE.has(n.name) ? el('t', {}, [n]) : n);
  }
  return out;
}

/**
 * mmark rewrites the reference XML it is given and leaves out attributes with empty values
 * (`<author initials='' surname='' fullname='Austin Wright'>` becomes `<author
 * fullname="Austin Wright">`), so a name is then made from the full name.
 */
function dropEmptyAttributes(e: RfcElement): void {
  for (const [k, v] of Object.entries(e.attributes)) if (v === '') delete e.attributes[k];
  for (const c of e.children) if (c.type === 'element') dropEmptyAttributes(c);
}

/** Anchors defined inside raw XML count as the document's own (`<table anchor="x">`). */
function registerAnchors(state: State, nodes: RfcNode[], at: Html): void {
  for (const n of nodes) {
    if (n.type !== 'element' || n.name === 'reference' || n.name === 'referencegroup') continue;
    if (n.attributes.anchor) defineAnchor(state, n.attributes.anchor, state.pos(at));
    registerAnchors(state, n.children, at);
  }
}
