import { textWidth } from '../doc/index.js';
import type { Grid, GridCell } from './grid.js';
import { spanWidth, type Layout } from './widths.js';

const pad = (n: number) => ' '.repeat(Math.max(0, n));

/** Python's str.center: the odd space goes left when the width is odd, right otherwise. */
function center(s: string, width: number): string {
  const marg = width - textWidth(s);
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(left) + s + pad(marg - left);
}

/**
 * One line of a cell at `width` columns. Left and right text get a space of padding on each
 * side when there is room; when some line of the column leaves at most one column spare
 * (`minpad`), the space goes on the far side only, so that the column's text stays aligned.
 */
function justify(line: string, align: string, width: number, minpad: number): string {
  if (align === 'center') return center(line, width);
  const len = textWidth(line);
  const padding = width - len;
  const inner = width - Math.min(2, Math.max(0, padding));
  let text = align === 'right' ? pad(inner - len) + line : line + pad(inner - len);
  if (align === 'right') {
    if (padding > 1) text = minpad > 1 ? text + ' ' : ' ' + text;
    if (padding > 0) text = ' ' + text;
  } else {
    if (padding > 1) text = minpad > 1 ? ' ' + text : text + ' ';
    if (padding > 0) text = text + ' ';
  }
  return text;
}

/**
 * Row heights: a row is as tall as the tallest cell that starts in it, and at least one line.
 * A cell spanning rows prints all its lines in its first row (xml2rfc's output does so), the
 * rows below left blank.
 */
function rowHeights(grid: Grid, layout: Layout): number[] {
  const heights = new Array<number>(grid.rows).fill(1);
  for (const cell of grid.cells) heights[cell.row] = Math.max(heights[cell.row], layout.lines.get(cell)!.length);
  return heights;
}

/**
 * The rule above row `r` (`r` = rows: the bottom rule). Under or over a `<th>` it is drawn with
 * "=", else "-"; a cell that spans both rows leaves it open. Where rules meet a bar, "+".
 */
function rule(grid: Grid, widths: readonly number[], r: number): string {
  const above = (j: number) => (r > 0 ? grid.slots[r - 1][j] : undefined);
  const below = (j: number) => (r < grid.rows ? grid.slots[r][j] : undefined);
  const ruled = (j: number) => above(j) !== below(j);
  const ch = (j: number) => (above(j)?.head || below(j)?.head ? '=' : '-');
  const bar = (row: GridCell[] | undefined, k: number) =>
    !!row && (k === 0 || k === grid.cols || row[k - 1] !== row[k]);
  let out = '';
  for (let k = 0; k <= grid.cols; k++) {
    const left = k > 0 && ruled(k - 1);
    const right = k < grid.cols && ruled(k);
    const vertical = bar(r > 0 ? grid.slots[r - 1] : undefined, k) || bar(r < grid.rows ? grid.slots[r] : undefined, k);
    if (left || right) out += vertical ? '+' : ch(left ? k - 1 : k);
    else out += vertical ? '|' : ' ';
    if (k < grid.cols) out += ruled(k) ? ch(k).repeat(widths[k]) : pad(widths[k]);
  }
  return out;
}

/**
 * For each column, the least room any of its single-column cells' lines leaves. A cell spanning
 * columns is padded by the measure of its first column.
 */
function minimumPadding(grid: Grid, layout: Layout): number[] {
  const minpad = new Array<number>(grid.cols).fill(Infinity);
  for (const cell of grid.cells) {
    if (cell.colspan !== 1) continue;
    for (const l of layout.lines.get(cell)!) minpad[cell.col] = Math.min(minpad[cell.col], layout.widths[cell.col] - textWidth(l));
  }
  return minpad;
}

/** The table's lines: rules between rows, cells' lines between bars. */
export function drawTable(grid: Grid, layout: Layout): string[] {
  const { widths, lines } = layout;
  const heights = rowHeights(grid, layout);
  const minpad = minimumPadding(grid, layout);
  const out: string[] = [];
  for (let r = 0; r < grid.rows; r++) {
    out.push(rule(grid, widths, r));
    for (let n = 0; n < heights[r]; n++) {
      let line = '|';
      for (let j = 0; j < grid.cols;) {
        const cell = grid.slots[r][j];
        const w = spanWidth(widths, cell);
        const text = (cell.row === r ? lines.get(cell)![n] : undefined) ?? '';
        line += justify(text, cell.element.attributes.align ?? 'left', w, minpad[cell.col]) + '|';
        j = cell.col + cell.colspan;
      }
      out.push(line);
    }
  }
  if (grid.rows) out.push(rule(grid, widths, grid.rows));
  return out;
}
