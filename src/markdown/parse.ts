import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
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
  const extensions = [gfmFootnote(), gfmStrikethrough({ singleTilde: false }), gfmTable(), gfmTaskListItem(), defList, ...ext.micromark];
  const mdastExtensions = [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(),
    defListFromMarkdown, ...ext.fromMarkdown];
  // kramdown does not turn bare URLs into links (only <url> autolinks); mmark and GFM do.
  // Leaving the GFM autolink-literal scan out for kramdown also saves a third of the parse time.
  if (dialect !== 'kramdown') {
    extensions.push(gfmAutolinkLiteral());
    mdastExtensions.push(gfmAutolinkLiteralFromMarkdown());
  }
  return fromMarkdown(text, { extensions, mdastExtensions });
}
