import type { MarkdownIt } from 'markdown-it';
import type { Nodes, Root } from 'mdast';
import type { Position } from 'unist';
import { InlineConverter, identifier } from './inline-to-mdast.js';
import { InlineMap, type LocatedToken, type SourceIndex } from './positions.js';
import { LINE_TOKEN } from './line-rule.js';
import { rowCells } from './table-row.js';
import { DEFINITION_TOKEN, type DefinitionMeta } from './definition-rule.js';

type Block = { type: string; children?: Nodes[]; position?: Position; [k: string]: unknown };
/** An open block token; node is null for those without a node (thead, tbody). */
interface Open { node: Block | null; token: LocatedToken }

/**
 * Builds the mdast tree of a markdown-it token stream, as mdast-util-from-markdown builds it
 * from micromark's events (same node types, fields and positions): a handler per token type.
 */
export function tokensToMdast(tokens: LocatedToken[], index: SourceIndex, md: MarkdownIt, env: object): Root {
  const root: Block = { type: 'root', children: [] };
  const inline = new InlineConverter(index, md);
  const stack: Open[] = [];
  let parent = root;
  let table: Block | undefined;
  const point = (o: number) => index.point(o);
  const add = (node: Block) => parent.children!.push(node as Nodes);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const start = t.srcStart ?? (t.map ? index.lineStart(t.map[0]) : 0);
    if (t.type === 'tr_open' && table) {
      i = tableRow(i, table);
      continue;
    }
    if (t.nesting === 1) {
      const node = openNode(t);
      if (node) {
        node.position = { start: point(start), end: point(start) };
        if (node.type === 'table') table = node;
        add(node);
        parent = node;
      }
      stack.push({ node: node ?? null, token: t });
      continue;
    }
    if (t.nesting === -1) {
      const top = stack.pop();
      parent = root;
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].node) {
          parent = stack[k].node!;
          break;
        }
      }
      if (top?.node) closeNode(top as { node: Block; token: LocatedToken });
      continue;
    }
    switch (t.type) {
      case 'inline': {
        const map = new InlineMap(t.content, index, t.map ? t.map[0] : 0, parent.position!.start.offset!);
        const children = inline.convert((t.children ?? []) as LocatedToken[], t.content, map);
        parent.children!.push(...(children as Nodes[]));
        // A paragraph ends with its last line (trailing white space included).
        if (parent.type === 'paragraph' && t.map) parent.position!.end = point(index.lineEnd(t.map[1] - 1));
        break;
      }
      case 'fence': {
        // micromark: the language up to white space, the meta after it with its trailing white space.
        const info = md.utils.unescapeAll(t.info).replace(/^[ \t]+/, '');
        const sp = info.search(/[\t ]/);
        const lang = info.trim() === '' ? null : sp < 0 ? info : info.slice(0, sp);
        const rest = sp < 0 ? '' : info.slice(sp).replace(/^[ \t]+/, '');
        const meta = rest.trim() === '' ? null : rest;
        // An unclosed fence at the end of the document runs to its very end.
        const end = !fenceClosed(t) && t.map![1] >= index.starts.length - 1 ? index.text.length : index.lineEnd(t.map![1] - 1);
        add({ type: 'code', lang, meta, value: t.content.replace(/\n$/, ''), position: span(start, end) });
        break;
      }
      case 'code_block':
        // Indented code starts with its indent.
        add({ type: 'code', lang: null, meta: null, value: t.content.replace(/\n+$/, ''), position: span(indentStart(start, t.srcIndent ?? 0), indentedCodeEnd(t)) });
        break;
      case 'html_block': {
        // An HTML block whose end condition never came runs to the end of the document.
        const open = htmlRunsToEnd(t) && t.map![1] >= index.starts.length - 1;
        const value = open ? t.content.replace(/\n$/, index.text.endsWith('\n') ? '\n' : '') : t.content.replace(/\n+$/, '');
        add({ type: 'html', value, position: span(indentStart(start, t.srcIndent ?? 0), open ? index.text.length : index.lineEnd(lastLine(t))) });
        break;
      }
      case 'hr':
        add({ type: 'thematicBreak', position: span(start, index.lineEnd(t.map![0])) });
        break;
      case LINE_TOKEN:
        add({ type: 'ietfLine', kind: (t.meta as { kind: string }).kind, value: t.content, position: span(start, index.lineEnd(t.map![0])) });
        break;
      case DEFINITION_TOKEN: {
        const d = t.meta as DefinitionMeta;
        add({ type: 'definition', identifier: d.identifier, label: d.label, title: d.title, url: d.url, position: span(start, d.end) });
        break;
      }
      default:
        break;
    }
  }
  root.position = { start: point(0), end: point(index.text.length) };
  return root as Root;

  /**
   * A table row from its source line (see table-row.ts); the cells markdown-it parsed give
   * their inline content, cells past the header's count are parsed here. Returns the index
   * of the row's close token.
   */
  function tableRow(at: number, tableNode: Block): number {
    const open = tokens[at];
    const inlines: LocatedToken[] = [];
    let j = at + 1;
    const header = tableNode.children!.length === 0;
    for (; j < tokens.length && tokens[j].type !== 'tr_close'; j++) {
      if (tokens[j].type === 'inline') inlines.push(tokens[j]);
      if (header && tokens[j].type === 'th_open') (tableNode.align as unknown[]).push(cellAlign(tokens[j]));
    }
    const line = open.map ? open.map[0] : 0;
    const row = rowCells(index, line, tableNode.position!.start.offset!);
    const node: Block = { type: 'tableRow', children: [], position: span(row.start, row.end) };
    for (let k = 0; k < row.cells.length; k++) {
      const c = row.cells[k];
      const cell: Block = { type: 'tableCell', children: [], position: span(c.start, c.end) };
      let content: string;
      let children: LocatedToken[];
      const own = index.text.slice(c.contentStart, c.contentEnd).replace(/\\\|/g, '|');
      if (k < inlines.length && inlines[k].content === own) {
        content = inlines[k].content;
        children = (inlines[k].children ?? []) as LocatedToken[];
      } else {
        // A cell past the header's count, or one markdown-it trimmed otherwise (JavaScript's
        // trim also takes no-break spaces, micromark only spaces and tabs).
        content = own;
        children = [];
        md.inline.parse(content, md, env, children);
      }
      if (content !== '') {
        const map = new InlineMap(content, index, line, c.contentStart);
        cell.children = inline.convert(children, content, map) as Nodes[];
      }
      node.children!.push(cell as Nodes);
    }
    tableNode.children!.push(node as Nodes);
    tableNode.position!.end = node.position!.end;
    return j;
  }

  function span(s: number, e: number): Position {
    return { start: point(s), end: point(e) };
  }

  /** Back from a block's first character over its indent inside its container (micromark starts indented code and HTML there). */
  function indentStart(at: number, columns: number): number {
    const src = index.text;
    const ls = index.lineStart(index.lineOf(at));
    let p = at;
    while (p > ls && at - p < columns + 8 && (src.charCodeAt(p - 1) === 32 || src.charCodeAt(p - 1) === 9)) p--;
    // The first place from which the white space up to `at` is at most `columns` wide (tabs to multiples of 4).
    for (; p < at; p++) {
      let col = p - ls;
      const from = col;
      for (let q = p; q < at; q++) col = src.charCodeAt(q) === 9 ? col + 4 - (col % 4) : col + 1;
      if (col - from <= columns) break;
    }
    return p;
  }

  /**
   * micromark reads definitions and the setext heading text right after them as one piece of
   * content, and starts the heading where the first of those definitions starts. (Called
   * when `parent` is the heading's container again.)
   */
  function setextAfterDefinitions(heading: Block): void {
    const siblings = parent.children!;
    let k = siblings.length - 2;
    let line = heading.position!.start.line;
    let start: Position['start'] | undefined;
    while (k >= 0 && siblings[k].type === 'definition' && siblings[k].position!.end.line === line - 1) {
      start = siblings[k].position!.start;
      line = start.line;
      k--;
    }
    if (start) heading.position!.start = { ...start };
  }

  /** Does a fence's last line close it? */
  function fenceClosed(t: LocatedToken): boolean {
    const last = t.map![1] - 1;
    if (last <= t.map![0]) return false;
    const raw = index.text.slice(index.lineStart(last), index.lineEnd(last));
    const line = raw.trim();
    // Indented four columns past the opening fence's, it is content.
    const column = (t.srcStart ?? 0) - index.lineStart(t.map![0]);
    if (raw.length - raw.trimStart().length >= column + 4) return false;
    const c = t.markup[0];
    let n = 0;
    while (n < line.length && line[n] === c) n++;
    return n >= t.markup.length && line.slice(n).trim() === '';
  }

  /** Indented code ends with its last line of content, or a later white-space line of four columns or more. */
  function indentedCodeEnd(t: LocatedToken): number {
    let last = t.map![1] - 1;
    const lines = index.starts.length;
    while (last + 1 < lines) {
      const text = index.text.slice(index.lineStart(last + 1), index.lineEnd(last + 1));
      if (text.trim() !== '' || text.length < 4) break;
      last++;
    }
    return index.lineEnd(last);
  }

  /** The last line of a block that is not blank. */
  function lastLine(t: LocatedToken): number {
    let l = t.map![1] - 1;
    while (l > t.map![0] && index.text.slice(index.lineStart(l), index.lineEnd(l)).trim() === '') l--;
    return l;
  }

  /** Ends a container node: its end, and what depends on its children (spread, task list items). */
  function closeNode(open: { node: Block; token: LocatedToken }): void {
    const { node, token } = open;
    const kids = node.children ?? [];
    const last = kids[kids.length - 1];
    switch (node.type) {
      case 'paragraph':
        break;
      case 'heading':
        node.position!.end = point(index.lineEnd(token.map![1] - 1));
        if (token.markup === '=' || token.markup === '-') setextAfterDefinitions(node);
        break;
      case 'list': {
        if (last?.position) node.position!.end = last.position.end;
        let spread = false;
        for (let k = 1; k < kids.length; k++) if (kids[k].position!.start.line > kids[k - 1].position!.end.line + 1) spread = true;
        node.spread = spread;
        break;
      }
      case 'listItem': {
        taskListItem(node);
        if (last?.position) node.position!.end = last.position.end;
        else node.position!.end = point(index.lineEnd(token.map![0]));
        let spread = false;
        for (let k = 1; k < kids.length; k++) if (kids[k].position!.start.line > kids[k - 1].position!.end.line + 1) spread = true;
        node.spread = spread;
        break;
      }
      case 'blockquote':
        // A block quote ends with its last line, `>` lines included.
        node.position!.end = point(index.lineEnd(token.map![1] - 1));
        break;
      case 'defList':
      case 'defListDescription':
        node.position!.end = point((token.meta as { end: number }).end);
        if (node.type === 'defListDescription') node.spread = (token.meta as { spread: boolean }).spread;
        break;
      case 'defListTerm':
        node.position!.end = point(Math.min(index.lineStart(token.map![0] + 1), index.text.length));
        break;
      default:
        if (last?.position) node.position!.end = last.position.end;
        else if (token.map) node.position!.end = point(index.lineEnd(token.map[1] - 1));
    }
  }
}

