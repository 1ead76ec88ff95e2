import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { defList } from 'micromark-extension-definition-list';
import { defListFromMarkdown } from 'mdast-util-definition-list';
import { dialectExtensions } from '../syntax/dialects.js';
import type { Dialect } from './split.js';

/**
 * Parses Markdown into mdast with CommonMark, GFM (tables, footnotes, strikethrough, task
 * lists, autolinks), definition lists, and the dialect's IETF syntax.
 */
export function parseMarkdown(text: string, dialect: Dialect): Root {
  const ext = dialectExtensions(dialect);
  return fromMarkdown(text, {
    extensions: [gfm({ singleTilde: false }), defList, ...ext.micromark],
    mdastExtensions: [gfmFromMarkdown(), defListFromMarkdown, ...ext.fromMarkdown],
  });
}
