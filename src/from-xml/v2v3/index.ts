import type { Reporter } from '../../diagnostics/diagnostic.js';
import { el, isElement, type RfcElement, type RfcInstruction, type RfcNode } from '../../tree/nodes.js';
import { convertList, listStyleOf, paragraphs } from './lists.js';
import { convertTexttable, withAmbles } from './tables.js';

const TITLED = new Set(['section', 'references', 'figure', 'note', 'table']);
const SPANX: Record<string, string> = { emph: 'em', strong: 'strong', verb: 'tt' };
const PI_ATTRIBUTES: Record<string, string> = { toc: 'tocInclude', tocdepth: 'tocDepth', symrefs: 'symRefs', sortrefs: 'sortRefs', tocindent: '', compact: '', subcompact: '' };

/** Whether a document is v2: its root says no `version="3"`. */
export function isV2(root: RfcElement): boolean {
  return root.attributes.version !== '3';
}

/**
 * Converts a v2 document tree to v3 in place, as `xml2rfc --v2v3` does: lists, spanx,
 * vspace, texttable, figure preambles and postambles, `title` attributes, and the `<?rfc?>`
 * instructions that have v3 attributes.
 */
export function v2ToV3(root: RfcElement, prolog: RfcInstruction[], reporter: Reporter): RfcInstruction[] {
  root.children = convertChildren(root, reporter);
  root.attributes = { ...root.attributes, version: '3' };
  groupReferences(root);
  const inner = root.children.filter((c): c is RfcInstruction => c.type === 'instruction');
  root.children = root.children.filter((c) => c.type !== 'instruction');
  return [...prolog, ...inner].filter((pi) => {
    const m = /^\s*([\w-]+)\s*=\s*["']([^"']*)["']\s*$/.exec(pi.value);
    if (pi.target !== 'rfc' || !m || !(m[1] in PI_ATTRIBUTES)) return true;
    const attr = PI_ATTRIBUTES[m[1]];
    if (attr) root.attributes[attr] = attr === 'tocDepth' ? m[2] : String(m[2] === 'yes' || m[2] === 'true');
    return false;
  });
}

function convertChildren(parent: RfcElement, reporter: Reporter, listStyle?: string): RfcNode[] {
  const out: RfcNode[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    out.push(...convert(child, reporter, listStyle));
  }
  return out;
}

function convert(e: RfcElement, reporter: Reporter, listStyle?: string): RfcNode[] {
  const name = e.name as string;
  // Lists pass their style down: a nested list without one inherits it.
  // (Inside a list, `listStyle` is always set, so its item paragraphs are left whole for it.)
  const style = name === 'list' ? listStyleOf(e, listStyle) : listStyle;
  e.children = convertChildren(e, reporter, style);
  // v2 wrote yes/no where v3 wants true/false.
  for (const k of ['numbered', 'removeInRFC']) {
    if (e.attributes[k] === 'no') e.attributes[k] = 'false';
    else if (e.attributes[k] === 'yes') e.attributes[k] = 'true';
  }
  if (e.attributes.title !== undefined && TITLED.has(name)) {
    if (e.attributes.title.trim() && !e.children.some((c) => isElement(c, 'name'))) {
      e.children.unshift(el('name', {}, [{ type: 'text', value: e.attributes.title }]));
    }
    delete e.attributes.title;
  }
  switch (name) {
    case 'list': return [convertList(e, listStyle)];
    case 't': {
      // Line breaks (vspace blankLines="0") become <br/>; inside a list item the rest is left
      // for the list, which splits items into paragraphs; elsewhere the paragraph is split here.
      e.children = e.children.flatMap((c) =>
        isElement(c) && (c.name as string) === 'vspace' && Number(c.attributes.blankLines ?? 0) === 0 ? [el('br')] : [c]);
      return listStyle !== undefined ? [e] : paragraphs(e.children, e.attributes);
    }
    case 'spanx': return [el((SPANX[e.attributes.style ?? 'emph'] ?? 'em') as 'em', {}, e.children, e.position)];
    case 'vspace': return [e];
    case 'texttable': return convertTexttable(e);
    case 'figure': {
      const kept = e.children.filter((c) => !(isElement(c) && ['preamble', 'postamble'].includes(c.name as string)));
      // A figure with neither anchor nor title was only a v2 wrapper: its artwork stands alone.
      if (!e.attributes.anchor && !e.attributes.title?.trim() && !kept.some((c) => isElement(c, 'name') && c.children.length)) {
        return withAmbles(e, ...kept.filter((c): c is RfcElement => isElement(c)));
      }
      const figure = el('figure', { anchor: e.attributes.anchor }, kept, e.position);
      if (e.attributes.title && !kept.some((c) => isElement(c, 'name'))) figure.children.unshift(el('name', {}, [{ type: 'text', value: e.attributes.title }]));
      return withAmbles(e, figure);
    }
    case 'artwork': return [artwork(e)];
    case 'facsimile': case 'format': return [e];
    default: return [e];
  }
}

