import { strict as assert } from 'node:assert';
import { normaliseKramdownTables } from '../../../src/markdown/kramdown-tables.js';
import { textContent } from '../../../src/tree/nodes.js';
import { convert, findAll } from '../helpers.js';

describe('normaliseKramdownTables', () => {
  it('writes a separator line joined with + in GFM form, keeping the line count', () => {
    const src = 'Text.\n\n| a | b |\n|---+---|\n| 1 | 2 |\n';
    const out = normaliseKramdownTables(src);
    assert.equal(out.split('\n').length, src.split('\n').length);
    assert.match(out, /^\|---\|---\|$/m);
  });

  it('gives a table without separator its first row as header, moved into the blank line above', () => {
    const out = normaliseKramdownTables('Text.\n\n| mt | Meaning |\n|  0 | unsigned |\n|  1 | negative |\n');
    assert.equal(out, 'Text.\n| mt | Meaning |\n|---|---|\n|  0 | unsigned |\n|  1 | negative |\n');
  });

  it('leaves tables in fenced code alone', () => {
    const src = '~~~\n\n| a | b |\n|---+---|\n~~~\n';
    assert.equal(normaliseKramdownTables(src), src);
  });
});

describe('kramdown tables without a GFM separator line', () => {
  it('become tables whose first row is the header (CBORbis major-type table)', async () => {
    const r = await convert(['---', 'title: T', '--- middle', '', '# S', '', 'See the table.', '',
      '| mt | Meaning               |', '|  0 | unsigned integer N    |', '|  1 | negative integer -1-N |',
      '{: #major-type-table title="Major types"}', ''].join('\n'));
    const tables = findAll(r.document.root, 'table');
    assert.equal(tables.length, 1);
    assert.equal(tables[0].attributes.anchor, 'major-type-table');
    assert.deepEqual(findAll(tables[0], 'th').map(textContent), ['mt', 'Meaning']);
    assert.equal(findAll(tables[0], 'tr').length, 3);
  });

  it('with a + separator line are tables too (CBORbis jump table)', async () => {
    const r = await convert(['---', 'title: T', '--- middle', '', '# S', '', '| Byte | Structure |', '|------+-----------|',
      '| 0x00 | Unsigned  |', ''].join('\n'));
    assert.deepEqual(findAll(r.document.root, 'th').map(textContent), ['Byte', 'Structure']);
    assert.deepEqual(findAll(r.document.root, 'td').map(textContent), ['0x00', 'Unsigned']);
  });
});
