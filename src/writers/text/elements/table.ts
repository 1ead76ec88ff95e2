import { firstChild, isElement, textContent, type RfcElement, type RfcNode } from '../../../tree/nodes.js';
import { blankline, concat, verbatim, type Doc } from '../doc/index.js';
import { fillParagraph, type NoBreakRun } from '../fill.js';
import { inline } from '../inline.js';
import { availableWidth } from './figure.js';
import { centerLines } from './front.js';
import type { TextState } from '../state.js';

interface Cell {
  element: RfcElement;
  head: boolean;
  /** Paragraphs of the cell (a `<br>` or a new `<t>` starts one). */
  paras: (string | NoBreakRun)[][];
  minwidth: number;
  wrapped: string[];
}

/** The text of a cell as paragraphs of fill input. */
function cellParagraphs(state: TextState, c: RfcElement): (string | NoBreakRun)[][] {
  const paras: (string | NoBreakRun)[][] = [[]];
  const add = (nodes: readonly RfcNode[]) => {
    for (const p of inline(state, nodes)) {
      if (p === '\n') paras.push([]);
      else paras[paras.length - 1].push(p);
    }
  };
  const blocks = c.children.filter((k): k is RfcElement => isElement(k) && ['t', 'ul', 'ol', 'dl', 'artwork', 'sourcecode'].includes(k.name));
  if (blocks.length) {
    blocks.forEach((b, i) => {
      if (i) paras.push([]);
      add(b.name === 't' ? b.children : [{ type: 'text', value: textContent(b) }]);
    });
  } else add(c.children);
  return paras.filter((p) => p.some((x) => (typeof x === 'string' ? x.trim() : x.noBreak.trim())));
}

function words(p: (string | NoBreakRun)[], hyphenSplit = false): string[] {
  const ws = p.map((x) => (typeof x === 'string' ? x : x.noBreak.replace(/\s+/g, '\u00a0'))).join('').split(/[ \t\n\r]+/).filter(Boolean);
  return hyphenSplit ? ws.flatMap((w) => w.split(/(?<=-)(?=.)/)) : ws;
}

/** Cell text that may also break after any hyphen (a zero-width space offers the break). */
function hyphenBreaks(paras: (string | NoBreakRun)[][]): (string | NoBreakRun)[][] {
  return paras.map((p) => p.map((x) => (typeof x === 'string' ? x.replace(/-(?=\S)/g, '-\u200b') : x)));
}

function wrap(paras: (string | NoBreakRun)[][], width: number): string[] {
  const out: string[] = [];
  for (const p of paras) out.push(...fillParagraph(p, { width: Math.max(1, width) }));
  return out;
}

/** Python's str.center (not trimmed). */
function center(s: string, width: number): string {
  const marg = width - s.length;
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return ' '.repeat(left) + s + ' '.repeat(marg - left);
}

function justify(cell: Cell, line: string, colwidth: number, minpad: number): string {
  const align = cell.element.attributes.align ?? 'left';
  if (align === 'center') return center(line, colwidth);
  const padding = colwidth - line.length;
  const width = colwidth - Math.min(2, Math.max(0, padding));
  let text = align === 'right' ? line.padStart(width) : line.padEnd(width);
  if (align === 'right') {
    if (padding > 1) text = minpad > 1 ? text + ' ' : ' ' + text;
    if (padding > 0) text = ' ' + text;
  } else {
    if (padding > 1) text = minpad > 1 ? ' ' + text : text + ' ';
    if (padding > 0) text = text + ' ';
  }
  return text;
}

const MERGE: Record<string, Record<string, string>> = {
  '=': { '=': '=', '-': '=', '+': '+' },
  '-': { '=': '=', '-': '-', '+': '+' },
  '+': { '=': '+', '-': '+', '+': '+', '|': '+' },
  '|': { '+': '+', '|': '|' },
};
const merge = (c: string, d: string) => MERGE[c]?.[d] ?? c;

