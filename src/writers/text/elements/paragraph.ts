import type { RfcElement } from '../../../tree/nodes.js';
import { concat, fill, hardline, type Doc } from '../doc/index.js';
import { fillWords } from '../fill.js';
import { inline } from '../inline.js';
import type { TextState } from '../state.js';

/** Filled text from inline content; `<br/>` starts a new line. */
export function filled(state: TextState, e: RfcElement): Doc {
  const pieces = inline(state, e.children);
  const lines: (typeof pieces)[] = [[]];
  for (const p of pieces) {
    if (p === '\n') lines.push([]);
    else lines[lines.length - 1].push(p);
  }
  const docs = lines.map((l) => fill(fillWords(l as never)));
  const out: Doc[] = [];
  docs.forEach((d, i) => {
    if (i) out.push(hardline);
    out.push(d);
  });
  return concat(...out);
}

/** `<t>`: a filled paragraph (its container indents it). */
export function paragraph(state: TextState, e: RfcElement): Doc {
  return filled(state, e);
}
