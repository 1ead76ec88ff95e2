import type { Root } from 'mdast';
import type { Dialect } from '../split.js';
import { markdownIt } from './instance.js';
import { SourceIndex, type LocatedToken } from './positions.js';
import { tokensToMdast } from './to-mdast.js';

/**
 * Parses Markdown into mdast with markdown-it: the tree parseMarkdownMicromark makes, faster.
 * Undefined when the text nests as deep as markdown-it's limit (maxNesting, 100 levels of
 * quotes, lists or inline markup): markdown-it stops nesting there, micromark does not (and
 * deep enough, converting it exhausts the stack, which the converter reports as too deep).
 */
export function parseMarkdownIt(text: string, dialect: Dialect): Root | undefined {
  const md = markdownIt(dialect);
  const env = {};
  const tokens = md.parse(text, env) as LocatedToken[];
  if (nestsTooDeep(tokens, (md.options as { maxNesting?: number }).maxNesting ?? 100)) return undefined;
  // markdown-it reads U+0000 as U+FFFD (as micromark does): the same length, so the same offsets.
  const source = text.includes('\0') ? text.replace(/\0/g, '\uFFFD') : text;
  return tokensToMdast(tokens, new SourceIndex(source), md, env);
}

function nestsTooDeep(tokens: LocatedToken[], max: number): boolean {
  for (const t of tokens) {
    if (t.level >= max - 1) return true;
    if (t.children) for (const c of t.children) if (c.level >= max - 1) return true;
  }
  return false;
}
