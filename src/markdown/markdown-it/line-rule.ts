import type { MarkdownIt, StateBlock } from 'markdown-it';
import type { LineSyntax } from '../../syntax/dialects.js';

/** Token type of a line construct; `meta.kind` names it, `content` is the text after the prefix, trimmed. */
export const LINE_TOKEN = 'ietf_line';

/**
 * A markdown-it block rule for a line construct (`--- middle`, `.# Abstract`), as the micromark
 * one (src/syntax/part-marker/tokenize.ts): the prefix at the very start of a line (column 1,
 * never inside a container), the rest of the line accepted by the syntax. It may interrupt a
 * paragraph, a list and a block quote (lazily continued lines included).
 */
export function lineRule(syntax: LineSyntax) {
  return function ietfLine(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
    const pos = state.bMarks[startLine] + state.tShift[startLine];
    const src = state.src;
    // Column 1 of the source line: nothing before it on the line (no indent, no `>`, no list marker).
    if (pos > 0 && src.charCodeAt(pos - 1) !== 10) return false;
    if (!src.startsWith(syntax.prefix, pos)) return false;
    const end = state.eMarks[startLine];
    const rest = src.slice(pos + syntax.prefix.length, end);
    if (!syntax.accept(rest)) return false;
    if (silent) return true;
    const token = state.push(LINE_TOKEN, '', 0);
    token.content = rest.trim();
    token.meta = { kind: syntax.name };
    token.map = [startLine, startLine + 1];
    state.line = startLine + 1;
    return true;
  };
}

export function useLines(md: MarkdownIt, lines: LineSyntax[]): void {
  for (const l of lines) {
    md.block.ruler.before('table', `ietf_${l.name}`, lineRule(l), { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  }
}
