import type { Doc, Indent } from '../types.js';

/**
 * Indents by a fixed number of columns every line that starts inside `contents` (RFC text nests
 * blocks by 3 columns). A negative number outdents; a line never starts left of column 0.
 */
export function indent(columns: number, contents: Doc): Indent {
  if (!Number.isInteger(columns)) throw new Error(`indent() needs whole columns, got ${columns}`);
  return Object.freeze({ type: 'indent', columns, contents });
}
