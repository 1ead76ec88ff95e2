import { diffArrays } from 'diff';

/** One run of a line diff: lines both sides share, or lines only one side has. */
export interface LineRun {
  kind: 'same' | 'removed' | 'added';
  lines: string[];
  /** 0-based index of the first line of the run in the old (same, removed) or new (added) text. */
  oldStart: number;
  newStart: number;
}

/**
 * The line diff of two normalised texts (see normalize.ts), with jsdiff's array diff as the
 * engine: each line is one token, compared exactly.
 */
export function diffLines(oldLines: string[], newLines: string[]): LineRun[] {
  const runs: LineRun[] = [];
  let o = 0;
  let n = 0;
  for (const change of diffArrays(oldLines, newLines)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    runs.push({ kind, lines: change.value, oldStart: o, newStart: n });
    if (kind !== 'added') o += change.value.length;
    if (kind !== 'removed') n += change.value.length;
  }
  return runs;
}

/** Whether a line diff has any change. */
export function hasChanges(runs: LineRun[]): boolean {
  return runs.some((r) => r.kind !== 'same');
}
