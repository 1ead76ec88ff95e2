import { diffArrays } from 'diff';

/** A piece of text in a word diff: words both sides share, or words only one side has. */
export interface WordPiece {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * The tokens of a text: each run of non-space characters and each run of spaces is a token, so
 * that joining the tokens gives the text back exactly.
 */
export function wordTokens(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

/**
 * Word diffs are done inside one change, which is small in a real revision; a change of tens of
 * thousands of words (two unrelated documents) is bounded, and past the bound shown as replaced
 * whole.
 */
const MAX_EDITS = 2000;

/** jsdiff's array diff, or "all removed, all added" when it needs more than MAX_EDITS edits. */
function boundedDiff(a: string[], b: string[]): Array<{ value: string[]; added: boolean; removed: boolean }> {
  return diffArrays(a, b, { maxEditLength: MAX_EDITS }) ?? [{ value: a, removed: true, added: false }, { value: b, added: true, removed: false }];
}

function isWord(token: string): boolean {
  return !/^\s/.test(token);
}

/**
 * The word diff of two texts as one stream (wdiff's view): only words are compared, so text
 * filled differently is no change; words are joined by single spaces.
 */
export function diffWords(oldText: string, newText: string): WordPiece[] {
  const a = oldText.split(/\s+/).filter(Boolean);
  const b = newText.split(/\s+/).filter(Boolean);
  return boundedDiff(a, b).filter((c) => c.value.length).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join(' ') }));
}

/**
 * Each side of a changed passage with its own spacing kept, its changed words marked: what the
 * side-by-side view highlights inside changed lines. Spaces between two changed words belong to
 * the change, so one highlight covers a run of words.
 */
export function markWords(oldText: string, newText: string): { old: WordPiece[]; new: WordPiece[] } {
  const oldTokens = wordTokens(oldText);
  const newTokens = wordTokens(newText);
  const oldWords = oldTokens.map((t, i) => [t, i] as const).filter(([t]) => isWord(t));
  const newWords = newTokens.map((t, i) => [t, i] as const).filter(([t]) => isWord(t));
  const oldChanged = new Set<number>();
  const newChanged = new Set<number>();
  let o = 0;
  let n = 0;
  for (const c of boundedDiff(oldWords.map(([t]) => t), newWords.map(([t]) => t))) {
    for (let k = 0; k < c.value.length; k++) {
      if (c.removed) oldChanged.add(oldWords[o + k][1]);
      if (c.added) newChanged.add(newWords[n + k][1]);
    }
    if (!c.added) o += c.value.length;
    if (!c.removed) n += c.value.length;
  }
  return { old: pieces(oldTokens, oldChanged, 'removed'), new: pieces(newTokens, newChanged, 'added') };
}

function pieces(tokens: string[], changed: Set<number>, kind: 'removed' | 'added'): WordPiece[] {
  const out: WordPiece[] = [];
  tokens.forEach((t, i) => {
    // A space takes the kind of the words on both sides of it when they agree.
    const k = changed.has(i) || (!isWord(t) && changed.has(i - 1) && changed.has(i + 1)) ? kind : 'same';
    const last = out[out.length - 1];
    if (last && last.kind === k) last.text += t;
    else out.push({ kind: k, text: t });
  });
  return out;
}

/** How many words a word diff adds and removes. */
export function countWords(pieces: WordPiece[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const p of pieces) {
    const n = p.text.split(/\s+/).filter(Boolean).length;
    if (p.kind === 'added') added += n;
    if (p.kind === 'removed') removed += n;
  }
  return { added, removed };
}
