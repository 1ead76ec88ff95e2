/**
 * The table of contents of a rendered draft without page numbers: xml2rfc prints
 * "   5.1.  Connection ID . . . . . . . .  29" when it paginates and "   5.1.  Connection ID"
 * when it does not, and a long title wraps at a different place in each. Each entry becomes one
 * line (indent, number, title) so that the two forms compare equal.
 */

/** Leader dots and a page number at the end of a TOC line ("Version 1" keeps its number). */
const LEADER = /(?:\s+\.)+\s+\d+$|\s{2,}\d+$/;
/** The start of an entry: "1.", "5.1.2.", "A.", "A.1.", "Appendix A." */
const ENTRY = /^(?:\d+(?:\.\d+)*\.|[A-Z](?:\.\d+)*\.|Appendix [A-Z](?:\.\d+)*\.)\s/;

/** The lines with the TOC (from "Table of Contents" to the next unindented line) normalised. */
export function normalizeToc(lines: string[]): string[] {
  const start = lines.findIndex((l) => l === 'Table of Contents');
  if (start < 0) return lines;
  let end = start + 1;
  while (end < lines.length && !(lines[end] !== '' && !/^\s/.test(lines[end]))) end++;
  const entries: string[] = [];
  let indent = -1;
  for (const line of lines.slice(start + 1, end)) {
    if (line === '') continue;
    const own = line.length - line.trimStart().length;
    const body = line.trim().replace(LEADER, '').replace(/\s+/g, ' ');
    // A line indented further than the entry above it and not starting a new entry continues it.
    if (entries.length && own > indent && !ENTRY.test(line.trim())) {
      entries[entries.length - 1] += ' ' + body;
    } else {
      entries.push(' '.repeat(own) + body);
      indent = own;
    }
  }
  return [...lines.slice(0, start + 1), '', ...entries, ...(end < lines.length ? [''] : []), ...lines.slice(end)];
}
