import type { RfcElement } from '../tree/nodes.js';
import { changesOf, hunksOf, type Change, type Hunk } from './hunks.js';
import { textMetadata, treeMetadata } from './metadata.js';
import { normalizeRenderedText } from './normalize.js';
import { compareStructure, type RenderedSide, type StructuralDiff } from './structure.js';
import { textOutline } from './text-outline.js';
import { diffLines, type LineRun } from './tokenize-lines.js';
import { attachAnchors } from './tree-outline.js';

/** One revision as rendered text, with its prepped tree when it came from a source. */
export interface RenderedRevision {
  /** How to name it in the output: a path, or path@revision. */
  label: string;
  /** Its plain text, paginated or not. */
  text: string;
  /** The prepped `<rfc>` element, for anchors and metadata; none for a text file. */
  root?: RfcElement;
}

/** The result of comparing two revisions, which every output format renders. */
export interface DraftDiff {
  old: RenderedSide;
  new: RenderedSide;
  runs: LineRun[];
  /** The numbered changes (layout-only ones left out). */
  changes: Change[];
  hunks: Hunk[];
  structure: StructuralDiff;
  /** Lines of context around each change. */
  context: number;
}

/** Normalises one revision's text and finds its sections and metadata. */
export function renderedSide(r: RenderedRevision, metadataFromText = false): RenderedSide {
  const lines = normalizeRenderedText(r.text);
  const sections = textOutline(lines);
  if (r.root) attachAnchors(sections, r.root);
  const metadata = r.root && !metadataFromText ? treeMetadata(r.root) : textMetadata(lines);
  return { label: r.label, lines, sections, metadata, fromSource: !!r.root };
}

/**
 * Compares two rendered revisions: the line diff (jsdiff), its changes and hunks, and the
 * structural account. When either side is a text file, both sides' metadata is read from
 * their first page, so that only what both can show is compared.
 */
export function compareRevisions(oldRev: RenderedRevision, newRev: RenderedRevision, options: { context?: number } = {}): DraftDiff {
  const textOnly = !oldRev.root || !newRev.root;
  const old = renderedSide(oldRev, textOnly);
  const neu = renderedSide(newRev, textOnly);
  const runs = diffLines(old.lines, neu.lines);
  const changes = changesOf(runs);
  const context = options.context ?? 3;
  return { old, new: neu, runs, changes, hunks: hunksOf(runs, context), structure: compareStructure(old, neu, changes), context };
}
