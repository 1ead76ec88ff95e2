import type { Concat, Doc } from '../types.js';

/** Docs printed one after the other. */
export function concat(...parts: readonly Doc[]): Concat {
  return Object.freeze({ type: 'concat', parts: Object.freeze(parts) });
}

/** The docs with `separator` between each two (e.g. `join(blankline, paragraphs)`). */
export function join(separator: Doc, docs: readonly Doc[]): Concat {
  const parts: Doc[] = [];
  docs.forEach((doc, i) => {
    if (i > 0) parts.push(separator);
    parts.push(doc);
  });
  return Object.freeze({ type: 'concat', parts: Object.freeze(parts) });
}
