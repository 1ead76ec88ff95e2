import { firstChild, isElement, type RfcDocument, type RfcElement, type RfcNode } from '../../tree/nodes.js';
import { blankline, concat, DocPrinter, hardline, indent, mark, type Doc, type MarkPosition } from './doc/index.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import { handlers } from './elements/index.js';
import { frontPage } from './elements/front.js';
import { withIndent } from './elements/figure.js';
import { filled } from './elements/paragraph.js';
import type { TextOptions, TextState } from './state.js';
import { linePages, paginateDocument, paginatedByDefault } from './paginate.js';
export { paginatedByDefault };
import { numberToc, targetMark } from './pages/toc.js';
import { KeepMarks, blockStarts, keepRanges } from './pages/keep.js';
import { authorsAddresses } from './elements/authors.js';

/** Blocks printed on one page when they fit one (a figure's caption may still go over alone). */
const KEPT_WHOLE = new Set(['artwork', 'sourcecode', 'artset', 'table']);

const INLINE = new Set(['em', 'strong', 'tt', 'xref', 'eref', 'bcp14', 'sub', 'sup', 'iref', 'cref', 'br', 'contact', 'u', 'span']);

/**
 * Writes a prepped RFC XML v3 document as the plain text xml2rfc prints (RFC 7994 layout,
 * 72 columns), paginated for drafts and not for RFCs unless told. Run `prep` first:
 * numbering, boilerplate and the TOC come from it.
 */
export function writeText(doc: RfcDocument, options: TextOptions = {}): string {
  const root = doc.root;
  const byId = elementsById(root);
  const keep = new KeepMarks();
  // With a source map asked for, every positioned block leaves a mark where its lines start.
  const sourceMarks: Position[] = [];
  const withSource = (e: RfcElement, d: Doc): Doc => {
    if (!options.sources || !e.position || d === '') return d;
    sourceMarks.push(e.position);
    return concat(mark(`source:${sourceMarks.length - 1}`), d);
  };
  const state: TextState = {
    options, root, byId, handlers, warnings: [],
    block(e) {
      const d = withSource(e, render(e));
      if (d === '') return d;
      if (e.name === 'dt') return concat(keep.itemStart(), d);
      // Artwork and tables print on one page if they fit one.
      if (KEPT_WHOLE.has(e.name)) return keep.wrap(d);
      // A heading's line is where the TOC's page number for it comes from.
      if (e.name !== 'section' && e.name !== 'references') return d;
      return concat(...headingMarks(e), d);
    },
    blocks(children: readonly RfcNode[], tight = false, indentOf?: (c: RfcElement) => number) {
      const gap = tight ? hardline : blankline;
      const parts: Doc[] = [];
      // Inline content directly in a container (a tight <li>, a <dd>, a <td>) is one paragraph.
      const run: RfcNode[] = [];
      const flush = () => {
        // (An index entry alone prints nothing: no paragraph.)
        if (run.some((n) => (n.type === 'text' ? n.value.trim() : !isElement(n, 'iref')))) {
          if (parts.length) parts.push(gap);
          parts.push(filled(state, { type: 'element', name: 't', attributes: {}, children: run.splice(0) }));
        }
        run.length = 0;
      };
      // A keepWithNext / keepWithPrevious chain being built: the mark that will close it.
      let chainEnd: Doc | undefined;
      let previous: { element: RfcElement; at: number } | undefined;
      for (const c of children) {
        // A <contact> with an organization or address is a block (a Contributors section's
        // entry), not a name in running text.
        const contactBlock = isElement(c, 'contact') && c.children.some((k) => isElement(k));
        if (c.type === 'text' || (isElement(c) && INLINE.has(c.name) && !contactBlock)) { run.push(c); continue; }
        if (!isElement(c)) continue;
        flush();
        // A paragraph of index entries only prints nothing but leaves one more blank line, as
        // xml2rfc's outputs show.
        if (c.name === 't' && onlyIndexEntries(c)) {
          if (parts.length) parts.push(hardline);
          continue;
        }
        const shift = indentOf?.(c) ?? 0;
        const d = shift ? indent(shift, withIndent(shift, () => state.block(c))) : state.block(c);
        if (d === '') continue;
        const joins = previous && (previous.element.attributes.keepWithNext === 'true' || c.attributes.keepWithPrevious === 'true');
        if (chainEnd && !joins) { parts.push(chainEnd); chainEnd = undefined; }
        if (joins && !chainEnd && previous) {
          const [from, to] = keep.pair();
          parts.splice(previous.at, 0, from);
          chainEnd = to;
        }
        if (parts.length) parts.push(gap);
        previous = { element: c, at: parts.length };
        parts.push(d);
      }
      if (chainEnd) parts.push(chainEnd);
      flush();
      // A compact list's item (its body comes here tight) is a block of its own to pagination.
      return tight && parts.length ? concat(keep.itemStart(), ...parts) : concat(...parts);
    },
  };
  const render = (e: RfcElement): Doc => {
    const h = handlers[e.name];
    if (h) return h(state, e);
    if (INLINE.has(e.name)) return filled(state, { ...e, children: [e] });
    return state.blocks(e.children);
  };
  // Each top-level block is printed as soon as it is rendered (see `DocPrinter`): every one
  // after the front page starts with the line break of its gap.
  const printer = new DocPrinter();
  const front = frontPage(state);
  printer.print(front);
  // The front page ends its last line itself: one more line break leaves the blank line after
  // a TOC; without a TOC xml2rfc leaves two (no-toc.xml).
  const frontEl = firstChild(root, 'front');
  let gap = front !== '' && frontEl && firstChild(frontEl, 'toc') ? hardline : blankline;
  const printBlock = (d: Doc) => {
    printer.print(concat(gap, d));
    gap = blankline;
  };
  for (const part of ['middle', 'back'] as const) {
    const p = firstChild(root, part);
    if (!p) continue;
    for (const c of p.children) {
      if (!isElement(c)) continue;
      if (c.name === 'displayreference') continue;
      printBlock(state.block(c));
    }
  }
  // The Authors' Addresses section, unless the document (prepped by another tool) has its own.
  const addresses = authorsAddresses(state);
  if (addresses !== '') printBlock(concat(mark(targetMark('name-authors-addresses')), mark(targetMark('name-authors-address')), addresses));
  const { lines, marks } = printer.finish();
  const paginated = options.paginate ?? paginatedByDefault(root);
  if (options.sources) recordSources(options.sources, lines.length, marks, sourceMarks);
  if (!paginated) return lines.join('\n') + '\n';
  // A draft's TOC lists the page of each heading (an RFC's does not): a first pagination
  // finds the pages; the numbers change no line count, so the second one breaks alike.
  const layout = { keepTogether: keepRanges(marks), blockStarts: blockStarts(marks) };
  if (!root.attributes.number && state.tocEntries?.length) numberToc(lines, linePages(lines, layout), marks, state.tocEntries);
  return paginateDocument(lines, root, { legacyDateFormat: options.legacyDateFormat, ...layout });
}

