import type { MarkdownIt, StateInline } from 'markdown-it';

type InlineRule = (state: StateInline, silent: boolean) => boolean;

/**
 * GFM strikethrough as micromark reads it with `singleTilde: false`: only a run of exactly two
 * tildes can open or close; a run of one, three or more is text. markdown-it's own rule takes
 * pairs of tildes out of longer runs: it only sees runs of two here, the rest is text.
 */
export function useStrikethroughRuns(md: MarkdownIt): void {
  const rules = (md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[] }).__rules__;
  const rule = rules.find((r) => r.name === 'strikethrough');
  if (!rule) return;
  const original = rule.fn;
  rule.fn = (state, silent) => {
    const src = state.src;
    const start = state.pos;
    if (src.charCodeAt(start) !== 126) return false;
    let end = start;
    while (end < state.posMax && src.charCodeAt(end) === 126) end++;
    if (end - start === 2) return original(state, silent);
    if (!silent) state.pending += src.slice(start, end);
    state.pos = end;
    return true;
  };
}
