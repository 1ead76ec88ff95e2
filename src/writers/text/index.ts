import { firstChild, isElement, visitElements, type RfcDocument, type RfcElement, type RfcNode } from '../../tree/nodes.js';
import { blankline, concat, hardline, printDoc, type Doc } from './doc/index.js';
import { handlers } from './elements/index.js';
import { frontPage } from './elements/front.js';
import { filled } from './elements/paragraph.js';
import type { TextOptions, TextState } from './state.js';
import { paginateDocument } from './paginate.js';
import { authorsAddresses } from './elements/authors.js';

const INLINE = new Set(['em', 'strong', 'tt', 'xref', 'eref', 'bcp14', 'sub', 'sup', 'iref', 'cref', 'br', 'contact', 'u', 'span']);

/**
 * Writes a prepped RFC XML v3 document as the plain text xml2rfc prints (RFC 7994 layout,
 * 72 columns), paginated for drafts and not for RFCs unless told. Run `prep` first:
 * numbering, boilerplate and the TOC come from it.
 */
export function writeText(doc: RfcDocument, options: TextOptions = {}): string {
  const root = doc.root;
  const byId = new Map<string, RfcElement>();
  visitElements(root, (e) => {
    if (e.attributes.anchor) byId.set(e.attributes.anchor, e);
    if (e.attributes.pn) byId.set(e.attributes.pn, e);
    if (e.name === 'name' && e.attributes.slugifiedName) byId.set(e.attributes.slugifiedName, e);
  });
  const state: TextState = {
    options, root, byId, handlers, warnings: [],
    block(e) {
      const h = handlers[e.name];
      if (h) return h(state, e);
      if (INLINE.has(e.name)) return filled(state, { ...e, children: [e] });
      return state.blocks(e.children);
    },
    blocks(children: readonly RfcNode[], tight = false) {
      const gap = tight ? hardline : blankline;
      const parts: Doc[] = [];
      // Inline content directly in a container (a tight <li>, a <dd>, a <td>) is one paragraph.
      const run: RfcNode[] = [];
      const flush = () => {
        // Index anchors alone (an <iref> between blocks) print nothing, so no paragraph.
        if (run.some((n) => (n.type === 'text' ? n.value.trim() : !isElement(n) || n.name !== 'iref'))) {
          if (parts.length) parts.push(gap);
          parts.push(filled(state, { type: 'element', name: 't', attributes: {}, children: run.splice(0) }));
        }
        run.length = 0;
      };
      for (const c of children) {
        if (c.type === 'text' || (isElement(c) && INLINE.has(c.name))) { run.push(c); continue; }
        if (!isElement(c)) continue;
        flush();
        const d = state.block(c);
        if (d === '') {
          // A paragraph of index entries only: xml2rfc leaves one empty line for it.
          if (c.name === 't' && parts.length) parts.push(hardline);
          continue;
        }
        if (parts.length) parts.push(gap);
        parts.push(d);
      }
      flush();
      return concat(...parts);
    },
  };
  const parts: Doc[] = [frontPage(state)];
  for (const part of ['middle', 'back'] as const) {
    const p = firstChild(root, part);
    if (!p) continue;
    for (const c of p.children) {
      if (!isElement(c)) continue;
      if (c.name === 'displayreference') continue;
      parts.push(blankline, state.block(c));
    }
  }
  // The Authors' Addresses section, unless the document (prepped by another tool) has its own.
  const addresses = authorsAddresses(state);
  if (addresses !== '') parts.push(blankline, addresses);
  const lines = printDoc(concat(...parts));
  const paginated = options.paginate ?? !root.attributes.number;
  if (paginated) return paginateDocument(lines, root, { legacyDateFormat: options.legacyDateFormat });
  return lines.join('\n') + '\n';
}

