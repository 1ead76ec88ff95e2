/**
 * Groups unpaginated text lines into the blocks pagination moves as units: runs of non-blank
 * lines, each knowing the blank lines above it and whether it is a section heading.
 */

export interface Block {
  /** Blank lines between this block and the one before. */
  gap: number;
  /** Those lines as printed: blank, or white space only (kept as xml2rfc keeps it). */
  above: string[];
  lines: string[];
  /** A section title (starts in column 0): never the last thing on a page. */
  heading: boolean;
  /** Printed whole on one page if it fits one (figures, artwork, tables). */
  keep: boolean;
  /** A table or box art (from its borders): taller than a page, it starts a page (CBORbis's appendix A). */
  table: boolean;
  /** Kept because the writer said so (a keep range: artwork, a keepWithNext chain), not for how its lines look. */
  ranged: boolean;
  /** The Table of Contents entries: split at any line, however long. */
  toc: boolean;
  /** The first block after the front page's boilerplate: starts page 2 if page 1 has room left. */
  frontEnd: boolean;
}

/** Whether a line is empty or white space only (what `trim` would empty, tested without a copy). */
export function isBlank(line: string): boolean {
  return !NOT_BLANK.test(line);
}

const NOT_BLANK = /\S/;

/** Headings are short; a longer column-0 run is the title page's author and date block. */
const MAX_HEADING_LINES = 2;

/**
 * Bars with nothing after them: the blank line between a quote's or an aside's paragraphs,
 * with or without the spaces xml2rfc leaves after the bar (draftsmith's writer drops them). A
 * table's or a box's empty row looks the same, so it splits only a block without a border line.
 */
const QUOTE_GAP = /^\s*\|(\s+\|)*\s*$/;
const BORDER = /^\s*\+[-=+]{3,}\+\s*$/;

/** Input lines `from` up to (not including) `to` that must be printed on one page. */
export interface LineRange {
  from: number;
  to: number;
}

/**
 * Splits `lines` (no leading blanks) into blocks. `keep` ranges (indices into `lines`) become
 * one kept block each, blank lines inside included: the writer knows its figures. `starts`
 * (indices into `lines`) begin a block even without a blank line above (compact list items).
 */
export function blocksOf(lines: readonly string[], keep: readonly LineRange[] = [], starts: ReadonlySet<number> = new Set()): Block[] {
  const blocks: Block[] = [];
  let above: string[] = [];
  let cur: string[] | undefined;
  const ranges = [...keep].sort((a, b) => a.from - b.from);
  let r = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    while (r < ranges.length && ranges[r]!.to <= i) r++;
    const range = ranges[r];
    if (range && range.from <= i && !isBlank(lines[i]!)) {
      // The first non-blank line of a kept range starts its block; the rest join it whole.
      const end = Math.min(range.to, lines.length);
      let last = end;
      while (last > i && isBlank(lines[last - 1]!)) last--;
      const b = block(above, lines.slice(i, last));
      b.keep = true;
      b.ranged = true;
      blocks.push(b);
      above = [];
      cur = undefined;
      i = last - 1;
      r++;
      continue;
    }
    if (isBlank(line)) {
      cur = undefined;
      above.push(line);
      continue;
    }
    if (!cur || starts.has(i)) {
      cur = [];
      blocks.push(block(above, cur));
      above = [];
    }
    cur.push(line);
  }
  splitQuoteGaps(blocks);
  mergeCaptions(blocks);
  let seenCopyright = false;
  let marked = false;
  blocks.forEach((b, i) => {
    if (i > 0 && blocks[i - 1]!.lines[0] === 'Table of Contents') b.toc = true;
    b.heading = !b.keep && isHeading(b.lines);
    if (isTable(b.lines)) b.keep = b.table = true;
    if (!marked && seenCopyright && b.heading) { b.frontEnd = true; marked = true; }
    if (b.heading && b.lines[0] === 'Copyright Notice') seenCopyright = true;
  });
  return blocks;
}

/**
 * Splits blocks (not kept ones, nor tables or boxes) at their quote gaps, each gap a block of its
 * own, so that the paragraphs on either side split and move on their own.
 */
function splitQuoteGaps(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.ranged || b.lines.length < 2 || !b.lines.some((l) => QUOTE_GAP.test(l)) || b.lines.some((l) => BORDER.test(l))) continue;
    const parts: Block[] = [];
    let cur: string[] = [];
    let above = b.above;
    for (const line of b.lines) {
      if (QUOTE_GAP.test(line)) {
        if (cur.length) parts.push(block(above, cur));
        parts.push(block(cur.length || parts.length ? [] : above, [line]));
        above = [];
        cur = [];
      } else cur.push(line);
    }
    if (cur.length) parts.push(block(above, cur));
    blocks.splice(i, 1, ...parts);
    i += parts.length - 1;
  }
}

function isHeading(lines: readonly string[]): boolean {
  if (lines.length > MAX_HEADING_LINES || /^\s/.test(lines[0]!)) return false;
  return lines.slice(1).every((l) => /^\s/.test(l));
}

function block(above: string[], lines: string[]): Block {
  return { gap: above.length, above, lines, heading: false, keep: false, table: false, ranged: false, frontEnd: false, toc: false };
}

/** A table, or box art: all lines start with a border or cell wall, or one is a border. */
function isTable(lines: readonly string[]): boolean {
  return lines.every((l) => /^\s*[+|]/.test(l)) || lines.some((l) => /^\s*\+[-=+]{3,}\+\s*$/.test(l));
}

/** A table's centred "Table 1: …" caption. */
const CAPTION = /^\s{4,}Table \d+(:|$)/;

/**
 * Joins each table caption to the table above it, blank lines kept, so the two stay on one
 * page. (xml2rfc lets a figure's caption go over to the next page alone.)
 */
function mergeCaptions(blocks: Block[]): void {
  for (let i = blocks.length - 1; i > 0; i--) {
    const b = blocks[i]!;
    if (!CAPTION.test(b.lines[0]!)) continue;
    const above = blocks[i - 1]!;
    if (!isTable(above.lines)) continue;
    above.lines.push(...b.above, ...b.lines);
    above.keep = true;
    blocks.splice(i, 1);
  }
}
