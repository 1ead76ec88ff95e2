import type { RfcElement } from '../../../tree/nodes.js';
import { blankline, concat, textWidth, verbatim, type Doc } from '../doc/index.js';
import { captionLines, captionParagraphs, captionWidth } from '../table/caption.js';
import { cellContent, type BreakMode } from '../table/content.js';
import { drawTable } from '../table/draw.js';
import { buildGrid } from '../table/grid.js';
import { allocate } from '../table/widths.js';
import { availableWidth } from './figure.js';
import type { TextState } from '../state.js';

/** The table drawn in lines at most `width` wide where its words allow. */
export function tableLines(state: TextState, e: RfcElement, width: number): string[] {
  const grid = buildGrid(e);
  if (!grid.rows || !grid.cols) return [];
  const contents = (mode: BreakMode) => new Map(grid.cells.map((c) => [c, cellContent(state, c.element, mode)] as const));
  const layout = allocate(grid, width, contents('words'), () => contents('hyphens'));
  return drawTable(grid, layout);
}

/** xml2rfc's align() of a block of lines within `width`. */
function alignBlock(lines: string[], how: string, width: number): string[] {
  if (!lines.length || how === 'left') return lines;
  const w = Math.max(...lines.map((l) => textWidth(l)));
  if (w >= width) return lines;
  const shift = how === 'center' ? Math.floor((width - w) / 2) : width - w;
  return lines.map((l) => (l.trim() ? ' '.repeat(shift) + l : l));
}

/** `<table>`: the drawn table, then "Table N: Title" centred under it, the whole aligned. */
export function table(state: TextState, e: RfcElement): Doc {
  const width = availableWidth();
  let lines = tableLines(state, e, width);
  const caption = captionParagraphs(state, e);
  if (!lines.length && !caption.length) return '';
  let tableWidth = Math.min(width, Math.max(0, ...lines.map((l) => textWidth(l))));
  // A narrow table is centred over the width of its caption's first 26 columns.
  const minTitle = Math.min(26, captionWidth(caption));
  if (tableWidth < minTitle) {
    tableWidth = minTitle;
    lines = alignBlock(lines, 'center', tableWidth);
  }
  const all = caption.length ? [...lines, '', ...captionLines(caption, tableWidth)] : lines;
  const aligned = alignBlock(all, e.attributes.align ?? 'center', width);
  const body = aligned.slice(0, lines.length);
  const cap = aligned.slice(lines.length + 1);
  if (!caption.length) return verbatim(body);
  return body.length ? concat(verbatim(body), blankline, verbatim(cap)) : verbatim(cap);
}
