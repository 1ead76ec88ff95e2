import type { Nodes, Parent, Root, Paragraph, PhrasingContent, RootContent, Table, Text } from 'mdast';
import type { IetfSpan } from '../syntax/inline-span/from-markdown.js';
import { parseAldDefinition, parseAttributeList, type AttributeList } from '../syntax/attribute-list.js';
import { SPAN } from '../syntax/dialects.js';
import { addAttributes, ietfData } from './attributes.js';
import type { State } from './state.js';

/** A kramdown extension block (`{::boilerplate bcp14}`) or mmark division (`{mainmatter}`). */
export interface IetfDirective {
  type: 'ietfDirective';
  name: string;
  value: string;
  position?: import('unist').Position;
}

/** An aside (mmark `A>`), whose children are blocks. */
export interface IetfAside {
  type: 'ietfAside';
  children: RootContent[];
  position?: import('unist').Position;
}

/** `<aside markdown="block">…</aside>`: an XML element whose content is Markdown (kramdown). */
export interface IetfXmlBlock {
  type: 'ietfXmlBlock';
  name: string;
  attributes: Record<string, string>;
  children: RootContent[];
  position?: import('unist').Position;
}

/** mmark `!---` … `!---`: one figure holding several pictures (an `<artset>`) or one. */
export interface IetfFigure {
  type: 'ietfFigure';
  images: import('mdast').Image[];
  position?: import('unist').Position;
}

declare module 'mdast' {
  interface RootContentMap {
    ietfDirective: IetfDirective;
    ietfAside: IetfAside;
    ietfXmlBlock: IetfXmlBlock;
    ietfFigure: IetfFigure;
  }
  interface BlockContentMap {
    ietfDirective: IetfDirective;
    ietfAside: IetfAside;
    ietfXmlBlock: IetfXmlBlock;
    ietfFigure: IetfFigure;
  }
}

