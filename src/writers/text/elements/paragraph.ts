import type { RfcElement } from '../../../tree/nodes.js';
import { concat, hardline, indent, printDoc, verbatim, type Doc } from '../doc/index.js';
import { fillText } from '../fill.js';
import { CREF_START, inline } from '../inline.js';
import { availableWidth, withIndent } from './figure.js';
import type { TextState } from '../state.js';

/** Text with something besides white space (what `trim` leaves non-empty, without the copy). */
const NOT_BLANK = /\S/;

/** Filled text from inline content; `<br/>` starts a new line. */
export function filled(state: TextState, e: RfcElement): Doc {
  const pieces = inline(state, e.children);
  // A paragraph of index entries only prints nothing, and takes no blank line either.
  if (!pieces.some((p) => NOT_BLANK.test(typeof p === 'string' ? p : p.noBreak))) return '';
  const lines: (typeof pieces)[] = [[]];
  for (const p of pieces) {
    if (p === '\n') lines.push([]);
    else lines[lines.length - 1].push(p);
  }
  const docs = lines.map((l) => (l[0] === CREF_START ? comment(l.slice(1)) : fillText(l as never)));
  const out: Doc[] = [];
  docs.forEach((d, i) => {
    if (i) out.push(hardline);
    out.push(d);
  });
  return concat(...out);
}

/** A comment line and the text after it, filled three columns narrower, each line after "// ". */
function comment(pieces: ReturnType<typeof inline>): Doc {
  const lines = printDoc(fillText(pieces as never), availableWidth() - 3);
  return verbatim(lines.map((l) => `// ${l}`.trimEnd()));
}

/** `<t>`: a filled paragraph (its container indents it). */
export function paragraph(state: TextState, e: RfcElement): Doc {
  const n = Number(e.attributes.indent ?? 0);
  if (!(n > 0)) return filled(state, e);
  return indent(n, withIndent(n, () => filled(state, e)));
}
