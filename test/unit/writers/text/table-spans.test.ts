import { strict as assert } from 'node:assert';
import { firstTable, renderSection } from './table-render.js';

const head3 = '<thead><tr><th>Column 1</th><th>Column 2</th><th>Column 3</th></tr></thead>';

describe('text tables: spans', () => {
  it('a cell spanning columns is one cell over them, the rule under it unbroken (draft-v3-features, Colspan 1)', async () => {
    const out = firstTable(await renderSection(`<table>${head3}<tbody><tr><td colspan="1">1</td><td colspan="2" align="center">2 and 3</td></tr></tbody></table>`));
    assert.deepEqual(out.map((l) => l.trim()), [
      '+==========+==========+==========+',
      '| Column 1 | Column 2 | Column 3 |',
      '+==========+==========+==========+',
      '| 1        |       2 and 3       |',
      '+----------+---------------------+',
    ]);
  });

  it('a cell spanning rows leaves the rule between them open (draft-v3-features, Rowspan 1)', async () => {
    const out = firstTable(await renderSection(`<table>${head3}<tbody><tr><td>1</td><td rowspan="2">2 and 5</td><td>3</td></tr><tr><td>4</td><td>6</td></tr></tbody></table>`));
    assert.deepEqual(out.map((l) => l.trim()), [
      '+==========+==========+==========+',
      '| Column 1 | Column 2 | Column 3 |',
      '+==========+==========+==========+',
      '| 1        | 2 and 5  | 3        |',
      '+----------+          +----------+',
      '| 4        |          | 6        |',
      '+----------+----------+----------+',
    ]);
  });

  it('spans in the header: a row-spanning cell prints all its lines in its first row (elements, Large colspan)', async () => {
    const th = (s: string, a = '') => `<th${a}>${s}</th>`;
    const td = (s: string, a = '') => `<td${a}>${s}</td>`;
    const x14 = td('x').repeat(14);
    const out = firstTable(await renderSection([
      '<table><thead><tr>',
      th('Column Title 1', ' rowspan="2"'), th('Column Tilte 2', ' rowspan="2"'), th('Column Title 3', ' colspan="6"'),
      ...['TC 4', 'TC 5', 'TC 6', 'TC 7'].map((t) => th(t, ' colspan="2"')),
      '</tr><tr>', ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C1', 'C2', 'C1', 'C2', 'C1', 'C2', 'C1', 'C2'].map((t) => th(t)),
      '</tr></thead><tbody>',
      `<tr>${td('Major Row 1, Column 1', ' rowspan="2"')}${td('Minor Row 1, Column 2')}${x14}</tr>`,
      `<tr>${td('Minor Row 2, Column 2')}${x14}</tr>`,
      '</tbody></table>',
    ].join('')));
    assert.deepEqual(out, [
      '   +==========+========+=================+=====+=====+=======+=========+',
      '   | Column   | Column |Column Title 3   |TC 4 |TC 5 |TC 6   | TC 7    |',
      '   | Title    | Tilte  |                 |     |     |       |         |',
      '   | 1        | 2      |                 |     |     |       |         |',
      '   |          |        +==+==+==+==+==+==+==+==+==+==+==+====+====+====+',
      '   |          |        |C1|C2|C3|C4|C5|C6|C1|C2|C1|C2|C1| C2 | C1 | C2 |',
      '   +==========+========+==+==+==+==+==+==+==+==+==+==+==+====+====+====+',
      '   | Major    | Minor  |x |x |x |x |x |x |x |x |x |x |x | x  | x  | x  |',
      '   | Row 1,   | Row 1, |  |  |  |  |  |  |  |  |  |  |  |    |    |    |',
      '   | Column   | Column |  |  |  |  |  |  |  |  |  |  |  |    |    |    |',
      '   | 1        | 2      |  |  |  |  |  |  |  |  |  |  |  |    |    |    |',
      '   |          +--------+--+--+--+--+--+--+--+--+--+--+--+----+----+----+',
      '   |          | Minor  |x |x |x |x |x |x |x |x |x |x |x | x  | x  | x  |',
      '   |          | Row 2, |  |  |  |  |  |  |  |  |  |  |  |    |    |    |',
      '   |          | Column |  |  |  |  |  |  |  |  |  |  |  |    |    |    |',
      '   |          | 2      |  |  |  |  |  |  |  |  |  |  |  |    |    |    |',
      '   +----------+--------+--+--+--+--+--+--+--+--+--+--+--+----+----+----+',
    ]);
  });

  it('a <th> row in a body or foot is ruled with "=", a <td> foot with "-"', async () => {
    const out = firstTable(await renderSection('<table><tbody><tr><td>a</td></tr></tbody><tfoot><tr><th>f</th></tr></tfoot></table>'));
    assert.deepEqual(out.map((l) => l.trim()), ['+---+', '| a |', '+===+', '| f |', '+===+']);
    const plain = firstTable(await renderSection('<table><tbody><tr><td>a</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>'));
    assert.deepEqual(plain.map((l) => l.trim()), ['+---+', '| a |', '+---+', '| f |', '+---+']);
  });

  it('rows short of cells are filled with empty ones; spans past the table are cut', async () => {
    const out = firstTable(await renderSection('<table><tbody><tr><td>a</td><td rowspan="5">b</td></tr><tr><td>c</td><td>d</td></tr></tbody></table>'));
    assert.deepEqual(out.map((l) => l.trim()), [
      '+---+---+---+',
      '| a | b |   |',
      '+---+   +---+',
      '| c |   | d |',
      '+---+---+---+',
    ]);
  });

  it('several bodies follow one another; an empty row is one blank line tall', async () => {
    const out = firstTable(await renderSection('<table><tbody><tr><td>a</td><td>b</td></tr></tbody><tbody><tr><td></td><td></td></tr><tr><td>c</td><td>d</td></tr></tbody></table>'));
    assert.deepEqual(out.map((l) => l.trim()), [
      '+---+---+',
      '| a | b |',
      '+---+---+',
      '|   |   |',
      '+---+---+',
      '| c | d |',
      '+---+---+',
    ]);
  });
});
