/**
 * Groups unpaginated text lines into the blocks pagination moves as units: runs of non-blank
 * lines, each knowing the blank lines above it and whether it is a section heading.
 */

export interface Block {
  /** Blank lines between this block and the one before. */
  gap: number;
  lines: string[];
  /** A section title (starts in column 0): never the last thing on a page. */
  heading: boolean;
  /** Printed whole on one page if it fits one (figures, artwork, tables). */
  keep: boolean;
  /** The first block after the front page's boilerplate: starts page 2 if page 1 has room left. */
  frontEnd: boolean;
}

/** Headings are short; a longer column-0 run is the title page's author and date block. */
const MAX_HEADING_LINES = 2;

/** Splits `lines` (no leading blanks) into blocks. */
export function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let gap = 0;
  let cur: string[] | undefined;
  for (const line of lines) {
    if (!line.trim()) {
      cur = undefined;
      gap++;
      continue;
    }
    if (!cur) {
      cur = [];
      blocks.push({ gap, lines: cur, heading: false, keep: false, frontEnd: false });
      gap = 0;
    }
    cur.push(line);
  }
  let seenCopyright = false;
  let marked = false;
  for (const b of blocks) {
    b.heading = isHeading(b.lines);
    if (!marked && seenCopyright && b.heading) { b.frontEnd = true; marked = true; }
    if (b.heading && b.lines[0] === 'Copyright Notice') seenCopyright = true;
  }
  return blocks;
}

function isHeading(lines: readonly string[]): boolean {
  if (lines.length > MAX_HEADING_LINES || /^\s/.test(lines[0]!)) return false;
  return lines.slice(1).every((l) => /^\s/.test(l));
}
