import { isElement, type RfcElement } from '../../../tree/nodes.js';

/** One `<td>`/`<th>` placed in the table's grid of rows and columns. */
export interface GridCell {
  element: RfcElement;
  /** A `<th>`: its borders are drawn with "=". */
  head: boolean;
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

/** The table as a grid: `slots[r][c]` is the cell covering row r, column c. */
export interface Grid {
  rows: number;
  cols: number;
  cells: GridCell[];
  slots: GridCell[][];
}

function span(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

function emptyCell(row: number, col: number): GridCell {
  const element = { type: 'element', name: 'td', attributes: {}, children: [] } as unknown as RfcElement;
  return { element, head: false, row, col, rowspan: 1, colspan: 1 };
}

/**
 * Places the cells of `<thead>`, `<tbody>`s and `<tfoot>` (in document order) as HTML does:
 * each cell takes the next column not covered by a row-spanning cell above it. Spans are cut
 * at the table's last row; slots no cell covers get an empty cell.
 */
export function buildGrid(table: RfcElement): Grid {
  const trs: RfcElement[] = [];
  for (const part of table.children) {
    if (!isElement(part)) continue;
    if (part.name === 'tr') trs.push(part);
    else if (['thead', 'tbody', 'tfoot'].includes(part.name)) trs.push(...part.children.filter((r): r is RfcElement => isElement(r, 'tr')));
  }
  const rows = trs.length;
  const slots: GridCell[][] = trs.map(() => []);
  const cells: GridCell[] = [];
  trs.forEach((tr, r) => {
    let c = 0;
    for (const td of tr.children) {
      if (!isElement(td, 'td') && !isElement(td, 'th')) continue;
      while (slots[r][c]) c++;
      const cell: GridCell = {
        element: td,
        head: td.name === 'th',
        row: r,
        col: c,
        rowspan: Math.min(span(td.attributes.rowspan), rows - r),
        colspan: span(td.attributes.colspan),
      };
      cells.push(cell);
      for (let i = r; i < r + cell.rowspan; i++) {
        for (let j = c; j < c + cell.colspan; j++) slots[i][j] ??= cell;
      }
      c += cell.colspan;
    }
  });
  const cols = Math.max(0, ...slots.map((s) => s.length));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (!slots[r][c]) {
        const cell = emptyCell(r, c);
        cells.push(cell);
        slots[r][c] = cell;
      }
    }
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows, cols, cells, slots };
}
