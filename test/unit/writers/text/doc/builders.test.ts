import { strict as assert } from 'node:assert';
import {
  blankline, concat, fill, group, hang, hardline, indent, join, line, softline, text, verbatim,
} from '../../../../../src/writers/text/doc/index.js';

describe('text doc builders', () => {
  it('text() is the string itself, and refuses a line break', () => {
    assert.equal(text('abc'), 'abc');
    assert.throws(() => text('a\nb'), /line break/);
    assert.throws(() => text('a\rb'), /line break/);
  });

  it('concat() and join() build frozen concat nodes', () => {
    const c = concat('a', hardline, 'b');
    assert.deepEqual(c, { type: 'concat', parts: ['a', hardline, 'b'] });
    assert.ok(Object.isFrozen(c) && Object.isFrozen(c.parts));
    assert.deepEqual(join(', ', ['x', 'y', 'z']).parts, ['x', ', ', 'y', ', ', 'z']);
    assert.deepEqual(join(', ', []).parts, []);
  });

  it('indent() and hang() take whole columns', () => {
    assert.deepEqual(indent(3, 'x'), { type: 'indent', columns: 3, contents: 'x' });
    assert.deepEqual(hang(4, 'x'), { type: 'hang', columns: 4, contents: 'x' });
    assert.throws(() => indent(1.5, 'x'), /whole columns/);
    assert.throws(() => hang(Number.NaN, 'x'), /whole columns/);
  });

  it('blankline is two hard lines; line and softline differ only in their flat text', () => {
    assert.deepEqual(blankline, concat(hardline, hardline));
    assert.equal(line.flat, ' ');
    assert.equal(softline.flat, '');
    assert.deepEqual(group(line), { type: 'group', contents: line });
  });

  it('fill() copies and freezes its pieces, and refuses line breaks in them', () => {
    const words = [{ text: 'a', gap: '' }, { text: 'b', gap: ' ' }];
    const f = fill(words);
    words[1].text = 'changed';
    assert.equal(f.words[1].text, 'b');
    assert.ok(Object.isFrozen(f.words) && Object.isFrozen(f.words[0]));
    assert.throws(() => fill([{ text: 'a\nb', gap: '' }]), /line break/);
  });

  it('verbatim() splits a string at newlines, without an empty line for a final newline', () => {
    assert.deepEqual(verbatim('a\r\n  b\n').lines, ['a', '  b']);
    assert.deepEqual(verbatim('a\n\n').lines, ['a', '']);
    assert.deepEqual(verbatim(['x', '', 'y']).lines, ['x', '', 'y']);
    assert.throws(() => verbatim(['x\ny']), /line break/);
  });
});
