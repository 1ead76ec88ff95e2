import type { SourceIndex } from './positions.js';

/** A table cell's place in its row's source line. */
export interface CellSpan {
  /** Where the cell node starts (its leading `|`, if any) and ends (before the next `|`, or after the last). */
  start: number;
  end: number;
  /** Its content, trimmed: where micromark reads the cell's text. */
  contentStart: number;
  contentEnd: number;
}

/**
 * Splits a table row's source line into cells as micromark's GFM table does: at every `|`
 * not escaped by a backslash (code spans do not hide pipes); a leading and a trailing `|` make
 * no empty cell. markdown-it gives each row as many cells as the header (adding or dropping
 * some), mdast keeps the row's own cells: this is what the converter keeps.
 */
export function rowCells(index: SourceIndex, line: number, minStart: number): { start: number; end: number; cells: CellSpan[] } {
  const src = index.text;
  const ls = index.lineStart(line);
  let end = index.lineEnd(line);
  let start = ls;
  while (start < end && (src.charCodeAt(start) === 32 || src.charCodeAt(start) === 9 || (start < minStart && src.charCodeAt(start) === 62))) start++;
  while (end > start && (src.charCodeAt(end - 1) === 32 || src.charCodeAt(end - 1) === 9)) end--;
  const pipes: number[] = [];
  for (let p = start; p < end; p++) {
    const c = src.charCodeAt(p);
    if (c === 92) p++;
    else if (c === 124) pipes.push(p);
  }
  const cells: CellSpan[] = [];
  const leading = pipes.length > 0 && pipes[0] === start;
  const trailing = pipes.length > 0 && pipes[pipes.length - 1] === end - 1 && !(leading && pipes.length === 1);
  let cellStart = start;
  let contentFrom = leading ? start + 1 : start;
  const stops = pipes.filter((p) => !(leading && p === start));
  for (let k = 0; k <= stops.length; k++) {
    const stop = k < stops.length ? stops[k] : end;
    if (k === stops.length && trailing) break;
    const isLast = k === stops.length || (trailing && k === stops.length - 1);
    let cs = contentFrom;
    let ce = stop;
    while (cs < ce && (src.charCodeAt(cs) === 32 || src.charCodeAt(cs) === 9)) cs++;
    while (ce > cs && (src.charCodeAt(ce - 1) === 32 || src.charCodeAt(ce - 1) === 9)) ce--;
    cells.push({ start: cellStart, end: isLast && trailing ? end : stop, contentStart: cs, contentEnd: ce });
    cellStart = stop;
    contentFrom = stop + 1;
  }
  return { start, end, cells };
}
