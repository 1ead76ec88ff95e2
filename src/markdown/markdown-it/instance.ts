import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import type footnoteType from 'markdown-it-footnote';
import type { Dialect } from '../split.js';
import { dialectSyntax } from '../../syntax/dialects.js';
import { useSpans } from './span-rule.js';
import { useLines } from './line-rule.js';
import { oneCharacter, plainTextRule } from './text-rule.js';
import { autolinkLiteral } from './autolink-literal-rule.js';
import { useDefinitions } from './definition-rule.js';
import { useDefinitionLists } from './deflist-rule.js';
import { useStrikethroughRuns } from './strike-rule.js';
import { trackPositions } from './positions.js';

// The CommonJS builds: markdown-it's is one file, its ES build about 80 with its dependencies,
// and reading those was a fifth of every draftsmith start.
const require = createRequire(import.meta.url);
const MarkdownItClass = require('markdown-it') as typeof MarkdownIt;
const footnote = require('markdown-it-footnote') as typeof footnoteType;

const instances = new Map<Dialect, MarkdownIt>();

/** The markdown-it instance for a dialect, made once: CommonMark, GFM tables and strikethrough, definition lists, the dialect's syntax. */
export function markdownIt(dialect: Dialect): MarkdownIt {
  let md = instances.get(dialect);
  if (!md) {
    md = create(dialect);
    instances.set(dialect, md);
  }
  return md;
}

function create(dialect: Dialect): MarkdownIt {
  const md = new MarkdownItClass('default', { html: true, linkify: false, typographer: false });
  // mdast keeps URLs as written (escapes and references decoded): no percent-encoding, no
  // punycode, and no refusal of `javascript:` (the writers decide what to do with a URL).
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  md.validateLink = () => true;
  // Text is joined into mdast text nodes by the converter, which needs the pieces' places.
  md.core.ruler.disable(['text_join', 'replacements', 'smartquotes', 'linkify']);
  md.inline.ruler2.disable('fragments_join');
  // kramdown does not turn bare URLs into links (only <url> autolinks); mmark and GFM do.
  const literals = dialect !== 'kramdown';
  md.inline.ruler.at('text', plainTextRule(literals));
  if (literals) md.inline.ruler.after('newline', 'autolink_literal', autolinkLiteral);
  md.inline.ruler.push('one_character', oneCharacter);
  useDefinitionLists(md);
  useStrikethroughRuns(md);
  // GFM footnotes: `[^label]` references and `[^label]:` definitions, which stay where they
  // are (mdast keeps them in place; markdown-it-footnote's tail rule would move them to the
  // end); no inline `^[…]` footnotes (not GFM, and mmark's `^sup^` must see them).
  md.use(footnote);
  md.core.ruler.disable('footnote_tail');
  md.inline.ruler.disable('footnote_inline');
  const { spans, lines } = dialectSyntax(dialect);
  useSpans(md, spans);
  useLines(md, lines);
  useDefinitions(md);
  trackPositions(md);
  return md;
}
