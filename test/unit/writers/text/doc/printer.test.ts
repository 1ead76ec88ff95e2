import { strict as assert } from 'node:assert';
import {
  blankline, concat, fill, group, hang, hardline, indent, join, line, printDoc, softline, verbatim,
  type Doc, type FillWord,
} from '../../../../../src/writers/text/doc/index.js';

/** Fill pieces for space-separated words (the real rules live in fill.ts, tested apart). */
const words = (s: string): FillWord[] => s.split(' ').map((text, i) => ({ text, gap: i === 0 ? '' : ' ' }));
const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore';

describe('printDoc', () => {
  it('prints text and hard lines; a final hard line adds no empty line', () => {
    assert.deepEqual(printDoc(concat('a', 'b', hardline, 'c')), ['ab', 'c']);
    assert.deepEqual(printDoc(concat('a', hardline)), ['a']);
    assert.deepEqual(printDoc(concat('a', blankline, 'b')), ['a', '', 'b']);
    assert.deepEqual(printDoc(''), []);
    assert.deepEqual(printDoc(hardline), ['']);
  });

  it('indents every line that starts inside an indent, the first one too', () => {
    const doc = concat('Title', hardline, indent(3, concat('one', hardline, indent(3, 'two'), hardline, 'three')));
    assert.deepEqual(printDoc(doc), ['Title', '   one', '      two', '   three']);
  });

  it('leaves blank lines and trailing spaces without white space', () => {
    assert.deepEqual(printDoc(indent(3, concat('a  ', blankline, 'b'))), ['   a', '', '   b']);
  });

  it('does not re-indent a line that is already open', () => {
    assert.deepEqual(printDoc(concat('ab', indent(5, concat('cd', hardline, 'ef')))), ['abcd', '     ef']);
  });

  it('outdents with negative columns, never left of column 0', () => {
    assert.deepEqual(printDoc(indent(6, concat('a', hardline, indent(-3, 'b'), hardline, indent(-9, 'c')))), ['      a', '   b', 'c']);
  });

  it('hangs a list item: label at column 3, wrapped text under the text at column 7', () => {
    const item = indent(3, hang(4, concat('1.  ', fill(words(lorem)))));
    assert.deepEqual(printDoc(item), [
      '   1.  Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do',
      '       eiusmod tempor incididunt ut labore',
    ]);
  });

  it('hangs a definition and a reference entry', () => {
    const definition = indent(3, hang(3, concat('term:  ', fill(words(lorem)))));
    assert.deepEqual(printDoc(definition), [
      '   term:  Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed',
      '      do eiusmod tempor incididunt ut labore',
    ]);
    const reference = indent(3, hang(11, concat('[RFC2119]'.padEnd(11), fill(words(lorem)))));
    assert.deepEqual(printDoc(reference), [
      '   [RFC2119]  Lorem ipsum dolor sit amet, consectetur adipiscing elit,',
      '              sed do eiusmod tempor incididunt ut labore',
    ]);
  });

  it('fills greedily to the width, at any width', () => {
    assert.deepEqual(printDoc(fill(words('aa bb cc dd ee')), 8), ['aa bb cc', 'dd ee']);
    assert.deepEqual(printDoc(fill(words('aa bb cc dd ee')), 7), ['aa bb', 'cc dd', 'ee']);
    assert.deepEqual(printDoc(indent(2, fill(words('aa bb cc dd ee'))), 8), ['  aa bb', '  cc dd', '  ee']);
  });

  it('prints a gap only between pieces on the same line', () => {
    const pieces: FillWord[] = [{ text: 'end.', gap: '' }, { text: 'Next', gap: '  ' }, { text: 'Inter-', gap: ' ' }, { text: 'net', gap: '' }];
    assert.deepEqual(printDoc(fill(pieces), 72), ['end.  Next Inter-net']);
    assert.deepEqual(printDoc(fill(pieces), 16), ['end.  Next', 'Inter-net']);
    assert.deepEqual(printDoc(fill(pieces), 15), ['end.  Next', 'Inter-net']);
    assert.deepEqual(printDoc(fill(pieces), 8), ['end.', 'Next', 'Inter-', 'net']);
  });

  it('gives an over-long piece a line of its own, unbroken', () => {
    const long = 'x'.repeat(20);
    assert.deepEqual(printDoc(fill(words(`a ${long} b`)), 10), ['a', long, 'b']);
    // After a label the first piece stays on the label's line rather than leave it alone.
    assert.deepEqual(printDoc(concat('1.  ', fill(words(long))), 10), [`1.  ${long}`]);
  });

  it('prints verbatim lines as they are, indented, never wrapped', () => {
    const art = verbatim(['+--+', '|  |   ', '', '+--+' + '-'.repeat(80)]);
    assert.deepEqual(printDoc(concat('Figure:', hardline, indent(3, art))), ['Figure:', '   +--+', '   |  |', '', '   +--+' + '-'.repeat(80)]);
  });

  it('prints a group flat when it fits, broken when it does not', () => {
    const doc = (s: string): Doc => group(concat('[', indent(2, concat(softline, join(concat(',', line), s.split(' ')))), softline, ']'));
    assert.deepEqual(printDoc(doc('a b c'), 20), ['[a, b, c]']);
    assert.deepEqual(printDoc(doc('alpha beta gamma'), 20), ['[alpha, beta, gamma]']);
    assert.deepEqual(printDoc(doc('alpha beta gamma'), 19), ['[', '  alpha,', '  beta,', '  gamma', ']']);
  });

  it('counts what follows a group on its line, up to the next break', () => {
    const g = group(concat('a', line, 'b'));
    assert.deepEqual(printDoc(concat(g, 'cd'), 5), ['a bcd']);
    assert.deepEqual(printDoc(concat(g, 'cd'), 4), ['a', 'bcd']);
    assert.deepEqual(printDoc(concat(g, hardline, 'cdefgh'), 3), ['a b', 'cdefgh']);
  });

  it('breaks a group that holds a hard line or a multi-line verbatim', () => {
    assert.deepEqual(printDoc(group(concat('a', line, 'b', hardline, 'c'))), ['a', 'b', 'c']);
    assert.deepEqual(printDoc(group(concat('a', line, verbatim(['x', 'y'])))), ['a', 'x', 'y']);
  });

  it('handles documents far deeper than the call stack', () => {
    let doc: Doc = 'end';
    for (let i = 0; i < 200_000; i++) doc = concat('', doc);
    assert.deepEqual(printDoc(doc), ['end']);
    const many = join(hardline, Array.from({ length: 100_000 }, (_, i) => `line ${i}`));
    assert.equal(printDoc(indent(3, many)).length, 100_000);
  });

  it('refuses a string with a line break', () => {
    assert.throws(() => printDoc(concat('a\nb')), /line break/);
  });
});