/**
 * Where each printed line came from: the position of the last block that started on or
 * before it (lines before the first positioned block have none).
 */
function recordSources(out: (Position | undefined)[], count: number, marks: Map<string, MarkPosition>, positions: Position[]): void {
  const starts: [number, Position][] = [];
  for (const [id, at] of marks) {
    if (id.startsWith('source:')) starts.push([at.line, positions[Number(id.slice(7))]]);
  }
  // Nested blocks start after their container on the same or later lines: the innermost wins.
  starts.sort((a, b) => a[0] - b[0]);
  let k = 0;
  let current: Position | undefined;
  for (let line = 0; line < count; line++) {
    while (k < starts.length && starts[k][0] <= line) current = starts[k++][1];
    out[line] = current;
  }
}

/** An unpaginated rendering as lines, with the source position each line's block starts at. */
export interface RenderedText {
  lines: string[];
  sources: (Position | undefined)[];
}

/**
 * Plain text, unpaginated, with the source position of each line (for checks that look at the
 * rendering and must point at the line the author edits).
 */
export function writeTextWithSources(doc: RfcDocument, options: Omit<TextOptions, 'sources' | 'paginate'> = {}): RenderedText {
  const sources: (Position | undefined)[] = [];
  const text = writeText(doc, { ...options, paginate: false, sources });
  const lines = text.split('\n');
  return { lines, sources };
}

/**
 * Elements by anchor and by pn, and `<name>`s by their slug, in document order (a later
 * element wins an id). A walk of its own, with a stack: it runs over every element of the
 * document, and the general visitor's call per node was a noticeable part of the writer.
 */
function elementsById(root: RfcElement): Map<string, RfcElement> {
  const byId = new Map<string, RfcElement>();
  const todo: RfcElement[] = [root];
  for (let e = todo.pop(); e; e = todo.pop()) {
    const { anchor, pn } = e.attributes;
    if (anchor) byId.set(anchor, e);
    if (pn) byId.set(pn, e);
    if (e.name === 'name' && e.attributes.slugifiedName) byId.set(e.attributes.slugifiedName, e);
    // Children pushed last first, so that they come off the stack in document order.
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i];
      if (c.type === 'element') todo.push(c);
    }
  }
  return byId;
}

/** A `<t>` holding index entries and nothing else. */
function onlyIndexEntries(t: RfcElement): boolean {
  return t.children.some((n) => isElement(n, 'iref')) && t.children.every((n) => (n.type === 'text' ? !n.value.trim() : isElement(n, 'iref')));
}

/** Marks for each id a TOC entry may name a section or references heading by. */
function headingMarks(e: RfcElement): Doc[] {
  const ids = [e.attributes.pn, e.attributes.anchor, firstChild(e, 'name')?.attributes.slugifiedName];
  return ids.filter((id): id is string => !!id).map((id) => mark(targetMark(id)));
}

