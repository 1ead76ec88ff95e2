/**
 * kramdown table syntax that GFM (our table parser) does not read, rewritten into the GFM
 * form with the same meaning before parsing. Lines keep their numbers.
 *
 * - A separator line may join its cells with `+` (`|-----+-----|`); GFM wants `|`.
 * - A table may have no separator line at all. kramdown-rfc still makes its first row the
 *   header (CBORbis' published HTML has `<thead>` for such tables), so a separator is put
 *   after the first row: the row moves up into the blank line above the table, and the
 *   separator takes its place.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ROW = /^ {0,3}\|/;
/** A kramdown header/body separator line: dashes, colons, `+` and `|` only. */
const SEPARATOR = /^ {0,3}\|?[ :|+-]*-[ :|+-]*$/;

/** The number of cells in a table row (split at unescaped `|`). */
function cellCount(row: string): number {
  const inner = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).length;
}

export function normaliseKramdownTables(body: string): string {
  if (!body.includes('|')) return body;
  const lines = body.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i]);
    if (m) {
      if (!fence) fence = m[1];
      else if (m[1][0] === fence[0] && m[1].length >= fence.length && !lines[i].trim().slice(m[1].length).trim()) fence = undefined;
      continue;
    }
    if (fence || !ROW.test(lines[i]) || (i > 0 && lines[i - 1].trim() !== '')) continue;
    let end = i;
    while (end < lines.length && ROW.test(lines[end])) end++;
    let separated = false;
    for (let k = i; k < end; k++) {
      if (!SEPARATOR.test(lines[k])) continue;
      separated = true;
      lines[k] = lines[k].replace(/\+/g, '|');
    }
    if (!separated && i > 0 && end - i > 1) {
      lines[i - 1] = lines[i];
      lines[i] = '|' + '---|'.repeat(cellCount(lines[i - 1]));
    }
    i = end - 1;
  }
  return lines.join('\n');
}
