import type { Change } from './hunks.js';
import type { DocumentMetadata } from './metadata.js';
import { matchSections, movedPairs } from './match-sections.js';
import { compareMetadata, type MetadataChange } from './compare-metadata.js';
import { compareReferences, type ReferenceDiff } from './compare-references.js';
import { referencesOf } from './references.js';
import { sectionBody, sectionIndexAt, type TextSection } from './text-outline.js';
import { countWords, diffWords } from './tokenize-words.js';

/** One side of a diff, rendered: its normalised lines and what was found in them. */
export interface RenderedSide {
  /** How the side was named (a path, or path@revision). */
  label: string;
  lines: string[];
  sections: TextSection[];
  metadata: DocumentMetadata;
  /** Whether the side came from a source (Markdown or XML) rather than a text file. */
  fromSource: boolean;
}

/** Where a section is, on one side. */
export interface SectionRef {
  number: string;
  title: string;
  anchor?: string;
}

/** What happened to one section between the revisions. */
export interface SectionDiff {
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  old?: SectionRef;
  new?: SectionRef;
  /** At another place: under another parent, or out of order with its neighbours. */
  moved: boolean;
  renumbered: boolean;
  retitled: boolean;
  wordsAdded: number;
  wordsRemoved: number;
  /** The numbers of the line changes inside the section (see hunks.ts). */
  changes: number[];
}

/** The structural account of a diff: sections, references, metadata. */
export interface StructuralDiff {
  /** Every section, in the new revision's order, removed ones where they stood. */
  sections: SectionDiff[];
  references: ReferenceDiff;
  metadata: MetadataChange[];
  /** Metadata compared from the text's first page only (a text input has no tree). */
  metadataFromText: boolean;
}

const ref = (s: TextSection): SectionRef => ({ number: s.number, title: s.title, ...(s.anchor ? { anchor: s.anchor } : {}) });

function parents(sections: readonly TextSection[]): number[] {
  return sections.map((s, i) => {
    for (let j = i - 1; j >= 0; j--) if (sections[j].level < s.level) return j;
    return -1;
  });
}

/** Compares the sections, references and metadata of two rendered revisions. */
export function compareStructure(old: RenderedSide, neu: RenderedSide, changes: readonly Change[]): StructuralDiff {
  const pair = matchSections(old.sections, neu.sections, (a, b) => {
    const x = sectionBody(old.lines, a).filter((l) => l.trim());
    const y = new Set(sectionBody(neu.lines, b));
    return x.filter((l) => y.has(l)).length * 2 >= Math.max(x.length, y.size - 1);
  });
  const moved = movedPairs(pair);
  const oldParent = parents(old.sections);
  const newParent = parents(neu.sections);
  const oldChanges = old.sections.map(() => new Set<number>());
  const newChanges = neu.sections.map(() => new Set<number>());
  // The changed lines of each section, whose word diff gives its word counts (the line diff has
  // already found them: word-diffing whole sections again would cost far more).
  const oldRemoved: string[][] = old.sections.map(() => []);
  const newAdded: string[][] = neu.sections.map(() => []);
  for (const c of changes) {
    // A change belongs to the sections its lines are in, on each side.
    for (let k = 0; k < c.removed.length; k++) {
      const i = sectionIndexAt(old.sections, c.oldStart + k);
      oldChanges[i].add(c.number);
      // (A heading's own line is the section's title: a retitling is told apart, not counted.)
      if (c.oldStart + k !== old.sections[i].start || i === 0) oldRemoved[i].push(c.removed[k]);
    }
    for (let k = 0; k < c.added.length; k++) {
      const j = sectionIndexAt(neu.sections, c.newStart + k);
      newChanges[j].add(c.number);
      if (c.newStart + k !== neu.sections[j].start || j === 0) newAdded[j].push(c.added[k]);
    }
  }
  const byNew: SectionDiff[] = neu.sections.map((s, j) => ({ status: 'added', new: ref(s), moved: false, renumbered: false, retitled: false,
    wordsAdded: 0, wordsRemoved: 0, changes: [...newChanges[j]] }));
  const removed: Array<[number, SectionDiff]> = [];
  old.sections.forEach((s, i) => {
    const j = pair[i];
    if (j < 0) {
      removed.push([i, { status: 'removed', old: ref(s), moved: false, renumbered: false, retitled: false, wordsAdded: 0,
        wordsRemoved: words(sectionBody(old.lines, s)), changes: [...oldChanges[i]] }]);
      return;
    }
    const n = neu.sections[j];
    // Blank lines are layout (see hunks.ts): a section whose text lines are the same is unchanged.
    const a = sectionBody(old.lines, s).filter((l) => l.trim());
    const b = sectionBody(neu.lines, n).filter((l) => l.trim());
    const same = a.length === b.length && a.every((l, k) => l === b[k]);
    const counts = same ? { added: 0, removed: 0 } : countWords(diffWords(oldRemoved[i].join('\n'), newAdded[j].join('\n')));
    const retitled = s.title !== n.title;
    const parentMoved = (oldParent[i] < 0 ? -1 : pair[oldParent[i]]) !== newParent[j];
    byNew[j] = { status: same && !retitled ? 'unchanged' : 'changed', old: ref(s), new: ref(n), moved: moved.has(i) || parentMoved,
      renumbered: s.number !== n.number, retitled, wordsAdded: counts.added, wordsRemoved: counts.removed,
      changes: [...new Set([...oldChanges[i], ...newChanges[j]])].sort((x, y) => x - y) };
  });
  byNew.forEach((d, j) => {
    if (d.status === 'added') d.wordsAdded = words(sectionBody(neu.lines, neu.sections[j]));
  });
  // A removed section is listed after the new section that follows its old predecessor.
  const sections = [...byNew];
  for (const [i, d] of removed.reverse()) {
    let at = 0;
    for (let p = i - 1; p >= 0; p--) {
      if (pair[p] >= 0) {
        at = sections.indexOf(byNew[pair[p]]) + 1;
        break;
      }
    }
    sections.splice(at, 0, d);
  }
  return {
    sections,
    references: compareReferences(referencesOf(old.lines, old.sections), referencesOf(neu.lines, neu.sections)),
    metadata: compareMetadata(old.metadata, neu.metadata),
    metadataFromText: !old.fromSource || !neu.fromSource,
  };
}

function words(lines: readonly string[]): number {
  return lines.join(' ').split(/\s+/).filter(Boolean).length;
}

export type { MetadataChange, ReferenceDiff };
