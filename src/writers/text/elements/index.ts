import type { TextHandler } from '../state.js';
import { artwork } from './code.js';
import { authorHandler } from './authors.js';
import { figure } from './figure.js';
import { definitionList, list } from './lists.js';
import { paragraph } from './paragraph.js';
import { references } from './references.js';
import { section } from './section.js';
import { blockquote, aside } from './quote.js';
import { table } from './table.js';

/** One renderer per block element; anything else is rendered through its children. */
export const handlers: Record<string, TextHandler> = {
  section,
  references,
  t: paragraph,
  ul: list,
  ol: list,
  dl: definitionList,
  artwork,
  sourcecode: artwork,
  artset: artwork,
  figure,
  table,
  blockquote,
  aside,
  author: authorHandler,
  contact: authorHandler,
  name: () => '',
  iref: () => '',
};