/**
 * GFM task list items, as micromark and mdast-util-gfm-task-list-item make them: an item whose
 * first content is a paragraph starting `[ ]`, `[x]` or `[X]`, then white space and more
 * content, is `checked`; the marker and one white space character leave the paragraph's first
 * text (its start moves four columns on, on the same line, as that utility moves it), and the
 * text goes if nothing is left of it (the paragraph then keeps its start).
 */
function taskListItem(item: Block): void {
  const para = item.children?.[0] as Block | undefined;
  if (!para || para.type !== 'paragraph') return;
  const head = para.children?.[0] as (Block & { value?: string }) | undefined;
  if (!head || head.type !== 'text' || !head.value) return;
  const m = /^\[([ xX])\][ \t\n]/.exec(head.value);
  if (!m) return;
  if (head.value.length === 4 && para.children!.length === 1) return;
  item.checked = m[1] !== ' ';
  head.value = head.value.slice(4);
  if (head.value === '') {
    para.children!.shift();
    return;
  }
  const start = head.position!.start;
  head.position!.start = { line: start.line, column: start.column + 4, offset: start.offset! + 4 };
  para.position!.start = { ...head.position!.start };
}

/** Is this HTML block of a kind (1 to 5: `<script>`, comment, `<?`, `<!X`, CDATA) that only its end marker ends, and is the marker missing? */
function htmlRunsToEnd(t: LocatedToken): boolean {
  const c = t.content.trimStart();
  const kinds: [RegExp, RegExp][] = [
    [/^<(script|pre|style|textarea)(\s|>|$)/i, /<\/(script|pre|style|textarea)>/i],
    [/^<!--/, /-->/],
    [/^<\?/, /\?>/],
    [/^<![A-Za-z]/, />/],
    [/^<!\[CDATA\[/, /\]\]>/],
  ];
  for (const [open, close] of kinds) if (open.test(c)) return !close.test(c.slice(1));
  return false;
}

