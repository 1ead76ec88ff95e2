import { firstChild, type RfcElement } from '../../../tree/nodes.js';
import { blankline, concat, textWidth, verbatim, type Doc } from '../doc/index.js';
import { fillParagraph, type NoBreakRun } from '../fill.js';
import { inline } from '../inline.js';
import { cellContent, type BreakMode } from '../table/content.js';
import { drawTable } from '../table/draw.js';
import { buildGrid } from '../table/grid.js';
import { allocate } from '../table/widths.js';
import { availableWidth } from './figure.js';
import { pyCenter } from './front.js';
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
  const w = Math.max(...lines.map((l) => l.length));
  if (w >= width) return lines;
  const shift = how === 'center' ? Math.floor((width - w) / 2) : width - w;
  return lines.map((l) => (l.trim() ? ' '.repeat(shift) + l : l));
}

type Caption = (string | NoBreakRun)[][];

/**
 * "Table N: Title" as paragraphs: the title's markup as in running text, a U+2028 in it starting
 * a new line.
 */
function captionParagraphs(state: TextState, e: RfcElement): Caption {
  const n = (e.attributes.pn ?? '').replace(/^table-/, '');
  if (!n) return [];
  const name = firstChild(e, 'name');
  const paras: Caption = [[`Table ${n}:`]];
  for (const p of name ? inline(state, name.children) : []) {
    if (p === '\n') paras.push([]);
    else if (typeof p !== 'string') paras[paras.length - 1].push(p);
    else p.split('\u2028').forEach((t, i) => {
      if (i) paras.push([]);
      paras[paras.length - 1].push(t);
    });
  }
  const visible = (q: Caption[number]) => q.some((x) => (typeof x === 'string' ? x : x.noBreak).trim());
  if (!visible(paras[0].slice(1))) paras[0][0] = `Table ${n}`;
  else paras[0][0] = `Table ${n}: `;
  return paras.filter(visible);
}

/** Caption lines centred within `width`; a line too long is refilled to width - 4 first. */
function captionLines(paras: Caption, width: number): string[] {
  return paras.flatMap((p) => {
    const one = fillParagraph(p, { width: 1 << 16 });
    const lines = one.some((l) => textWidth(l) > width) ? fillParagraph(p, { width: Math.max(1, width - 4) }) : one;
    return lines.map((l) => pyCenter(l, width).replace(/\s+$/, ''));
  });
}

/** `<table>`: the drawn table, then "Table N: Title" centred under it, the whole aligned. */
export function table(state: TextState, e: RfcElement): Doc {
  const width = availableWidth();
  let lines = tableLines(state, e, width);
  const caption = captionParagraphs(state, e);
  if (!lines.length && !caption.length) return '';
  let tableWidth = Math.min(width, Math.max(0, ...lines.map((l) => textWidth(l))));
  const minTitle = Math.min(26, Math.max(0, ...caption.flatMap((p) => fillParagraph(p, { width: 1 << 16 })).map((l) => textWidth(l))));
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
