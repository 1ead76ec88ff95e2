import { strict as assert } from 'node:assert';
import { applyPatch } from 'diff';
import { changesOf, hunksOf } from '../../../src/diff/hunks.js';
import { renderUnified } from '../../../src/diff/render-unified.js';
import { renderWords } from '../../../src/diff/render-words.js';
import { diffLines } from '../../../src/diff/tokenize-lines.js';
import { countWords, diffWords, markWords } from '../../../src/diff/tokenize-words.js';

const numbered = (n: number, prefix = 'line') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

describe('diff engine: lines, hunks, words', () => {
  it('finds each change with its position in both texts', () => {
    const a = numbered(10);
    const b = [...a];
    b[2] = 'line three';
    b.splice(7, 1);
    b.push('line 11');
    const changes = changesOf(diffLines(a, b));
    assert.deepEqual(changes.map((c) => [c.number, c.oldStart, c.newStart, c.removed, c.added]), [
      [1, 2, 2, ['line 3'], ['line three']],
      [2, 7, 7, ['line 8'], []],
      [3, 10, 9, [], ['line 11']],
    ]);
  });

  it('groups changes into hunks with N lines of context, merging close ones', () => {
    const a = numbered(40);
    const b = [...a];
    b[5] = 'changed 6';
    b[9] = 'changed 10';
    b[30] = 'changed 31';
    const runs = diffLines(a, b);
    const h3 = hunksOf(runs, 3);
    assert.deepEqual(h3.map((h) => [h.oldStart, h.oldCount, h.newStart, h.newCount, h.foldedBefore]), [[2, 11, 2, 11, 2], [27, 7, 27, 7, 14]]);
    assert.equal(hunksOf(runs, 1).length, 3);
    assert.equal(hunksOf(runs, 0)[0].oldCount, 1);
  });

  it('counts no change for blank lines alone, but shows them inside a hunk', () => {
    const a = ['one', '', 'two', 'three', 'four'];
    const b = ['one', 'two', 'three', 'FOUR'];
    const runs = diffLines(a, b);
    assert.deepEqual(changesOf(runs).map((c) => c.removed), [['four']]);
    assert.equal(changesOf(runs, true).length, 2);
    const text = renderUnified(hunksOf(runs, 3), { old: 'a', new: 'b' });
    assert.equal(applyPatch(a.join('\n') + '\n', text), b.join('\n') + '\n');
    assert.equal(hunksOf(diffLines(['a', '', 'b'], ['a', 'b']), 3).length, 0);
  });

  it('writes a unified diff that patch tools apply', () => {
    const a = numbered(60);
    const b = [...a];
    b.splice(0, 1, 'new first');
    b.splice(20, 3);
    b.splice(40, 0, 'inserted a', 'inserted b');
    b[b.length - 1] = 'new last';
    const text = renderUnified(hunksOf(diffLines(a, b), 3), { old: 'old.txt', new: 'new.txt' });
    assert.match(text, /^--- old\.txt\n\+\+\+ new\.txt\n@@ -1,4 \+1,4 @@\n-line 1\n\+new first\n line 2\n/);
    assert.equal(applyPatch(a.join('\n') + '\n', text), b.join('\n') + '\n');
  });

  it('compares words, not spacing: a refilled paragraph shows only the words that changed', () => {
    const pieces = diffWords('The quick brown fox\n   jumps over the dog.', 'The quick  red fox jumps\n   over the lazy dog.');
    assert.deepEqual(pieces, [
      { kind: 'same', text: 'The quick' }, { kind: 'removed', text: 'brown' }, { kind: 'added', text: 'red' },
      { kind: 'same', text: 'fox jumps over the' }, { kind: 'added', text: 'lazy' }, { kind: 'same', text: 'dog.' },
    ]);
    assert.deepEqual(countWords(pieces), { added: 2, removed: 1 });
  });

  it('marks changed words on each side with the side\'s own spacing, one mark over a run', () => {
    const { old, new: neu } = markWords('a  b c d', 'a x  y d');
    assert.deepEqual(old, [{ kind: 'same', text: 'a  ' }, { kind: 'removed', text: 'b c' }, { kind: 'same', text: ' d' }]);
    assert.deepEqual(neu, [{ kind: 'same', text: 'a ' }, { kind: 'added', text: 'x  y' }, { kind: 'same', text: ' d' }]);
    assert.equal(old.map((p) => p.text).join(''), 'a  b c d');
  });

  it('writes a word diff with [-removed-] and {+added+}', () => {
    const a = ['   The endpoint sends a PING frame', '   to keep the connection.'];
    const b = ['   The endpoint sends a PING or', '   PADDING frame to keep the connection.'];
    const text = renderWords(hunksOf(diffLines(a, b), 3), { old: 'a', new: 'b' });
    assert.match(text, /^ {3}The endpoint sends a PING \{\+or PADDING\+\} frame to keep the\n {3}connection\.$/m);
    assert.doesNotMatch(text, /\[-/);
  });
});
