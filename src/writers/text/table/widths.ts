import type { CellContent } from './content.js';
import type { Grid, GridCell } from './grid.js';

/** Column widths (between the bars) and the lines of every cell at those widths. */
export interface Layout {
  widths: number[];
  lines: Map<GridCell, string[]>;
}

/** The width a cell spans: its columns and the bars between them. */
export function spanWidth(widths: readonly number[], cell: GridCell): number {
  let w = cell.colspan - 1;
  for (let j = cell.col; j < cell.col + cell.colspan; j++) w += widths[j] ?? 0;
  return w;
}

/** Each column as wide as its longest unbreakable piece; a spanning cell widens its last column. */
function minimumWidths(grid: Grid, content: Map<GridCell, CellContent>): number[] {
  const widths = new Array<number>(grid.cols).fill(0);
  for (const cell of grid.cells) {
    if (cell.colspan === 1) widths[cell.col] = Math.max(widths[cell.col], content.get(cell)!.minWidth);
  }
  for (const cell of grid.cells) {
    if (cell.colspan === 1) continue;
    const short = content.get(cell)!.minWidth - spanWidth(widths, cell);
    if (short > 0) widths[cell.col + cell.colspan - 1] += short;
  }
  return widths;
}

/**
 * Column widths as xml2rfc's output shows them chosen:
 * 1. each column starts at its narrowest (its longest word; if the table is then wider than
 *    `width`, words may also break after hyphens and slashes: `narrow` gives that content);
 * 2. while more than two columns of slack remain, columns in order of width (widest first, the
 *    later of equals first) get two columns of padding, a space each side;
 * 3. then, while slack remains, the cell with the most lines is widened by the least that saves
 *    it a line; when no widening helps the widest-lined cell, the rest of the slack is left.
 * Lines are wrapped within the padding while step 3 runs; the lines kept are the ones wrapped
 * before its last widening (so that column shows the extra space as padding, as xml2rfc's does).
 */
export function allocate(
  grid: Grid,
  width: number,
  content: Map<GridCell, CellContent>,
  narrow: () => Map<GridCell, CellContent>,
): Layout {
  let widths = minimumWidths(grid, content);
  const total = () => widths.reduce((a, b) => a + b, 0) + grid.cols + 1;
  if (total() > width) {
    content = narrow();
    widths = minimumWidths(grid, content);
  }
  const padding = new Array<number>(grid.cols).fill(0);
  let excess = width - total();
  if (excess > 0) {
    const order = widths.map((w, j) => [w, j] as const).sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    for (const [, j] of order) {
      if (excess > 2) {
        excess -= 2;
        widths[j] += 2;
        padding[j] = 2;
      }
    }
  }
  const lines = new Map<GridCell, string[]>();
  const wrapAll = (pad: boolean) => {
    for (const cell of grid.cells) lines.set(cell, content.get(cell)!.linesAt(spanWidth(widths, cell) - (pad ? padding[cell.col] : 0)));
  };
  wrapAll(false);
  while (excess > 0) {
    wrapAll(true);
    let most: GridCell | undefined;
    for (const cell of grid.cells) {
      const n = lines.get(cell)!.length;
      if (n > 1 && n > (most ? lines.get(most)!.length : 0)) most = cell;
    }
    if (!most) break;
    const now = lines.get(most)!.length;
    const w = spanWidth(widths, most) - padding[most.col];
    let step = 0;
    for (let l = 1; l <= excess && !step; l++) if (content.get(most)!.linesAt(w + l).length < now) step = l;
    if (!step) break;
    excess -= step;
    widths[most.col] += step;
  }
  return { widths, lines };
}
