import type { HtmlHandler } from '../state.js';
import { addressCard } from './authors.js';
import { artset, artwork, figure, sourcecode } from './figure.js';
import { bcp14, br, contact, cref, edit, eref, iref, sameName, span, tt, unicode } from './inline.js';
import { definitionList, orderedList, unorderedList } from './lists.js';
import { aside, blockquote, paragraph } from './paragraph.js';
import { references } from './references.js';
import { section } from './section.js';
import { table } from './table.js';
import { xref } from './xref.js';

/** One renderer per RFC XML element; elements without one are written by their content. */
export const handlers: Record<string, HtmlHandler> = {
  section, references,
  t: paragraph, blockquote, aside,
  ul: unorderedList, ol: orderedList, dl: definitionList,
  figure, artwork, sourcecode, artset, table,
  em: sameName, strong: sameName, sub: sameName, sup: sameName, tt, bcp14, br,
  strike: edit, ins: edit, del: edit, span, iref, cref, u: unicode, eref, xref,
  contact: (state, e) => (e.children.some((c) => c.type === 'element') ? addressCard(state, e) : contact(state, e)),
  author: addressCard,
  // Metadata that the header shows, or that has no place in the page.
  name: () => '', displayreference: () => '', seriesInfo: () => '', keyword: () => '', area: () => '', workgroup: () => '',
};
