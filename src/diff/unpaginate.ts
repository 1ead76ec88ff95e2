/**
 * Removes the pagination xml2rfc (and draftsmith's paginated text writer) adds to a plain-text
 * draft, so that a page break never shows as a change: the form feeds, the running header at
 * the top of each page but the first, the "[Page N]" footer at the foot of each page, and the
 * blank lines around them.
 */

/** A footer line: "Author, et al.   Expires 19 July 2021   [Page 12]". */
const FOOTER = /\[Page \d+\]\s*$/;

interface Page {
  lines: string[];
  /** Blank lines between the last text line and the footer. */
  margin: number;
}

/**
 * The text without page breaks. Text without a form feed comes back unchanged, so any plain text
 * (already unpaginated, or from another tool) can go through it.
 */
export function unpaginate(text: string): string {
  if (!text.includes('\f')) return text;
  const pages = text.replace(/\r\n?/g, '\n').split(/\n?\f\n?/).map((chunk, i) => strip(chunk.split('\n'), i > 0));
  // Every page has the same bottom margin, except one that ended early to keep a block whole:
  // such a page ends between blocks, where a blank line separated them. A full page (the
  // smallest margin) breaks inside a block, or between blocks when one ended exactly at the
  // page's last line: that is told from the lines (see betweenBlocks).
  const full = Math.min(...pages.slice(0, -1).map((p) => p.margin));
  const out: string[] = [];
  pages.forEach((p, i) => {
    const before = pages[i - 1];
    if (before && (before.margin > full || betweenBlocks(before.lines, p.lines[0] ?? ''))) out.push('');
    out.push(...p.lines);
  });
  return out.join('\n') + '\n';
}

/** Text is filled to 72 columns, two spaces after a sentence. */
const WIDTH = 72;

/**
 * Whether a break on a full page fell between two blocks (a heuristic; layout is not in the
 * text). A block's last line alone on the page means it ended there (no page leaves a single
 * line of a split block). In filled prose, the last line ended its paragraph when the next
 * page's first word would have fitted on it, or when a sentence ends there and the next starts
 * a new line at the same indent. Anything else (artwork, code) runs on.
 */
function betweenBlocks(page: string[], next: string): boolean {
  const last = page[page.length - 1] ?? '';
  const above = page[page.length - 2] ?? '';
  if (!last.trim() || !next.trim()) return false;
  if (!above.trim()) return true;
  if (!fitsAfter(above, firstWord(last))) {
    if (fitsAfter(last, firstWord(next))) return true;
    return /[.:]$/.test(last.trimEnd()) && /^[A-Z[]/.test(firstWord(next)) && indent(next) <= indent(last);
  }
  return false;
}

/** Whether `word` fits after `line` in a 72-column fill (two spaces after a sentence). */
function fitsAfter(line: string, word: string): boolean {
  const gap = /[.?!:]$/.test(line.trimEnd()) ? 2 : 1;
  return line.trimEnd().length + gap + word.length <= WIDTH;
}

function firstWord(line: string): string {
  return line.trim().split(/\s+/)[0];
}

function indent(line: string): number {
  return line.length - line.trimStart().length;
}

function strip(lines: string[], hasHeader: boolean): Page {
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  let margin = 0;
  if (end > 0 && FOOTER.test(lines[end - 1])) {
    end--;
    while (end > 0 && lines[end - 1].trim() === '') {
      end--;
      margin++;
    }
  }
  let start = 0;
  if (hasHeader) {
    while (start < end && lines[start].trim() === '') start++;
    start++; // the running header: "Internet-Draft   QUIC Transport Protocol   January 2021"
    while (start < end && lines[start].trim() === '') start++;
  }
  return { lines: lines.slice(start, end), margin };
}