/** The table drawn as xml2rfc's build_table draws it (rows and columns without spans). */
export function tableLines(state: TextState, e: RfcElement, width: number): string[] {
  const rows: Cell[][] = [];
  for (const part of e.children) {
    if (!isElement(part) || !['thead', 'tbody', 'tfoot'].includes(part.name)) continue;
    for (const tr of part.children) {
      if (!isElement(tr, 'tr')) continue;
      rows.push(tr.children.filter((c): c is RfcElement => isElement(c, 'td') || isElement(c, 'th')).map((c) => {
        const paras = cellParagraphs(state, c);
        return { element: c, head: c.name === 'th', paras, minwidth: Math.max(0, ...paras.flatMap((p) => words(p)).map((w) => w.length)), wrapped: [] };
      }));
    }
  }
  if (!rows.length) return [];
  const cols = Math.max(...rows.map((r) => r.length));
  const empty = (): Cell => ({ element: { type: 'element', name: 'td', attributes: {}, children: [] } as unknown as RfcElement, head: false, paras: [], minwidth: 0, wrapped: [] });
  for (const r of rows) while (r.length < cols) r.push(empty());
  let colwidth = Array.from({ length: cols }, (_, j) => Math.max(0, ...rows.map((r) => r[j].minwidth)));
  if (colwidth.reduce((a, b) => a + b, 0) + cols + 1 > width) {
    // Too wide: split cell content on hyphens too.
    for (const r of rows) for (const c of r) {
      c.minwidth = Math.max(0, ...c.paras.flatMap((p) => words(p, true)).map((w) => w.length));
      c.paras = hyphenBreaks(c.paras);
    }
    colwidth = Array.from({ length: cols }, (_, j) => Math.max(0, ...rows.map((r) => r[j].minwidth)));
  }
  const padding = new Array<number>(cols).fill(0);
  let excess = width - (colwidth.reduce((a, b) => a + b, 0) + cols + 1);
  if (excess > 0) {
    const order = colwidth.map((w, j) => [w, j] as const).sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    for (const [, j] of order) {
      if (excess > 2) {
        excess -= 2;
        colwidth[j] += 2;
        padding[j] = 2;
      }
    }
  }
  for (const r of rows) r.forEach((c, j) => { c.wrapped = wrap(c.paras, colwidth[j]); });
  while (excess > 0) {
    let max: [number, number] | undefined;
    let maxrows = 0;
    rows.forEach((r, i) => r.forEach((c, j) => {
      c.wrapped = wrap(c.paras, colwidth[j] - padding[j]);
      if (c.wrapped.length > maxrows && c.wrapped.length > 1) { maxrows = c.wrapped.length; max = [i, j]; }
    }));
    if (!max) break;
    const [i, j] = max;
    const cell = rows[i][j];
    const w = colwidth[j] - padding[j];
    let widened = false;
    for (let l = 1; l <= excess; l++) {
      if (wrap(cell.paras, w + l).length < cell.wrapped.length) {
        excess -= l;
        colwidth[j] += l;
        widened = true;
        break;
      }
    }
    if (!widened) break;
  }
  const minpad = Array.from({ length: cols }, (_, j) => Math.min(width, ...rows.flatMap((r) => r[j].wrapped.map((l) => colwidth[j] - l.length))));
  const border = (cells: Cell[], top: boolean, last: boolean) => {
    let line = '';
    cells.forEach((c, j) => {
      const ch = c.head ? '=' : top ? '-' : last ? '-' : '-';
      const part = '+' + ch.repeat(colwidth[j]) + '+';
      line = line ? line.slice(0, -1) + merge(line[line.length - 1], part[0]) + part.slice(1) : part;
    });
    return line;
  };
  const out: string[] = [];
  let prevBottom: string | undefined;
  rows.forEach((r, i) => {
    let top = border(r, true, false);
    if (i === 0) top = top.replace(/-/g, (m) => m); // a table's outer rule is drawn like any other
    if (prevBottom !== undefined) top = [...top].map((ch, k) => merge(prevBottom![k] ?? ch, ch)).join('');
    out.push(top);
    const height = Math.max(...r.map((c) => c.wrapped.length));
    for (let n = 0; n < height; n++) {
      let line = '';
      r.forEach((c, j) => {
        const part = '|' + justify(c, c.wrapped[n] ?? '', colwidth[j], minpad[j]) + '|';
        line = line ? line.slice(0, -1) + merge(line[line.length - 1], part[0]) + part.slice(1) : part;
      });
      out.push(line);
    }
    prevBottom = border(r, false, i === rows.length - 1);
  });
  if (prevBottom !== undefined) out.push(prevBottom);
  return out;
}

/** xml2rfc's align() of a block of lines within `width`. */
function alignBlock(lines: string[], how: string, width: number): string[] {
  if (!lines.length || how === 'left') return lines;
  const w = Math.max(...lines.map((l) => l.length));
  if (w >= width) return lines;
  const shift = how === 'center' ? Math.floor((width - w) / 2) : width - w;
  return lines.map((l) => (l.trim() ? ' '.repeat(shift) + l : l));
}

/** `<table>`: the drawn table, then "Table N: Title" centred under it, the whole centred. */
export function table(state: TextState, e: RfcElement): Doc {
  const width = availableWidth();
  let lines = tableLines(state, e, width);
  const n = (e.attributes.pn ?? '').replace(/^table-/, '');
  const name = firstChild(e, 'name');
  const title = name ? textContent(name).replace(/\s+/g, ' ').trim() : '';
  const caption = n ? (title ? `Table ${n}: ${title}` : `Table ${n}`) : '';
  if (!lines.length && !caption) return '';
  let tableWidth = Math.min(width, Math.max(0, ...lines.map((l) => l.length)));
  const minTitle = Math.min(26, caption.length);
  if (tableWidth < minTitle) {
    tableWidth = minTitle;
    lines = alignBlock(lines, 'center', tableWidth);
  }
  const all = caption ? [...lines, '', ...centerLines(caption, tableWidth)] : lines;
  const aligned = alignBlock(all, e.attributes.align ?? 'center', width);
  const body = aligned.slice(0, lines.length);
  const cap = aligned.slice(lines.length + 1);
  if (!caption) return verbatim(body);
  return body.length ? concat(verbatim(body), blankline, verbatim(cap)) : verbatim(cap);
}

