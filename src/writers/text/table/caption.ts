import { firstChild, type RfcElement } from '../../../tree/nodes.js';
import { textWidth } from '../doc/index.js';
import { fillParagraph, type NoBreakRun } from '../fill.js';
import { inline } from '../inline.js';
import { pyCenter } from '../elements/front.js';
import type { TextState } from '../state.js';

/** A caption as paragraphs of fill input (each starts a new line). */
export type Caption = (string | NoBreakRun)[][];

/**
 * "Table N: Title" as paragraphs: the title's markup as in running text, a U+2028 in it starting
 * a new line.
 */
export function captionParagraphs(state: TextState, e: RfcElement): Caption {
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
export function captionLines(paras: Caption, width: number): string[] {
  return paras.flatMap((p) => {
    const one = fillParagraph(p, { width: 1 << 16 });
    const lines = one.some((l) => textWidth(l) > width) ? fillParagraph(p, { width: Math.max(1, width - 4) }) : one;
    return lines.map((l) => pyCenter(l, width).replace(/\s+$/, ''));
  });
}

/** The width of the caption's longest line, unwrapped. */
export function captionWidth(paras: Caption): number {
  return Math.max(0, ...paras.flatMap((p) => fillParagraph(p, { width: 1 << 16 })).map((l) => textWidth(l)));
}
