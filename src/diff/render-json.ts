import type { DraftDiff } from './compare.js';
import { counts } from './summary-facts.js';
import { sectionAt } from './text-outline.js';

/**
 * The structural account as JSON, for tools (version 1; schemas/diff-output.schema.json describes
 * it): the two sides' labels and metadata, the counts,
 * every section's status, the reference changes, and each numbered change with its lines
 * (1-based) and the section it falls in.
 */
export function renderJson(diff: DraftDiff): string {
  const side = (s: DraftDiff['old']) => ({ label: s.label, fromSource: s.fromSource, metadata: s.metadata });
  return JSON.stringify({
    version: 1,
    old: side(diff.old),
    new: side(diff.new),
    counts: counts(diff),
    metadata: diff.structure.metadata,
    metadataFromText: diff.structure.metadataFromText,
    sections: diff.structure.sections.filter((d) => d.status !== 'unchanged' || d.moved),
    references: diff.structure.references,
    changes: diff.changes.map((c) => ({
      number: c.number,
      oldLine: c.oldStart + 1, newLine: c.newStart + 1,
      removed: c.removed, added: c.added,
      section: (c.added.length ? sectionAt(diff.new.sections, c.newStart) : sectionAt(diff.old.sections, c.oldStart)).title,
    })),
  }, null, 2) + '\n';
}
