import type { Doc, Group } from '../types.js';

/**
 * Prints `contents` on one line (each `line` as a space) if it fits in the rest of the current
 * line, otherwise breaks every `line` directly inside it. A `hardline` or a multi-line `verbatim`
 * inside always breaks the group.
 */
export function group(contents: Doc): Group {
  return Object.freeze({ type: 'group', contents });
}