/**
 * Deprecated forms that v3 documents still use and xml2rfc still reads: `title=` attributes
 * (RFC 8700 has them) become `<name>` elements, as in v2 conversion, and `<relref>` (RFC 7991
 * §2.44) becomes the `<xref>` with a section it stands for (`displayFormat` → `sectionFormat`).
 */
export function upgradeDeprecated(e: RfcElement): void {
  if (e.name === 'relref') {
    const { displayFormat, ...rest } = e.attributes;
    e.name = 'xref';
    e.attributes = displayFormat ? { ...rest, sectionFormat: displayFormat } : rest;
  }
  if (e.attributes.title !== undefined && TITLED.has(e.name)) {
    if (e.attributes.title.trim() && !e.children.some((c) => isElement(c, 'name'))) {
      e.children.unshift(el('name', {}, [{ type: 'text', value: e.attributes.title }]));
    }
    delete e.attributes.title;
  }
  for (const c of e.children) if (isElement(c) && c.name !== 'svg') upgradeDeprecated(c);
}

/**
 * Blocks written inside a paragraph (a `<t>` in a `<t>`, a figure in a `<t>`), which
 * xml2rfc tolerates, are moved out between the paragraph's parts, for v2 and v3 input alike.
 */
export function repairParagraphs(e: RfcElement): void {
  if (e.name === 'svg') return;
  const kids: RfcNode[] = [];
  for (const c of e.children) {
    if (isElement(c)) repairParagraphs(c);
    if (isElement(c, 't') && c.children.some((k) => isElement(k) && BLOCKS.has(k.name))) kids.push(...paragraphs(c.children, c.attributes));
    else kids.push(c);
  }
  e.children = kids;
}

const BLOCKS = new Set(['ul', 'ol', 'dl', 'figure', 'table', 'artwork', 'sourcecode', 'aside', 'blockquote', 't']);

/**
 * v2 artwork that is code between `<CODE BEGINS>` and `<CODE ENDS>` lines becomes
 * `<sourcecode markers="true">`; artwork with both a `src` picture and text becomes an
 * `<artset>` of the two, as xml2rfc --v2v3 does.
 */
function artwork(e: RfcElement): RfcElement {
  const body = e.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  const code = /^\s*<CODE BEGINS>(?:[ \t]+file[ \t]+"([^"]*)")?[ \t]*\n([\s\S]*?)\n[ \t]*<CODE ENDS>\s*$/.exec(body);
  if (code) {
    return el('sourcecode', { name: code[1], type: e.attributes.type, markers: 'true', anchor: e.attributes.anchor },
      [{ type: 'text', value: code[2] + '\n' }], e.position);
  }
  if (e.attributes.src && body.trim()) {
    const { src, ...rest } = e.attributes;
    return el('artset', {}, [
      el('artwork', { ...rest, src, type: /\.svg$/i.test(src) ? 'svg' : rest.type }),
      el('artwork', { ...rest, type: 'ascii-art' }, e.children),
    ], e.position);
  }
  return e;
}

/** Several reference lists side by side in `<back>` go under one "References" list, as in v3. */
export function groupReferences(root: RfcElement): void {
  const back = root.children.find((c): c is RfcElement => isElement(c, 'back'));
  if (!back) return;
  const lists = back.children.filter((c): c is RfcElement => isElement(c, 'references'));
  if (lists.length < 2) return;
  const first = back.children.indexOf(lists[0]);
  back.children = back.children.filter((c) => !lists.includes(c as RfcElement));
  back.children.splice(first, 0, el('references', {}, [el('name', {}, [{ type: 'text', value: 'References' }]), ...lists]));
}
