import type { ReferenceKind } from './references.js';

/** How the reference lists of two revisions differ. */
export interface ReferenceDiff {
  added: string[];
  removed: string[];
  /** References listed under another kind (normative ↔ informative). */
  moved: Array<{ label: string; from: ReferenceKind; to: ReferenceKind }>;
}

/** References added, removed, and listed under another kind, by label. */
export function compareReferences(a: Map<string, ReferenceKind>, b: Map<string, ReferenceKind>): ReferenceDiff {
  return {
    added: [...b.keys()].filter((k) => !a.has(k)),
    removed: [...a.keys()].filter((k) => !b.has(k)),
    moved: [...a].filter(([k, kind]) => b.has(k) && b.get(k) !== kind).map(([label, from]) => ({ label, from, to: b.get(label)! })),
  };
}
