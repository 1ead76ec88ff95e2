import { strict as assert } from 'node:assert';
import type { RfcElement, RfcNode } from '../../../../src/tree/nodes.js';
import { centerLines, pyCenter, rightColumn } from '../../../../src/writers/text/elements/front.js';

function el(name: string, attributes: Record<string, string> = {}, children: RfcNode[] = []): RfcElement {
  return { type: 'element', name, attributes, children } as RfcElement;
}
const text = (value: string): RfcNode => ({ type: 'text', value }) as RfcNode;
const author = (initials: string, surname: string, org?: string, role?: string) =>
  el('author', { initials, surname, ...(role ? { role } : {}) }, org === undefined ? [] : [el('organization', {}, [text(org)])]);

describe('text first page', () => {
  it('factors out an organization shared by consecutive authors, as xml2rfc does', () => {
    const front = el('front', {}, [
      author('D.', 'Walton', 'Cumulus Networks'),
      author('A.', 'Retana', 'Cisco Systems, Inc.'),
      author('E.', 'Chen', 'Cisco Systems, Inc.'),
      author('J.', 'Scudder', 'Juniper Networks', 'editor'),
      el('date', { year: '2016', month: 'July', day: '3' }),
    ]);
    assert.deepEqual(rightColumn(front, false, true), [
      'D. Walton', 'Cumulus Networks', 'A. Retana', 'E. Chen', 'Cisco Systems, Inc.', 'J. Scudder, Ed.', 'Juniper Networks', 'July 2016',
    ]);
    assert.deepEqual(rightColumn(front, true).slice(-1), ['July 3, 2016']);
  });

  it('drops a trailing empty organization line but keeps inner ones', () => {
    const front = el('front', {}, [author('A.', 'One'), author('B.', 'Two'), el('date', { year: '2020', month: '3' })]);
    assert.deepEqual(rightColumn(front, false, true), ['A. One', '', 'B. Two', 'March 2020']);
  });

  it('centres like Python str.center and refills over-long lines to width - 4', () => {
    assert.equal(pyCenter('Figure 1', 69), ' '.repeat(31) + 'Figure 1');
    assert.equal(pyCenter('ab', 72), ' '.repeat(35) + 'ab');
    const long = 'word '.repeat(20).trim();
    const lines = centerLines(long, 72);
    assert.equal(lines.length, 2);
    assert.ok(lines.every((l) => l.trim().length <= 68));
  });
});
