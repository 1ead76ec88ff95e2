import { strict as assert } from 'node:assert';
import type { RfcDocument, RfcElement, RfcNode } from '../../../../src/tree/nodes.js';
import { writeText } from '../../../../src/writers/text/index.js';

function el(name: string, attributes: Record<string, string> = {}, children: RfcNode[] = []): RfcElement {
  return { type: 'element', name, attributes, children } as RfcElement;
}
const text = (value: string): RfcNode => ({ type: 'text', value }) as RfcNode;

function body(...blocks: RfcElement[]): string[] {
  const root = el('rfc', {}, [el('middle', {}, blocks)]);
  return writeText({ type: 'document', root } as unknown as RfcDocument, { paginate: false }).replace(/^\n+/, '').replace(/\n+$/, '').split('\n');
}

describe('text tables', () => {
  it('draws the table of xml2rfc\'s draft template: padded columns, = under the header, wrapped centred caption', () => {
    const cell = (name: string, s: string) => el(name, { align: 'center' }, [text(s)]);
    const t = el('table', { pn: 'table-1' }, [
      el('name', {}, [text('A Very Simple Table')]),
      el('thead', {}, [el('tr', {}, [cell('th', 'ttcol #1'), cell('th', 'ttcol #2')])]),
      el('tbody', {}, [el('tr', {}, [cell('td', 'c #1'), cell('td', 'c #2')])]),
    ]);
    const pad = ' '.repeat(25);
    assert.deepEqual(body(t), [
      pad + '+==========+==========+',
      pad + '| ttcol #1 | ttcol #2 |',
      pad + '+==========+==========+',
      pad + '|   c #1   |   c #2   |',
      pad + '+----------+----------+',
      '',
      ' '.repeat(26) + 'Table 1: A Very Simple',
      ' '.repeat(34) + 'Table',
    ]);
  });

  it('wraps a long cell and left-aligns with one space of padding', () => {
    const long = 'word '.repeat(30).trim();
    const t = el('table', { pn: 'table-2' }, [el('tbody', {}, [el('tr', {}, [el('td', {}, [text('key')]), el('td', {}, [text(long)])])])]);
    const out = body(t);
    assert.ok(out.every((l) => l.length <= 72), out.join('\n'));
    assert.ok(out[1].trim().startsWith('| key '), out.join('\n'));
    assert.ok(out.filter((l) => l.trim().startsWith('|')).length > 1);
  });
});