const MARKDOWN_BLOCK = /^<([A-Za-z][\w-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*>/;

/**
 * kramdown's `<tag markdown="block">` … `</tag>`: the content between the tags is Markdown.
 * CommonMark ends an HTML block at a blank line, so the element may span several siblings;
 * the content is read back from the source and parsed again.
 */
function markdownBlock(state: State, kids: RootContent[], i: number): { node: IetfXmlBlock; next: number } | undefined {
  const open = kids[i];
  if (open.type !== 'html' || open.position?.start.offset === undefined) return undefined;
  const m = MARKDOWN_BLOCK.exec(open.value);
  if (!m || !/\bmarkdown\s*=\s*["'](1|block|span)["']/.test(m[2])) return undefined;
  const name = m[1];
  const start = open.position.start.offset + m[0].length;
  const close = state.source.indexOf(`</${name}>`, start);
  if (close < 0) {
    state.reporter.error('unclosed-element', `<${name} markdown="…"> is never closed`, state.pos(open), `add </${name}> after its content`);
    return undefined;
  }
  let next = i + 1;
  while (next < kids.length && (kids[next].position?.start.offset ?? Infinity) < close) next++;
  const attributes: Record<string, string> = {};
  for (const a of m[2].matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) if (a[1] !== 'markdown') attributes[a[1]] = a[2] ?? a[3];
  const before = state.source.slice(0, start);
  const line = before.split('\n').length - 1;
  const column = start - before.lastIndexOf('\n') - 1;
  const root = reparse(state, ' '.repeat(column) + state.source.slice(start, close), line);
  return { node: { type: 'ietfXmlBlock', name, attributes, children: root.children, position: open.position }, next };
}

const ATTRIBUTE_KINDS: string[] = [SPAN.kramdownIal, SPAN.mmarkAttributes, SPAN.headingId];

function isSpace(n: PhrasingContent): boolean {
  return n.type === 'text' && n.value.trim() === '';
}

function isAttrSpan(n: PhrasingContent | undefined): n is IetfSpan & PhrasingContent {
  return !!n && (n as { type: string }).type === 'ietfSpan' && ATTRIBUTE_KINDS.includes((n as IetfSpan).kind);
}

/** The attribute lists of a paragraph made only of attribute lists, or undefined. */
function onlyAttributes(p: Paragraph): IetfSpan[] | undefined {
  const spans = p.children.filter((c) => !isSpace(c));
  if (spans.length === 0 || !spans.every(isAttrSpan)) return undefined;
  return spans as unknown as IetfSpan[];
}

function spanList(span: IetfSpan): AttributeList | undefined {
  if (span.kind === SPAN.headingId) return { id: span.value, classes: [], attributes: {}, references: [] };
  return parseAttributeList(span.value);
}

function rawOf(state: State, node: Nodes): string {
  const p = node.position;
  return p?.start.offset !== undefined && p.end.offset !== undefined ? state.source.slice(p.start.offset, p.end.offset) : '';
}

function adjacent(a: Nodes | undefined, b: Nodes): boolean {
  return !!a?.position && !!b.position && b.position.start.line - a.position.end.line <= 1;
}

/**
 * Applies the block-level syntax both dialects layer over CommonMark, in place, over every
 * container in the tree: attribute lists on their own line, ALD definitions, trailing
 * heading IDs, extension blocks, captions, asides and division markers.
 */
export function applyBlockSyntax(state: State, parent: Parent): void {
  const out: RootContent[] = [];
  const kids = parent.children as RootContent[];
  let pendingForNext: AttributeList[] = [];
  let skipUntil: string | null = null;

  for (let i = 0; i < kids.length; i++) {
    const node = kids[i];
    if (!skipUntil && node.type === 'html') {
      const block = markdownBlock(state, kids, i);
      if (block) {
        out.push(block.node);
        i = block.next - 1;
        continue;
      }
      const next = rawXmlAcrossBlankLines(state, kids, i);
      if (next > i + 1) {
        i = next - 1;
        out.push(node);
        continue;
      }
    }
    if (skipUntil) {
      if (node.type === 'paragraph' && onlyAttributes(node)?.some((s) => s.value === `/${skipUntil}`)) skipUntil = null;
      else if (skipUntil === 'nomarkdown') out.push(node);
      continue;
    }

    if (node.type === 'paragraph') {
      const spans = onlyAttributes(node);
      if (spans) {
        const handled = handleAttributeParagraph(state, spans, node, out, kids[i + 1]);
        if (handled === 'next') pendingForNext.push(...spans.map(spanList).filter((l): l is AttributeList => !!l));
        else if (typeof handled === 'object') {
          if (handled.skip) skipUntil = handled.skip;
          if (handled.node) out.push(handled.node);
        }
        continue;
      }
      if (state.dialect === 'mmark') {
        const generated = mmarkGeneratedDirective(rawOf(state, node), node);
        if (generated) { out.push(generated); continue; }
        const special = mmarkParagraph(state, node, out);
        if (special === 'consumed') continue;
        if (special) { out.push(special); continue; }
      }
      if (state.dialect !== 'mmark') leadingParagraphAttributes(state, node, out[out.length - 1]);
      trailingParagraphAttributes(state, node);
    }

    if (node.type === 'heading') headingAttributes(state, node);
    if (node.type === 'table') tableTrailer(state, node);
    for (const list of pendingForNext) addAttributes(state, node, list);
    pendingForNext = [];
    if (state.dialect !== 'mmark' && (node.type === 'list' || (node.type as string) === 'defList')) listTrailer(state, node as Parent);
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') {
      applyBlockSyntax(state, node as Parent);
    }
    out.push(node);
  }
  parent.children = out as never;
}

/** Directives that generate content read the same in mmark: `{::schema-table FILE#/ptr}` on a line of its own. */
const GENERATED_DIRECTIVE = /^\{::(schema-table|schema-list|implementation-status)(?:\s+([^{}]*))?\}$/;

function mmarkGeneratedDirective(raw: string, node: Paragraph): IetfDirective | undefined {
  const m = GENERATED_DIRECTIVE.exec(raw.trim());
  return m ? { type: 'ietfDirective', name: m[1], value: (m[2] ?? '').trim(), position: node.position } : undefined;
}

type AttributeOutcome = 'next' | 'done' | { skip?: string; node?: RootContent };

function handleAttributeParagraph(state: State, spans: IetfSpan[], node: Paragraph, out: RootContent[], next: RootContent | undefined): AttributeOutcome {
  const first = spans[0];
  if (first.kind === SPAN.mmarkAttributes && /^(frontmatter|mainmatter|backmatter)$/.test(first.value)) {
    return { node: { type: 'ietfDirective', name: 'division', value: first.value, position: node.position } };
  }
  if (first.kind === SPAN.kramdownIal) {
    const ext = /^:([a-z][\w-]*)(?:\s+(.*))?$/s.exec(first.value);
    if (ext) {
      const [, name, arg = ''] = ext;
      if (name === 'nomarkdown' || name === 'comment') return { skip: name };
      return { node: { type: 'ietfDirective', name, value: arg.trim(), position: node.position } };
    }
    if (first.value.startsWith('/')) return 'done';
    const ald = parseAldDefinition(first.value);
    if (ald && spans.length === 1) {
      state.alds.set(ald.name, ald.list);
      return 'done';
    }
  }
  const prev = out[out.length - 1];
  // kramdown: an IAL right under a block belongs to it; otherwise to the block that follows.
  // mmark: block attributes always precede their block.
  const toPrevious = state.dialect !== 'mmark' && first.kind === SPAN.kramdownIal && prev && adjacent(prev, node) &&
    !(next && adjacent(node, next) && !adjacent(prev, node));
  if (toPrevious) {
    for (const s of spans) {
      const l = spanList(s);
      if (l) addAttributes(state, prev, l);
    }
    return 'done';
  }
  if (!next) {
    if (prev) for (const s of spans) { const l = spanList(s); if (l) addAttributes(state, prev, l); }
    return 'done';
  }
  return 'next';
}

/**
 * kramdown: an IAL line right under a block and right above a paragraph belongs to the block
 * above (`# Acknowledgements\n{:numbered="false"}\nRFC 6265 was…`: rfc6265bis' unnumbered
 * appendix). CommonMark reads the IAL as the paragraph's first line.
 */
function leadingParagraphAttributes(state: State, p: Paragraph, prev: RootContent | undefined): void {
  const [first, second] = p.children;
  if (!prev || !adjacent(prev, p) || !isAttrSpan(first) || (first as IetfSpan).kind !== SPAN.kramdownIal) return;
  if (second?.type !== 'text' || !/^[ \t]*\n/.test(second.value)) return;
  const list = spanList(first as IetfSpan);
  if (!list) return;
  second.value = second.value.replace(/^[ \t]*\n/, '');
  p.children = p.children.slice(1);
  addAttributes(state, prev, list);
}

/**
 * kramdown: an IAL at the left margin right under a list or definition list belongs to the
 * list (`{: indent="5"}` under rfc9000's frame-type legend), though CommonMark reads it as a
 * lazy last line of the last item's paragraph.
 */
function listTrailer(state: State, list: Parent): void {
  const item = list.children[list.children.length - 1] as Nodes | undefined;
  const p = item && 'children' in item ? item.children[item.children.length - 1] as Nodes | undefined : undefined;
  // A description or item whose paragraph is its last block.
  if (!p || p.type !== 'paragraph') return;
  const kids = p.children;
  let end = kids.length;
  while (end > 0 && isSpace(kids[end - 1])) end--;
  const last = kids[end - 1];
  if (!isAttrSpan(last) || (last as IetfSpan).kind !== SPAN.kramdownIal || last.position?.start.column !== 1) return;
  const before = kids[end - 2] as Text | undefined;
  if (!before || before.type !== 'text' || !/\n[ \t]*$/.test(before.value)) return;
  const attrs = spanList(last as IetfSpan);
  if (!attrs) return;
  before.value = before.value.replace(/\s+$/, '');
  p.children = kids.slice(0, end - 1);
  addAttributes(state, list as Nodes, attrs);
}

/** kramdown: `text\n{: #id}` — an IAL on the paragraph's last line belongs to the paragraph. */
function trailingParagraphAttributes(state: State, p: Paragraph): void {
  const kids = p.children;
  let end = kids.length;
  while (end > 0 && isSpace(kids[end - 1])) end--;
  const last = kids[end - 1];
  if (!isAttrSpan(last) || (last as IetfSpan).kind !== SPAN.kramdownIal) return;
  const before = kids[end - 2] as Text | undefined;
  if (!before || before.type !== 'text' || !/\n[ \t]*$/.test(before.value)) return;
  const list = spanList(last as IetfSpan);
  if (!list) return;
  before.value = before.value.replace(/\s+$/, '');
  p.children = kids.slice(0, end - 1);
  addAttributes(state, p, list);
}

/** `# Title {#id}`, `# Title {: .x}`: attributes at the end of a heading. */
function headingAttributes(state: State, h: { children: PhrasingContent[] }): void {
  const kids = h.children;
  let end = kids.length;
  while (end > 0 && isSpace(kids[end - 1])) end--;
  const last = kids[end - 1];
  if (!isAttrSpan(last)) return;
  const list = spanList(last as IetfSpan);
  if (!list) return;
  h.children = kids.slice(0, end - 1);
  const before = h.children[h.children.length - 1];
  if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
  addAttributes(state, h as never, list);
}

const CAPTION = /^(Figure|Table|Quote):\s/;

/** mmark block syntax that CommonMark reads as a paragraph: captions and asides. */
function mmarkParagraph(state: State, p: Paragraph, out: RootContent[]): RootContent | 'consumed' | undefined {
  const raw = rawOf(state, p);
  const prev = out[out.length - 1];
  const cap = CAPTION.exec(raw);
  if (cap && prev && ['code', 'table', 'blockquote', 'ietfAside', 'html', 'ietfFigure'].includes(prev.type)) {
    const first = p.children[0];
    if (first?.type === 'text') first.value = first.value.replace(CAPTION, '');
    captionWithId(state, prev, p.children);
    return 'consumed';
  }
  if (/^!---\n[\s\S]*\n!---(\nFigure:\s[\s\S]*)?$/.test(raw)) {
    // The caption may follow the closing line directly, inside the same paragraph.
    const kids = p.children.slice();
    const at = kids.findIndex((c) => c.type === 'text' && /\n!---\nFigure:\s/.test(c.value));
    let caption: PhrasingContent[] | undefined;
    if (at >= 0) {
      const t = kids[at] as Text;
      const [head, tail] = t.value.split(/\n!---\nFigure:\s/);
      caption = [{ type: 'text', value: tail }, ...kids.slice(at + 1)];
      kids.splice(at, kids.length - at, { type: 'text', value: head + '\n!---' });
    }
    const images = kids.filter((c): c is import('mdast').Image => c.type === 'image');
    if (images.length && kids.every((c) => c.type === 'image' || (c.type === 'text' && /^[\s!-]*$/.test(c.value)))) {
      const fig: IetfFigure = { type: 'ietfFigure', images, position: p.position };
      if (caption) captionWithId(state, fig as never, caption);
      return fig;
    }
  }
  if (/^A>/.test(raw) && raw.split('\n').every((l) => /^A>/.test(l))) {
    // `A> ` becomes spaces, so columns inside the aside stay those of the file.
    const inner = raw.split('\n').map((l) => l.replace(/^A> ?/, (m) => ' '.repeat(m.length))).join('\n');
    const root = reparse(state, inner, (p.position?.start.line ?? 1) - 1);
    return { type: 'ietfAside', children: root.children, position: p.position };
  }
  return undefined;
}

/** A caption may end in `{#id}`, which names the whole figure or table. */
function captionWithId(state: State, target: Nodes, caption: PhrasingContent[]): void {
  const kids = caption.slice();
  let end = kids.length;
  while (end > 0 && isSpace(kids[end - 1])) end--;
  const last = kids[end - 1];
  if (isAttrSpan(last)) {
    const list = spanList(last as IetfSpan);
    if (list) addAttributes(state, target, list);
    kids.splice(end - 1);
    const before = kids[kids.length - 1];
    if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
  }
  ietfData(target).caption = kids as never;
}

/**
 * A line right under a table is read by GFM as one more row: kramdown's `{: #id title="…"}`
 * and mmark's `Table: caption` must be taken back out of it.
 */
function tableTrailer(state: State, t: Table): void {
  const last = t.children[t.children.length - 1];
  if (!last || t.children.length < 2) return;
  const raw = rawOf(state, last as never).trim();
  const ial = /^\{:(.*)\}$/.exec(raw);
  if (ial && state.dialect !== 'mmark') {
    const list = parseAttributeList(ial[1]) ?? undefined;
    if (!list) return;
    t.children.pop();
    addAttributes(state, t, list);
    return;
  }
  if (state.dialect !== 'mmark' || !CAPTION.test(raw)) return;
  t.children.pop();
  const cells = last.children.flatMap((c) => c.children);
  const first = cells[0];
  if (first?.type === 'text') first.value = first.value.replace(CAPTION, '');
  captionWithId(state, t, cells);
}

/**
 * Parses a piece of the document again (an aside's or an element's content) and applies the
 * block syntax to it. Positions in the new tree are offsets into the piece, so the block
 * syntax must read raw text from the piece, not from the document.
 */
function reparse(state: State, text: string, lineOffset: number): Root {
  const root = state.reparse(text, lineOffset);
  applyBlockSyntax({ ...state, source: '\n'.repeat(lineOffset) + text }, root);
  return root;
}

/**
 * CommonMark ends a raw HTML block at the first blank line, but an XML element such as a
 * `<reference>` may hold blank lines. When the element's closing tag comes later, the node
 * takes the source up to it and the siblings in between are dropped. Returns the index of
 * the first sibling after the element.
 */
function rawXmlAcrossBlankLines(state: State, kids: RootContent[], i: number): number {
  const node = kids[i];
  if (node.type !== 'html' || node.position?.start.offset === undefined) return i + 1;
  const m = /^\s*<([A-Za-z][\w-]*)\b[^>]*?(\/?)>/.exec(node.value);
  if (!m || m[2] === '/' || node.value.includes(`</${m[1]}>`)) return i + 1;
  const start = node.position.start.offset;
  const close = state.source.indexOf(`</${m[1]}>`, start);
  if (close < 0) return i + 1;
  const end = close + m[1].length + 3;
  let next = i + 1;
  while (next < kids.length && (kids[next].position?.start.offset ?? Infinity) < end) next++;
  if (next === i + 1) return i + 1;
  node.value = state.source.slice(start, end);
  return next;
}
