import { isElement, type RfcElement } from '../../../tree/nodes.js';
import { blankline, concat, hang, hardline, indent, type Doc } from '../doc/index.js';
import { listCounter } from '../../../prep/xrefs.js';
import type { TextState } from '../state.js';

/** The marker of item `n` of an ordered list: "1.", "a.", "(i)", "REC3:"… */
function orderedMarker(n: number, type: string | undefined): string {
  const t = type ?? '1';
  if (/%[dcCiI]/.test(t)) return t.replace(/%([dcCiI])/, (_m, s: string) => listCounter(n, s));
  return `${listCounter(n, t)}.`;
}

/** `<ul>`/`<ol>`: a marker, then the item's content hanging under its first line. */
export function list(state: TextState, e: RfcElement): Doc {
  const items = e.children.filter((c): c is RfcElement => isElement(c, 'li'));
  const compact = e.attributes.spacing === 'compact';
  const start = Number(e.attributes.start ?? 1);
  const parts: Doc[] = [];
  items.forEach((li, i) => {
    if (i) parts.push(compact ? hardline : blankline);
    let marker = '';
    if (e.name === 'ol') marker = orderedMarker(start + i, e.attributes.type);
    else if (e.attributes.empty !== 'true') marker = '*';
    const width = e.attributes.indent ? Number(e.attributes.indent) : e.name === 'ol' ? Math.max(4, marker.length + 2) : 3;
    const body = state.blocks(li.children, compact);
    if (!marker) parts.push(indent(e.attributes.bare === 'true' ? 0 : width, body));
    else parts.push(concat(marker.padEnd(width), hang(width, body)));
  });
  return concat(...parts);
}

/** `<dl>`: each term at the margin, its definition indented below it (or beside a short term). */
export function definitionList(state: TextState, e: RfcElement): Doc {
  const compact = e.attributes.spacing === 'compact';
  const width = Number(e.attributes.indent ?? 3);
  const parts: Doc[] = [];
  let first = true;
  for (const c of e.children) {
    if (!isElement(c)) continue;
    if (c.name === 'dt') {
      if (!first) parts.push(compact ? hardline : blankline);
      first = false;
      parts.push(state.blocks([c]));
    } else if (c.name === 'dd') {
      parts.push(hardline, indent(width, state.blocks(c.children)));
    }
  }
  return concat(...parts);
}
