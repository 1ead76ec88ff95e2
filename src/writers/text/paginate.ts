/**
 * Pagination as its own stage: unpaginated text lines in, RFC 7994 pages out. The layout
 * (48 text lines a page, header and footer justified across 72 columns, form feeds between
 * pages) and the break rules were read from xml2rfc 3.32's paginated test outputs. Breaks are
 * chosen from the lines themselves (blocks between blank lines, headings in column 0, tables
 * by their borders), plus any keep-together ranges the writer passes for what the lines
 * cannot show (figures whose artwork holds blank lines, keepWithNext).
 */
import type { RfcElement } from '../../tree/nodes.js';
import { blocksOf, isBlank, type Block, type LineRange } from './pages/blocks.js';
import { pageInfo, type PageInfoOptions } from './pages/page-info.js';

/** The running header and footer texts; the page number fills the footer's right part. */
export interface PageInfo {
  headerLeft: string;
  headerCenter: string;
  headerRight: string;
  footerLeft: string;
  footerCenter: string;
}

export interface PaginateOptions {
  /** Text lines a page holds below the header (RFC 7994 §3: 48 after header and blanks). */
  linesPerPage?: number;
  /** Page width the header and footer are justified across. */
  width?: number;
  /**
   * Line ranges (indices into the input lines, `to` exclusive) to print on one page when
   * they fit one: figures, artwork, tables, a paragraph with keepWithNext and what follows.
   * Without them, tables and their captions are found from the lines alone.
   */
  keepTogether?: readonly LineRange[];
  /**
   * Lines (indices into the input lines) that start a block of their own though no blank line
   * is above them: the items of a compact list, which pages may separate as xml2rfc does.
   */
  blockStarts?: readonly number[];
}

const LINES_PER_PAGE = 48;
const WIDTH = 72;
/** Blank lines between the header and the text, and between the text and the footer. */
const BELOW_HEADER = 2;
const ABOVE_FOOTER = 3;
/**
 * Fewest lines of a split block left at a page's foot (orphans) and carried over (widows):
 * 3 and 3 reproduce xml2rfc's breaks in its test outputs best (2 leaves orphans it avoids).
 */
const MIN_ORPHANS = 3;
const MIN_WIDOWS = 3;
/**
 * Lines a heading needs below it on its page: a one-line paragraph under a heading on a
 * page's last lines goes over with it in xml2rfc's outputs, a two-line one stays.
 */
const UNDER_HEADING = 2;
/** The first line of a reference entry: "   [RFC2119]  Bradner, S., …". */
const REFERENCE_ENTRY = /^ {3}\[[^\]]+\]/;

/**
 * Lays `lines` out as pages: `info`'s header on every page but the first, its footer with
 * "[Page N]" on every page, a form feed line between pages.
 */
export function paginate(lines: readonly string[], info: PageInfo, options: PaginateOptions = {}): string {
  const perPage = options.linesPerPage ?? LINES_PER_PAGE;
  const width = options.width ?? WIDTH;
  const pages = breakPages(lines, perPage, options.keepTogether, options.blockStarts);
  const out: string[] = [];
  pages.forEach((page, i) => {
    const n = i + 1;
    if (i > 0) out.push('\f', justify(info.headerLeft, info.headerCenter, info.headerRight, width), ...blanks(BELOW_HEADER));
    const room = perPage + (i === 0 ? page.lead : 0);
    const body = [...blanks(i === 0 ? page.lead : 0), ...page.lines];
    while (body.length < room) body.push('');
    out.push(...body, ...blanks(ABOVE_FOOTER), justify(info.footerLeft, info.footerCenter, `[Page ${n}]`, width));
  });
  return out.join('\n') + '\n';
}

export interface Page {
  /** Blank lines at the top of the first page, outside the count (the title page's top margin). */
  lead: number;
  lines: string[];
}

