import type { StateInline } from 'markdown-it';

/**
 * Characters that may start an inline construct: markdown-it's own list (rules_inline/text)
 * and `(`, which opens kramdown `(((index)))` and mmark `(#ref)` / `(!index)`. A run of other
 * characters is plain text at once.
 */
const STOP = new Uint8Array(128);
for (const c of '\n!#$%&*+-:<=>@[\\]^_`{}~(') STOP[c.charCodeAt(0)] = 1;

/** The `text` rule: a run of characters that start nothing, added to the pending text. */
export function plainText(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const max = state.posMax;
  let pos = state.pos;
  while (pos < max) {
    const c = src.charCodeAt(pos);
    if (c < 128 && STOP[c]) break;
    pos++;
  }
  if (pos === state.pos) return false;
  if (!silent) state.pending += src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}

/**
 * The last rule: one character no rule took, added to the pending text. markdown-it does the
 * same itself after all rules fail, but outside any rule; as a rule, it lets the position
 * recorder see where every piece of pending text starts (see positions.ts).
 */
export function oneCharacter(state: StateInline, silent: boolean): boolean {
  if (!silent) state.pending += state.src[state.pos];
  state.pos++;
  return true;
}