/** The node a block open token makes (undefined: no node of its own, as thead and tbody). */
function openNode(t: LocatedToken): Block | undefined {
  switch (t.type) {
    case 'paragraph_open': return { type: 'paragraph', children: [] };
    case 'heading_open': return { type: 'heading', depth: Number(t.tag.slice(1)), children: [] };
    case 'blockquote_open': return { type: 'blockquote', children: [] };
    case 'bullet_list_open': return { type: 'list', ordered: false, start: null, spread: false, children: [] };
    case 'ordered_list_open': return { type: 'list', ordered: true, start: Number(t.attrGet('start') ?? 1), spread: false, children: [] };
    case 'list_item_open': return { type: 'listItem', spread: false, checked: null, children: [] };
    case 'table_open': return { type: 'table', align: [], children: [] };
    case 'tr_open': return { type: 'tableRow', children: [] };
    case 'th_open':
    case 'td_open': return { type: 'tableCell', children: [] };
    case 'dl_open': return { type: 'defList', children: [] };
    case 'dt_open': return { type: 'defListTerm', children: [] };
    case 'dd_open': return { type: 'defListDescription', spread: false, children: [] };
    case 'footnote_reference_open': {
      const label = (t.meta as { label: string }).label;
      return { type: 'footnoteDefinition', identifier: identifier(label), label, children: [] };
    }
    default: return undefined;
  }
}

/** A header cell's column alignment, from markdown-it's `style="text-align:…"`. */
function cellAlign(t: LocatedToken): string | null {
  const m = /text-align:(\w+)/.exec(t.attrGet('style') ?? '');
  return m ? m[1] : null;
}
