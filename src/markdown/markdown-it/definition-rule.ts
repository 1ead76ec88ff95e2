import type { MarkdownIt, StateBlock } from 'markdown-it';
import { identifier } from './inline-to-mdast.js';

/** Token type of a link reference definition (markdown-it's own rule makes no token). */
export const DEFINITION_TOKEN = 'ietf_definition';

export interface DefinitionMeta {
  label: string;
  identifier: string;
  url: string;
  title: string | null;
  /** Source offset of the definition's end (after its title or destination). */
  end: number;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * Wraps markdown-it's `reference` rule so that a definition also leaves a token, as micromark
 * leaves a `definition` node: markdown-it decides whether the lines are a definition; its
 * parts are then read again from the source (label, destination, title).
 */
export function useDefinitions(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__;
  const rule = rules.find((r) => r.name === 'reference');
  if (!rule) return;
  const original = rule.fn;
  rule.fn = (state, startLine, endLine, silent) => {
    if (silent) return original(state, startLine, endLine, silent);
    if (!original(state, startLine, endLine, false)) return false;
    const start = state.bMarks[startLine] + state.tShift[startLine];
    const end = state.eMarks[state.line - 1];
    const meta = readDefinition(md, state.src, start, end);
    if (meta) {
      // micromark's definition ends with its line (trailing white space included).
      meta.end = end;
      const token = state.push(DEFINITION_TOKEN, '', 0);
      token.map = [startLine, state.line];
      token.meta = meta;
    }
    // micromark reads definitions and the lines after them as one piece of content: a line
    // indented as code right after a definition goes on that content, as a paragraph.
    const next = state.line;
    if (next < endLine && !state.isEmpty(next) && state.sCount[next] - state.blkIndent >= 4) {
      const paragraph = rules.find((r) => r.name === 'paragraph');
      if (paragraph) paragraph.fn(state, next, endLine, false);
    }
    return true;
  };
}

function readDefinition(md: MarkdownIt, src: string, start: number, end: number): DefinitionMeta | undefined {
  let pos = start + 1;
  while (pos < end) {
    const c = src.charCodeAt(pos);
    if (c === 92) pos += 2;
    else if (c === 93) break;
    else pos++;
  }
  const raw = src.slice(start + 1, pos);
  pos += 2; // `]:`
  while (pos < end && /\s/.test(src[pos])) pos++;
  const dest = md.helpers.parseLinkDestination(src, pos, end);
  if (!dest.ok) return undefined;
  pos = dest.pos;
  let defEnd = pos;
  let title: string | null = null;
  let p = pos;
  while (p < end && /\s/.test(src[p])) p++;
  if (p < end && p > pos) {
    const t = md.helpers.parseLinkTitle(src, p, end);
    if (t.ok) {
      title = t.str;
      defEnd = t.pos;
    }
  }
  return { label: md.utils.unescapeAll(raw), identifier: identifier(raw), url: dest.str, title, end: defEnd };
}
