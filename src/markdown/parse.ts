import type { Root } from 'mdast';
import type { Dialect } from './split.js';
import { parseMarkdownIt } from './markdown-it/parse.js';
import { lazy } from '../util/lazy.js';

// The micromark front end and its ~150 modules load only when a text needs them.
const micromark = lazy<typeof import('./micromark-parse.js')>(import.meta.url, './micromark-parse.js');

/**
 * Parses Markdown into mdast with CommonMark, GFM (tables, footnotes, strikethrough, task
 * lists, autolink literals), definition lists, and the dialect's IETF syntax.
 *
 * markdown-it does the parsing (src/markdown/markdown-it/): it makes the tree that micromark
 * made (parseMarkdownMicromark), positions included, in a tenth of the time on large drafts.
 * Text with carriage returns, or a byte order mark at its start, still goes to micromark:
 * markdown-it rewrites line endings before it parses (so offsets and values would change),
 * and micromark drops a leading byte order mark. Callers give text split from a draft, which
 * has neither (splitDraft normalises line endings and drops the mark). So does text nested
 * deeper than markdown-it follows (see parseMarkdownIt): no draft does.
 */
export function parseMarkdown(text: string, dialect: Dialect): Root {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return parseMarkdownMicromark(text, dialect);
  return parseMarkdownIt(text, dialect) ?? parseMarkdownMicromark(text, dialect);
}

/**
 * The micromark front end: the reference the markdown-it one is compared with (scripts/
 * parser-diff.mjs, test/unit/markdown/markdown-it.test.ts), and the parser for text with
 * carriage returns. See micromark-parse.ts.
 */
export function parseMarkdownMicromark(text: string, dialect: Dialect): Root {
  return micromark().parseMarkdownMicromark(text, dialect);
}

/** parseMarkdownMicromark without the leading-empty-lines shortcut: micromark on the text as it is. */
export function parseMarkdownAsIs(text: string, dialect: Dialect): Root {
  return micromark().parseMarkdownAsIs(text, dialect);
}