/** Chooses the page breaks: whole blocks where they fit, otherwise split or moved on. */
export function breakPages(lines: readonly string[], perPage = LINES_PER_PAGE, keep: readonly LineRange[] = [], starts: readonly number[] = []): Page[] {
  let lead = 0;
  while (lead < lines.length && isBlank(lines[lead]!)) lead++;
  const blocks = blocksOf(lines.slice(lead), keep.map((r) => ({ from: r.from - lead, to: r.to - lead })), new Set(starts.map((s) => s - lead)));
  const pages: Page[] = [{ lead, lines: [] }];
  let page = pages[0]!;
  const newPage = () => { page = { lead: 0, lines: [] }; pages.push(page); };
  const room = () => perPage - page.lines.length;
  const place = (b: Block, from = 0, to = b.lines.length) => {
    if (page.lines.length) page.lines.push(...b.above);
    page.lines.push(...b.lines.slice(from, to));
  };

  // Lines from the top of the next page on, as many pages as they take; a page never starts
  // with a blank line (a kept block's inner blank lines can fall there).
  const chunked = (rest: readonly string[]) => {
    let at = 0;
    while (at < rest.length) {
      if (page.lines.length) newPage();
      while (at < rest.length && isBlank(rest[at]!)) at++;
      page.lines.push(...rest.slice(at, at + perPage));
      at += perPage;
    }
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // The title page holds the front matter alone, unless a short TOC fits below it whole.
    if (b.frontEnd && pages.length === 1 && page.lines.length) {
      const toc = b.lines[0] === 'Table of Contents' ? sectionLength(blocks, i) : Infinity;
      if (toc > room()) newPage();
    }
    const gap = page.lines.length ? b.gap : 0;
    if (gap + b.lines.length <= room()) {
      // A heading must not end a page: it needs its next block's first lines with it.
      const next = blocks[i + 1];
      // (Not above a block the writer keeps whole, such as artwork: xml2rfc leaves the heading
      // where it is and moves the block alone, as its outputs show.)
      if (b.heading && next && !next.ranged && page.lines.length && !fitsAfter(next, room() - gap - b.lines.length, perPage)) newPage();
      place(b);
      continue;
    }
    // It does not fit whole: split a paragraph, leaving enough lines on both sides.
    // xml2rfc breaks a paragraph only where the page ends, or not at all: when that leaves
    // fewer than MIN_ORPHANS or MIN_WIDOWS lines, the whole paragraph moves on.
    const take = room() - gap;
    // Kept artwork taller than a page is split like any other block (from where it falls, as
    // xml2rfc's sourcecode test shows); a table that tall starts a page.
    const whole = b.keep && (b.table || b.lines.length <= perPage);
    if (!whole && !b.heading && page.lines.length && take >= MIN_ORPHANS && b.lines.length - take >= MIN_WIDOWS) {
      place(b, 0, take);
      chunked(b.lines.slice(take));
      continue;
    }
    // Too tall to fit here (or a block that must stay whole): from the top of the next page,
    // split at page ends if taller than a page.
    chunked(b.lines);
  }
  return pages;
}

/**
 * Whether `b` can start in the `room` lines left on a page: it fits, it splits there (see
 * the split rule below), or it is taller than a page and splits anyway.
 */
function fitsAfter(b: Block, room: number, perPage: number): boolean {
  // xml2rfc lets a references heading end a page above an entry that does not fit.
  if (REFERENCE_ENTRY.test(b.lines[0]!)) return true;
  if (b.lines.length > perPage || b.gap + Math.max(b.lines.length, UNDER_HEADING) <= room) return true;
  const take = room - b.gap;
  return !(b.keep && (b.table || b.lines.length <= perPage)) && !b.heading && take >= MIN_ORPHANS && b.lines.length - take >= MIN_WIDOWS;
}

/** Lines from block `i` (a heading) to the next heading, the blank lines above it included. */
function sectionLength(blocks: readonly Block[], i: number): number {
  let n = blocks[i]!.gap + blocks[i]!.lines.length;
  for (let j = i + 1; j < blocks.length && !blocks[j]!.heading; j++) n += blocks[j]!.gap + blocks[j]!.lines.length;
  return n;
}

/**
 * The page (1-based) each of `lines` lands on, for the second pass that writes page numbers
 * into the Table of Contents. A blank line dropped at a page break counts on the page before.
 */
export function linePages(lines: readonly string[], options: PaginateOptions = {}): number[] {
  const pages = breakPages(lines, options.linesPerPage ?? LINES_PER_PAGE, options.keepTogether, options.blockStarts);
  const out: number[] = [];
  let i = 0;
  pages.forEach((page, p) => {
    for (const line of [...blanks(page.lead), ...page.lines]) {
      // Only blank lines are ever left out, so the next line printed is the next one equal to it.
      while (i < lines.length && lines[i] !== line) out[i++] = Math.max(p, 1);
      if (i < lines.length) out[i++] = p + 1;
    }
  });
  while (i < lines.length) out[i++] = pages.length;
  return out;
}

/**
 * Pages for a prepped document in one call: `paginate(lines, pageInfo(root, options))`.
 */
export function paginateDocument(lines: readonly string[], root: RfcElement, options: PaginateOptions & PageInfoOptions = {}): string {
  return paginate(lines, pageInfo(root, options), options);
}

/** `left`, `center` and `right` on one line of `width` columns, the centre text centred. */
export function justify(left: string, center: string, right: string, width = WIDTH): string {
  const start = Math.ceil((width - center.length) / 2);
  const pad1 = Math.max(1, start - left.length);
  const line = left + ' '.repeat(pad1) + center;
  const pad2 = Math.max(1, width - line.length - right.length);
  return line + ' '.repeat(pad2) + right;
}

function blanks(n: number): string[] {
  return Array.from({ length: n }, () => '');
}

export { pageInfo, authorNames, type PageInfoOptions } from './pages/page-info.js';
export type { LineRange } from './pages/blocks.js';

/**
 * Whether a document is paginated when no option says: drafts are, RFCs are not (as xml2rfc),
 * and neither is an editor's copy (a docName ending in `-latest`): i-d-template builds those
 * with `--no-pagination` (the gh-pages texts of httpbis and tls13-spec, xml2rfc 3.30 and 3.34,
 * have no pages), for reading on screen; a numbered revision is paginated for submission.
 */
export function paginatedByDefault(root: RfcElement): boolean {
  if (root.attributes.number) return false;
  return !/-latest$/.test(root.attributes.docName ?? '');
}
