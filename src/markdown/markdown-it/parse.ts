import type { Root } from 'mdast';
import type { Dialect } from '../split.js';
import { markdownIt } from './instance.js';
import { SourceIndex, type LocatedToken } from './positions.js';
import { tokensToMdast } from './to-mdast.js';

/** Parses Markdown into mdast with markdown-it: the tree parseMarkdownMicromark makes, faster. */
export function parseMarkdownIt(text: string, dialect: Dialect): Root {
  const md = markdownIt(dialect);
  const env = {};
  const tokens = md.parse(text, env) as LocatedToken[];
  return tokensToMdast(tokens, new SourceIndex(text), md, env);
}
