import type { Verbatim } from '../types.js';

/**
 * Lines printed exactly as given, each at the current indentation and never wrapped (artwork,
 * sourcecode). A string is split at its newlines; a final newline does not add an empty line.
 * The first line continues the current line if one is open, so put the block after a hardline.
 */
export function verbatim(lines: string | readonly string[]): Verbatim {
  if (typeof lines === 'string') {
    const split = lines.split(/\r?\n/);
    if (split.length > 1 && split[split.length - 1] === '') split.pop();
    return Object.freeze({ type: 'verbatim', lines: Object.freeze(split) });
  }
  for (const l of lines) if (/[\n\r]/.test(l)) throw new Error(`verbatim() lines cannot hold a line break: ${JSON.stringify(l)}`);
  return Object.freeze({ type: 'verbatim', lines: Object.freeze([...lines]) });
}
