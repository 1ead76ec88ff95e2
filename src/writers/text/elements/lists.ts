import { isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { blankline, concat, hang, hardline, indent, type Doc } from '../doc/index.js';
import { listCounter } from '../../../prep/xrefs.js';
import type { TextState } from '../state.js';
import { availableWidth, withIndent } from './figure.js';

/** xml2rfc's default list symbols, by depth of `<ul>` nesting. */
const SYMBOLS = ['*', '-', 'o', '+'];

/**
 * Per rendering (keyed by the writer's state, so that rendering one document twice counts
 * its list groups from 1 both times): `<ul>` nesting depth, `<li>` counters of enclosing
 * ordered lists, group counters.
 */
interface ListContext { ulDepth: number; counters: string[]; groups: Map<string, number> }
const contexts = new WeakMap<TextState, ListContext>();
function context(state: TextState): ListContext {
  let c = contexts.get(state);
  if (!c) contexts.set(state, (c = { ulDepth: 0, counters: [], groups: new Map() }));
  return c;
}

/** One counter value in an `<ol>` style: c/C letters, d decimal, i/I roman, o octal, x/X hex. */
export function counterText(n: number, style: string): string {
  switch (style) {
    case 'o': return n.toString(8);
    case 'O': return n.toString(8).toUpperCase();
    case 'x': return n.toString(16);
    case 'X': return n.toString(16).toUpperCase();
    case 'd': case '1': return String(n);
    default: return listCounter(n, style);
  }
}

/** An `<ol>` type as xml2rfc reads it: a format with one `%s` slot, and the counter style. */
export function olFormat(type: string | undefined, parentCounter = ''): { format: string; style: string } {
  let t = type || '1';
  t = t.replace('%p', parentCounter);
  if (t.length > 1) {
    const m = /%([cCdiIoOxX])/.exec(t);
    if (!m) return { format: '%s', style: 'd' };
    return { format: t.slice(0, m.index) + '%s' + t.slice(m.index + 2), style: m[1] };
  }
  return { format: '%s.', style: t };
}

/** The widest counter of a list of `count` items (num_width in xml2rfc). */
function numWidth(style: string, count: number): number {
  let w = 0;
  for (let n = 1; n <= Math.max(1, count); n++) w = Math.max(w, counterText(n, style).length);
  return w;
}

/** The first word of an element's text. */
function firstWord(e: RfcElement): string {
  return textContent(e).trim().split(/\s+/)[0] ?? '';
}

const INLINE = new Set(['em', 'strong', 'tt', 'xref', 'eref', 'bcp14', 'sub', 'sup', 'iref', 'cref', 'br', 'u', 'span']);
const NO_MARKER_JOIN = new Set(['artwork', 'figure', 'sourcecode', 'artset']);

/** `<ul>`/`<ol>`: a marker padded to the list's indent, the item's content hanging under it. */
export function list(state: TextState, e: RfcElement): Doc {
  const ctx = context(state);
  const items = e.children.filter((c): c is RfcElement => isElement(c, 'li'));
  const compact = e.attributes.spacing === 'compact';
  const parts: Doc[] = [];
  const indentAttr = e.attributes.indent && /^\d+$/.test(e.attributes.indent) ? Number(e.attributes.indent) : undefined;
  let padding: number;
  let markerOf: (i: number) => string;
  let bare = false;
  let counter = 0;
  let format = '';
  let style = '';
  if (e.name === 'ol') {
    ({ format, style } = olFormat(e.attributes.type, ctx.counters[ctx.counters.length - 1] ?? ''));
    const group = e.attributes.group;
    counter = e.attributes.start !== undefined ? Number(e.attributes.start) || 1 : group && ctx.groups.has(group) ? ctx.groups.get(group)! : 1;
    const adaptive = format.replace('%s', ' '.repeat(numWidth(style, items.length))).length + 2;
    padding = indentAttr ?? adaptive;
    const first = counter;
    markerOf = (i) => format.replace('%s', counterText(first + i, style));
    if (group) ctx.groups.set(group, counter + items.length);
  } else {
    const empty = e.attributes.empty === 'true';
    bare = empty && e.attributes.bare === 'true';
    const symbol = empty ? ' ' : SYMBOLS[ctx.ulDepth % SYMBOLS.length];
    let ind = symbol.length + 2;
    if (bare && items.length) {
      const w = firstWord(items[items.length - 1]);
      if (w) ind = Math.min(8, w.length + 2);
    }
    padding = indentAttr ?? ind;
    markerOf = () => (bare ? '' : symbol);
  }
  if (e.name === 'ul') ctx.ulDepth++;
  try {
    items.forEach((li, i) => {
      if (i) parts.push(compact ? hardline : blankline);
      const marker = markerOf(i);
      if (e.name === 'ol') ctx.counters.push(marker);
      let body: Doc;
      try {
        body = withIndent(padding, () => itemBlocks(state, li, padding, compact));
      } finally {
        if (e.name === 'ol') ctx.counters.pop();
      }
      const firstBlock = li.children.find((c): c is RfcElement => isElement(c) || (c.type === 'text' && !!c.value.trim()));
      if (bare) {
        // Paragraphs of a bare item stay at the margin; nested blocks are indented.
        const kids: Doc[] = [];
        const run: typeof li.children = [];
        const flush = () => {
          if (!run.length) return;
          const d = state.blocks(run.splice(0), compact);
          if (d !== '') kids.push(d);
        };
        for (const k of li.children) {
          if (isElement(k) && k.name !== 't' && !INLINE.has(k.name)) {
            flush();
            const d = withIndent(padding, () => state.blocks([k], compact));
            if (d !== '') kids.push(indent(padding, d));
          } else run.push(k);
        }
        flush();
        const joined: Doc[] = [];
        kids.forEach((k, j) => { if (j) joined.push(compact ? hardline : blankline); joined.push(k); });
        parts.push(concat(...joined));
      } else if (firstBlock && isElement(firstBlock) && (firstBlock.name === 'ol' || firstBlock.name === 'ul' || firstBlock.name === 'artwork')) {
        // xml2rfc joins the marker only to a first line of text: before a nested list or
        // artwork (elements.xml) it is lost.
        parts.push(indent(padding, body));
      } else if (firstBlock && isElement(firstBlock) && NO_MARKER_JOIN.has(firstBlock.name)) {
        parts.push(concat(marker.trimEnd(), hardline, indent(padding, body)));
      } else {
        const label = marker.length < padding ? marker.padEnd(padding) : marker + ' ';
        parts.push(concat(label, hang(padding, body)));
      }
    });
  } finally {
    if (e.name === 'ul') ctx.ulDepth--;
  }
  return concat(...parts);
}

/**
 * The blocks of a list item. Artwork and source code directly in an item sit three columns in
 * from the list's margin, whatever the item's hanging indent: xml2rfc puts them at column 14 in
 * a "1." list as in a "*" one (elements.xml), while figures follow the item's text.
 */
function itemBlocks(state: TextState, li: RfcElement, padding: number, compact: boolean): Doc {
  const shift = 3 - padding;
  return state.blocks(li.children, compact, (c) => (c.name === 'artwork' || c.name === 'sourcecode' ? shift : 0));
}

/**
 * Whether the first word of a definition's own leading text is wider than the room beside its
 * term: then the definition starts on the next line, as xml2rfc does ("URI:" and a long URN).
 */
function firstWordOverflows(dd: RfcElement, room: number): boolean {
  const head = dd.children[0];
  if (!head || head.type !== 'text') return false;
  const word = head.value.trim().split(/\s+/, 1)[0] ?? '';
  return word.length > room;
}

/** Blocks that always start a definition on the line after its term. */
const NEWLINE_TAGS = new Set(['artset', 'artwork', 'aside', 'blockquote', 'figure', 'ol', 'sourcecode', 'table', 'ul']);

/**
 * `<dl>`: each term at the margin; its definition beside it after two spaces (hanging at the
 * list's indent, 3 by default) or, with `newline="true"` or a block first, on the next line.
 */
export function definitionList(state: TextState, e: RfcElement): Doc {
  const compact = e.attributes.spacing === 'compact';
  const newline = e.attributes.newline === 'true';
  const width = Number(e.attributes.indent ?? 3) || 3;
  const parts: Doc[] = [];
  let first = true;
  let dtLen = 0;
  let pendingDt = false;
  for (const c of e.children) {
    if (!isElement(c)) continue;
    if (c.name === 'dt') {
      if (!first) parts.push(compact ? hardline : blankline);
      first = false;
      const term = textContent(c).replace(/\s+/g, ' ').trim();
      parts.push(state.blocks([c]));
      dtLen = term.length;
      pendingDt = true;
    } else if (c.name === 'dd') {
      const lead = c.children.find((k) => isElement(k) || (k.type === 'text' && k.value.trim()));
      // A definition that starts with a line break starts on the line after its term.
      const leadBreak = !!lead && isElement(lead, 'br');
      const kids = leadBreak ? c.children.slice(c.children.indexOf(lead) + 1) : c.children;
      const body = withIndent(width, () => state.blocks(kids));
      const nl = newline || leadBreak || (!!lead && isElement(lead) && NEWLINE_TAGS.has((lead as RfcElement).name))
        || firstWordOverflows(c, availableWidth() - 2 - Math.max(dtLen, width - 2));
      if (!pendingDt) {
        if (!first) parts.push(compact ? hardline : blankline);
        first = false;
        parts.push(indent(width, body));
      } else if (nl || dtLen > 72) {
        // With newline="true" a leading break still counts: it leaves an empty line (elements.xml).
        parts.push(hardline, ...(newline && leadBreak ? [hardline] : []), indent(width, body));
      } else {
        const pad = dtLen < width ? ' '.repeat(Math.max(0, width - 2 - dtLen)) : '';
        parts.push(concat(pad, '  ', hang(width, body)));
      }
      pendingDt = false;
    }
  }
  return concat(...parts);
}
