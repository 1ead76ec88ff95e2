import { strict as assert } from 'node:assert';
import { blankline, concat, DocPrinter, fill, hang, hardline, indent, mark, printDocMarked, verbatim } from '../../../../src/writers/text/doc/index.js';
import { fillText, fillWords, noBreak } from '../../../../src/writers/text/fill.js';

// The writer's fast paths (see the comments where they are) must print what the general
// paths print: these tests compare the two on the cases each fast path takes.

describe('text writer fast paths', () => {
  it('DocPrinter fed block after block prints what one concat of them prints', () => {
    const words = fillWords('A paragraph long enough to wrap over more than one line at the width these blocks are printed with.');
    const blocks = [
      concat(mark('first'), 'Title'),
      concat(blankline, indent(3, fill(words))),
      concat(blankline, indent(3, hang(4, concat('1.  ', fill(words)))), mark('after-list')),
      concat(hardline, verbatim(['  art', '', '  work'])),
    ];
    const printer = new DocPrinter(40);
    for (const b of blocks) printer.print(b);
    const fed = printer.finish();
    const whole = printDocMarked(concat(...blocks), 40);
    assert.deepEqual(fed.lines, whole.lines);
    assert.deepEqual([...fed.marks], [...whole.marks]);
  });

  it('a fill from fillText prints as a fill of the same pieces made by fill()', () => {
    const input = ['Text with an ', noBreak('[RFC2119]'), ' and ', noBreak('Section 3.1'), ' in it, then more words to wrap.'];
    const fast = fillText(input);
    const checked = fill(fillWords(input));
    assert.deepEqual(fast.words, checked.words);
    assert.equal(fast.widthIsLength, true);
    for (const width of [10, 20, 30, 72]) {
      assert.deepEqual(printDocMarked(fast, width).lines, printDocMarked(checked, width).lines);
    }
  });

  it('a fill with astral characters is measured piece by piece', () => {
    const input = 'a \u{1F600}\u{1F600}\u{1F600} b c d';
    assert.equal(fillText(input).widthIsLength, false);
    // Three columns for the three emoji, not six UTF-16 units.
    assert.deepEqual(printDocMarked(fillText(input), 7).lines, ['a \u{1F600}\u{1F600}\u{1F600} b', 'c d']);
  });

  it('a no-break run is one piece whether it holds white space or not', () => {
    const texts = (input: Parameters<typeof fillWords>[0]) => fillWords(input).map((w) => w.gap + w.text);
    assert.deepEqual(texts(['see ', noBreak('[QUIC-TLS]'), '.']), ['see', ' [QUIC-TLS].']);
    assert.deepEqual(texts(['see ', noBreak('Section\n  4.2'), ' and']), ['see', ' Section 4.2', ' and']);
    assert.deepEqual(texts(['a', noBreak(' x-y/zzz '), 'b']), ['a', ' x-y/zzz', ' b']);
    // A run continuing a word may break before it (after a hyphen between letters), never inside.
    assert.deepEqual(texts(['Inter-', noBreak('net-Drafts')]), ['Inter-', 'net-Drafts']);
    assert.deepEqual(texts([noBreak('')]), []);
  });
});
