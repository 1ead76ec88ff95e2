import type { Doc, Hang } from '../types.js';

/**
 * A hanging indent: `contents` starts where the cursor is, and its continuation lines begin
 * `columns` further right. `indent(3, hang(4, concat('1.  ', fill(words))))` prints a list item
 * at column 3 whose wrapped lines align under its text at column 7.
 */
export function hang(columns: number, contents: Doc): Hang {
  if (!Number.isInteger(columns)) throw new Error(`hang() needs whole columns, got ${columns}`);
  return Object.freeze({ type: 'hang', columns, contents });
}
