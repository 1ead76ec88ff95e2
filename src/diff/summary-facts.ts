import type { DraftDiff } from './compare.js';
import type { SectionDiff, SectionRef } from './structure.js';
import { sectionLabel } from './text-outline.js';

/** The counts every summary starts with. */
export interface SummaryCounts {
  changes: number;
  sectionsChanged: number;
  added: number;
  removed: number;
  moved: number;
  wordsAdded: number;
  wordsRemoved: number;
}

/** Sections grouped as the summaries list them (a section can be both moved and changed). */
export function grouped(diff: DraftDiff): { added: SectionDiff[]; removed: SectionDiff[]; moved: SectionDiff[]; changed: SectionDiff[] } {
  const s = diff.structure.sections;
  return {
    added: s.filter((d) => d.status === 'added'),
    removed: s.filter((d) => d.status === 'removed'),
    moved: s.filter((d) => d.moved),
    changed: s.filter((d) => d.status === 'changed'),
  };
}

/** The counts of a diff: changes, sections touched, added, removed, moved, words. */
export function counts(diff: DraftDiff): SummaryCounts {
  const g = grouped(diff);
  const s = diff.structure.sections;
  return {
    changes: diff.changes.length,
    sectionsChanged: s.filter((d) => d.status !== 'unchanged' || d.moved).length,
    added: g.added.length, removed: g.removed.length, moved: g.moved.length,
    wordsAdded: s.reduce((n, d) => n + d.wordsAdded, 0),
    wordsRemoved: s.reduce((n, d) => n + d.wordsRemoved, 0),
  };
}

/** "Section 4.1 (Title)" for the side a section diff is best named by (the new one if any). */
export function nameOf(d: SectionDiff): string {
  return sectionLabel((d.new ?? d.old) as SectionRef);
}

/** What changed about a matched section besides its text: "was Section 3.2", "was titled …". */
export function notes(d: SectionDiff): string[] {
  const out: string[] = [];
  if (d.old && d.new && d.renumbered) out.push(`was ${d.old.number ? sectionLabel({ number: d.old.number, title: d.old.title }).replace(/ \(.*\)$/, '') : 'unnumbered'}`);
  if (d.old && d.retitled) out.push(`was titled "${d.old.title}"`);
  return out;
}

/**
 * The name of the old revision for "Changes since …": its docName; for an editor's copy
 * (`draft-foo-bar-latest`, as i-d-template keeps it) taken at a release tag, the tag's name.
 */
export function oldName(diff: DraftDiff): string {
  const docName = diff.old.metadata.docName;
  const tag = /@(draft-[\w.-]+-\d\d)$/.exec(diff.old.label)?.[1];
  if (tag && (!docName || docName.endsWith('-latest'))) return tag;
  return docName ?? diff.old.label;
}

/** "1 change", "2 changes". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
