import type { Handler } from '../state.js';
import { aside, xmlBlock, blockquote, ignore, nestedHeading, paragraph, thematicBreak } from './blocks.js';
import { blockHtml } from './html.js';
import { code, figureGroup, image } from './code.js';
import { defList } from './def-list.js';
import { directive } from './directive.js';
import { footnoteReference } from './footnote.js';
import { link, linkReference } from './link.js';
import { list, listItemHandler } from './list.js';
import { emphasis, inlineCode, lineBreak, strikethrough, strong, textNode } from './phrasing.js';
import { ietfSpan } from './span.js';
import { table } from './table.js';

/** One handler per mdast node type (mdast-util-to-hast's layout). */
export const handlers: Record<string, Handler> = {
  paragraph,
  blockquote,
  list,
  listItem: listItemHandler,
  code,
  table,
  html: (state, node, parent) => (parent && parent.type !== 'root' && 'children' in parent && isPhrasingParent(parent.type)
    ? [] : blockHtml(state, node)),
  thematicBreak,
  heading: nestedHeading,
  defList,
  text: textNode,
  emphasis,
  strong,
  inlineCode,
  break: lineBreak,
  delete: strikethrough,
  link,
  linkReference,
  image,
  imageReference: ignore,
  footnoteReference,
  footnoteDefinition: ignore,
  definition: ignore,
  yaml: ignore,
  toml: ignore,
  ietfSpan,
  ietfDirective: directive,
  ietfAside: aside,
  ietfXmlBlock: xmlBlock,
  ietfFigure: figureGroup,
  ietfLine: ignore,
};

function isPhrasingParent(type: string): boolean {
  return ['paragraph', 'heading', 'emphasis', 'strong', 'link', 'linkReference', 'tableCell', 'delete', 'defListTerm'].includes(type);
}
