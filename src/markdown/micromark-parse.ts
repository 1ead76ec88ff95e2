// The micromark front end, loaded on demand by parse.ts (see parseMarkdown there).
import { eachPoint } from './each-point.js';
import type { Root } from 'mdast';
import type { Point } from 'unist';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { defList } from 'micromark-extension-definition-list';
import { defListFromMarkdown } from 'mdast-util-definition-list';
import { dialectExtensions } from '../syntax/micromark-extensions.js';
import { gfmTableWithPrecheck } from '../syntax/table-precheck.js';
import type { Dialect } from './split.js';


/**
 * The micromark front end: the reference the markdown-it one is compared with (scripts/
 * parser-diff.mjs, test/unit/markdown/markdown-it.test.ts), and the parser for text with
 * carriage returns.
 *
 * Leading empty lines are not handed to micromark: callers pad a piece of the document with
 * one `\n` per line before it (so that positions are the file's), and micromark spends as much
 * on an empty line as on a short paragraph (re-parsing the eight asides of RFC 9000 that way
 * cost a fifth of its whole parse). Empty lines at the start of a document make no node, so
 * the rest is parsed alone and its positions moved down; the tree is the same.
 */
export function parseMarkdownMicromark(text: string, dialect: Dialect): Root {
  let blank = 0;
  while (text.charCodeAt(blank) === 10) blank++;
  // micromark drops a byte order mark only at the very start: keep one after the lines there.
  if (blank === 0 || text.charCodeAt(blank) === 0xfeff) return parseMarkdownAsIs(text, dialect);
  const root = parseMarkdownAsIs(text.slice(blank), dialect);
  shiftPositions(root, blank);
  return root;
}

/** parseMarkdown without the leading-empty-lines shortcut: micromark on the text as it is. */
export function parseMarkdownAsIs(text: string, dialect: Dialect): Root {
  const ext = dialectExtensions(dialect);
  // The table construct reads the source's lines to skip those that cannot start a table.
  const extensions = [gfmFootnote(), gfmStrikethrough({ singleTilde: false }), gfmTableWithPrecheck(text), gfmTaskListItem(), defList,
    ...ext.micromark];
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

/**
 * Moves every position of the tree `lines` lines (of one `\n` each) down. The root starts at
 * the document's start, as micromark puts it for a document that opens with empty lines.
 */
function shiftPositions(root: Root, lines: number): void {
  const move = (p: Point) => {
    p.line += lines;
    if (p.offset !== undefined) p.offset += lines;
  };
  const moved = eachPoint(root, move);
  if (root.position) {
    if (!moved.has(root.position.end)) move(root.position.end);
    root.position.start = { line: 1, column: 1, offset: 0 };
  }
}
