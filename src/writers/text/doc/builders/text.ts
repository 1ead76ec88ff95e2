import type { Doc } from '../types.js';

/**
 * Text printed as-is on the current line. A plain string is already a doc; this builder exists
 * to catch a newline early, where the caller can still be blamed (use `hardline` or `verbatim`).
 */
export function text(value: string): Doc {
  if (/[\n\r]/.test(value)) throw new Error(`text() cannot hold a line break: ${JSON.stringify(value)}`);
  return value;
}
