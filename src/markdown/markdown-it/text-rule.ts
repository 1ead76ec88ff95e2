import type { StateInline } from 'markdown-it';

/**
 * Characters that may start an inline construct: markdown-it's own list (rules_inline/text)
 * and `(`, which opens kramdown `(((index)))` and mmark `(#ref)` / `(!index)`. A run of other
 * characters is plain text at once.
 */
function stopSet(chars: string): Uint8Array {
  const stop = new Uint8Array(128);
  for (const c of chars) stop[c.charCodeAt(0)] = 1;
  return stop;
}
const STOP = stopSet('\n!#$%&*+-:<=>@[\\]^_`{}~(');
/** With GFM autolink literals: also `w` (`www.`) and `h` (`http://`). */
const STOP_LITERALS = stopSet('\n!#$%&*+-:<=>@[\\]^_`{}~(wWhH');

/** The `text` rule for a dialect. */
export function plainTextRule(literals: boolean): (state: StateInline, silent: boolean) => boolean {
  return literals ? (state, silent) => run(state, silent, STOP_LITERALS) : (state, silent) => run(state, silent, STOP);
}

/** A run of characters that start nothing, added to the pending text. */
function run(state: StateInline, silent: boolean, STOP: Uint8Array): boolean {
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
