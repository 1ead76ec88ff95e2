import { isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { blankline, concat, verbatim, type Doc } from '../doc/index.js';
import { caption } from './figure.js';
import type { TextState } from '../state.js';

/** `<table>`, drawn with `+---+` rules and `|` columns, one line per row (cells are not wrapped yet). */
export function table(_state: TextState, e: RfcElement): Doc {
  const rows: { cells: string[]; head: boolean }[] = [];
  for (const part of e.children) {
    if (!isElement(part) || !['thead', 'tbody', 'tfoot'].includes(part.name)) continue;
    for (const tr of part.children) {
      if (!isElement(tr, 'tr')) continue;
      rows.push({ head: part.name === 'thead', cells: tr.children.filter((c): c is RfcElement => isElement(c)).map((c) => textContent(c).replace(/\s+/g, ' ').trim()) });
    }
  }
  if (!rows.length) return '';
  const cols = Math.max(...rows.map((r) => r.cells.length));
  const widths = Array.from({ length: cols }, (_, i) => Math.max(...rows.map((r) => (r.cells[i] ?? '').length)));
  const rule = (c: string) => '+' + widths.map((w) => c.repeat(w + 2)).join('+') + '+';
  const lines: string[] = [rule('-')];
  rows.forEach((r, i) => {
    lines.push('| ' + widths.map((w, k) => (r.cells[k] ?? '').padEnd(w)).join(' | ') + ' |');
    lines.push(r.head && !rows[i + 1]?.head ? rule('=') : rule('-'));
  });
  const total = lines[0].length;
  const pad = ' '.repeat(Math.max(0, Math.floor((69 - total) / 2)));
  const cap = caption(e, 'Table');
  const body = verbatim(lines.map((l) => pad + l));
  return cap === '' ? body : concat(body, blankline, cap);
}
