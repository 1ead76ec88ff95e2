/**
 * Indentation as the printer tracks it: an immutable chain, one link per `indent` or `hang`
 * entered. A link adds its columns only to lines numbered `fromLine` or later, which is all a
 * hanging indent needs (its first line is exempt) and keeps frames cheap to copy: entering a
 * node allocates one link, never a copy of the whole chain.
 */
export interface Indentation {
  readonly parent: Indentation | null;
  readonly columns: number;
  /** The first output line (0-based index) this link applies to. */
  readonly fromLine: number;
}

/** The chain with one more link. */
export function addIndentation(parent: Indentation | null, columns: number, fromLine: number): Indentation {
  return { parent, columns, fromLine };
}

/** The column where output line `lineIndex` starts under this indentation (never negative). */
export function columnAt(indentation: Indentation | null, lineIndex: number): number {
  let column = 0;
  for (let link = indentation; link; link = link.parent) {
    if (lineIndex >= link.fromLine) column += link.columns;
  }
  return Math.max(0, column);
}
