/**
 * The Table of Contents as xml2rfc 3.32 prints it, with its page numbers as a second pass.
 *
 * Layout, read from xml2rfc's outputs: one entry per line (or more, wrapped), top-level entries
 * at column 3 and each nested list 2 columns further in (the list's `indent`). An entry's text
 * wraps within 68 columns (72 less the page number's 4) in a paginated draft, so the numbers
 * never change the line count, and within 70 in an unpaginated one (TLS 1.3bis's editor's copy,
 * xml2rfc 3.30.1, has a 69-column entry and wraps a 71-column one); an RFC's entries, never
 * numbered, use all 72. Wrapped
 * lines hang under the entry by the width of the first word of its list's last entry plus 2,
 * at most 8 (the hanging width of a bare list). In a paginated draft the last line of an entry then gets a dot leader (dots in
 * the odd columns up to column 67, at least one space after the text) and the page number
 * right-aligned at column 72. RFCs have no page numbers in their TOC.
 */
import { firstChild, isElement, textContent, visitElements, type RfcElement, type RfcNode } from '../../../tree/nodes.js';
import { concat, hang, hardline, indent, mark, printDoc, RFC_LINE_WIDTH, textWidth, verbatim, type Doc, type MarkPosition } from '../doc/index.js';
import { filled } from '../elements/paragraph.js';
import { inline } from '../inline.js';
import type { TextState } from '../state.js';
import { paginatedByDefault } from '../paginate.js';

/** Columns an entry's text may fill: the page number takes the last 4. */
export const TOC_TEXT_WIDTH = 68;
/** Columns of an unpaginated draft's entries (TLS 1.3bis, xml2rfc 3.30.1: 69 fit, 71 wrap). */
export const UNPAGINATED_TOC_WIDTH = 70;
/** The page number's field, right-aligned at the end of the line. */
const NUMBER_WIDTH = 4;
/** Column of the top-level entries: the TOC section's content indentation. */
const TOP_COLUMN = 3;
/** A nested list's offset when it does not say (`indent`). */
const NESTED_OFFSET = 2;
/** The widest hanging indent of a bare list. */
const MAX_HANG = 8;

/** One printed TOC entry: the mark on its first line, how many lines it took, and what it points at. */
export interface TocEntry {
  mark: string;
  lines: number;
  /** Mark ids (see `targetMark`) of the heading it lists, in order of preference. */
  targets: string[];
  /** The entry's text on one line, as its heading starts (for headings printed without a mark). */
  text: string;
}

/** The id of the mark a writer puts before the heading of the element with this anchor, pn or name slug. */
export function targetMark(id: string): string {
  return `target:${id}`;
}

/**
 * The TOC section (`<toc>`'s `<section>`): its title, a blank line, the entries. Each entry is
 * recorded in `state.tocEntries` for `numberToc`.
 */
export function tableOfContents(state: TextState, section: RfcElement): Doc {
  const name = firstChild(section, 'name');
  const title = name ? textContent(name).replace(/\s+/g, ' ').trim() : 'Table of Contents';
  const entries = (state.tocEntries ??= []);
  const parents = parentMap(state.root);
  const rows: Doc[] = [];
  // An RFC's TOC never has page numbers: its entries fill the whole line.
  const paginated = state.options.paginate ?? paginatedByDefault(state.root);
  const width = state.root.attributes.number ? RFC_LINE_WIDTH : paginated ? TOC_TEXT_WIDTH : UNPAGINATED_TOC_WIDTH;
  const list = (l: RfcElement, column: number) => {
    const items = l.children.filter((c): c is RfcElement => isElement(c, 'li'));
    const last = items[items.length - 1];
    const lastT = last && firstChild(last, 't');
    const hangBy = Math.min(MAX_HANG, (lastT ? firstWord(plain(state, lastT)) : '').length + 2);
    for (const li of items) {
      for (const c of entryBlocks(li)) {
        if (c.name === 't') {
          const t = withTitleMarkup(state, c, parents);
          const lines = printDoc(indent(column, hang(hangBy, filled(state, t))), width);
          const id = `toc:${entries.length}`;
          entries.push({ mark: id, lines: lines.length, targets: targetsOf(state, c, parents), text: plain(state, t).replace(/\u00a0/g, ' ').trim() });
          rows.push(concat(mark(id), verbatim(lines)));
        } else if (c.name === 'ul' || c.name === 'ol') {
          list(c, column + offset(c));
        }
      }
    }
  };
  for (const c of section.children) if (isElement(c, 'ul') || isElement(c, 'ol')) list(c, TOP_COLUMN);
  const parts: Doc[] = [title];
  if (rows.length) parts.push(hardline, hardline);
  rows.forEach((r, i) => parts.push(...(i ? [hardline, r] : [r])));
  return concat(...parts);
}

/** An item's entry paragraph and sublists; inline content straight in the item is its entry. */
function entryBlocks(li: RfcElement): RfcElement[] {
  const blocks = li.children.filter((c): c is RfcElement => isElement(c) && (c.name === 't' || c.name === 'ul' || c.name === 'ol'));
  if (blocks.some((b) => b.name === 't')) return blocks;
  const inline = li.children.filter((c) => !(isElement(c) && (c.name === 'ul' || c.name === 'ol')));
  if (!inline.some((c) => (c.type === 'text' ? c.value.trim() : isElement(c)))) return blocks;
  return [{ type: 'element', name: 't', attributes: {}, children: inline } as RfcElement, ...blocks];
}

/**
 * Writes the page numbers into the TOC entries of `lines` (in place), given the page of every
 * line and the marks printed with them. An entry whose heading has no mark keeps no number.
 */
export function numberToc(lines: string[], pages: readonly number[], marks: ReadonlyMap<string, MarkPosition>, entries: readonly TocEntry[]): void {
  let after = 0;
  for (const e of entries) {
    const at = marks.get(e.mark);
    if (!at) continue;
    after = Math.max(after, at.line + e.lines);
    const line = e.targets.map((t) => marks.get(t)?.line).find((m) => m !== undefined) ?? findHeading(lines, e.text, after);
    if (line === undefined) continue;
    after = Math.max(after, line + 1);
    const page = pages[line];
    const last = at.line + e.lines - 1;
    if (page === undefined || last >= lines.length) continue;
    lines[last] = withPageNumber(lines[last]!, page);
  }
}

/**
 * The first heading line from `from` on that starts `text` (a heading wraps like its entry
 * does not): a line at the margin, for headings no writer marked (nested references).
 */
function findHeading(lines: readonly string[], text: string, from: number): number | undefined {
  if (!text) return undefined;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l || /^\s/.test(l)) continue;
    if (l === text || text.startsWith(`${l} `)) return i;
  }
  return undefined;
}

/** A TOC line with its dot leader and page number. */
export function withPageNumber(line: string, page: number): string {
  const numberColumn = TOC_TEXT_WIDTH;
  let out = line;
  let col = textWidth(line) + 1;
  if (col % 2 === 0) col++;
  if (col < numberColumn) {
    out += ' '.repeat(col - textWidth(line));
    for (; col < numberColumn; col += 2) out += col + 2 < numberColumn ? '. ' : '.';
  }
  const num = String(page);
  const pad = Math.max(numberColumn + NUMBER_WIDTH - num.length - textWidth(out), 1);
  return out + ' '.repeat(pad) + num;
}

/**
 * The entry with each title xref replaced by the section's `<name>` content, so the title
 * keeps its markup ("Arbitrary^superscript in section _title_") as the heading shows it.
 */
function withTitleMarkup(state: TextState, t: RfcElement, parents: WeakMap<RfcElement, RfcElement>): RfcElement {
  const children = t.children.flatMap((c) => {
    if (!isElement(c, 'xref') || c.attributes.format !== 'title' || !c.attributes.target) return [c];
    const target = state.byId.get(c.attributes.target);
    const name = target?.name === 'name' ? target : target && firstChild(target, 'name');
    // A comment in a title shows as its bare text (xml2rfc's draft-v3-features).
    const plainComments = (n: RfcNode): RfcNode => (isElement(n, 'cref') ? { type: 'text', value: textContent(n) } : n);
    return name && parents.get(name) ? trimmed(name.children.map(plainComments)) : [c];
  });
  return { ...t, children };
}

/** Inline content without white space at its ends (a `<name>` on lines of its own). */
function trimmed(nodes: readonly RfcNode[]): RfcNode[] {
  const out = [...nodes];
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out;
}

/** The offset of a nested list from its item's column. */
function offset(l: RfcElement): number {
  const n = Number(l.attributes.indent);
  return l.attributes.indent && Number.isInteger(n) && n >= 0 ? n : NESTED_OFFSET;
}

/** An entry's text as printed, on one line. */
function plain(state: TextState, t: RfcElement): string {
  return inline(state, t.children).map((p) => (typeof p === 'string' ? p : p.noBreak)).join('');
}

function firstWord(s: string): string {
  return s.trim().split(/[\s\u00a0]+/)[0] ?? '';
}

/**
 * The marks an entry's heading may carry: for each xref of the entry, the section it names
 * (a title xref names the section's `<name>`), then the target itself.
 */
function targetsOf(state: TextState, t: RfcElement, parents: WeakMap<RfcElement, RfcElement>): string[] {
  const out: string[] = [];
  visitElements(t, (x) => {
    const target = x.name === 'xref' ? x.attributes.target : undefined;
    if (!target) return;
    let e = state.byId.get(target);
    if (e?.name === 'name') e = parents.get(e);
    if (e && (e.name === 'section' || e.name === 'references')) {
      for (const id of [e.attributes.pn, e.attributes.anchor]) if (id) out.push(targetMark(id));
    }
    out.push(targetMark(target));
  });
  return out;
}

const parentMaps = new WeakMap<RfcElement, WeakMap<RfcElement, RfcElement>>();

function parentMap(root: RfcElement): WeakMap<RfcElement, RfcElement> {
  let m = parentMaps.get(root);
  if (!m) {
    const map = new WeakMap<RfcElement, RfcElement>();
    visitElements(root, (e, parent) => { if (parent) map.set(e, parent); });
    parentMaps.set(root, (m = map));
  }
  return m;
}
