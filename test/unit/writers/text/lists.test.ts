import { strict as assert } from 'node:assert';
import type { RfcDocument, RfcElement, RfcNode } from '../../../../src/tree/nodes.js';
import { writeText } from '../../../../src/writers/text/index.js';
import { counterText, olFormat } from '../../../../src/writers/text/elements/lists.js';

function el(name: string, attributes: Record<string, string> = {}, children: RfcNode[] = []): RfcElement {
  return { type: 'element', name, attributes, children } as RfcElement;
}
const text = (value: string): RfcNode => ({ type: 'text', value }) as RfcNode;
const li = (s: string) => el('li', {}, [text(s)]);

/** The body lines of a document whose middle is the given blocks (no front matter). */
function body(...blocks: RfcElement[]): string[] {
  const root = el('rfc', {}, [el('middle', {}, blocks)]);
  return writeText({ type: 'document', root } as unknown as RfcDocument, { paginate: false }).replace(/^\n+/, '').replace(/\n+$/, '').split('\n');
}

describe('text lists', () => {
  it('counter styles and formats as xml2rfc reads <ol type>', () => {
    assert.deepEqual(olFormat('a'), { format: '%s.', style: 'a' });
    assert.deepEqual(olFormat('R%d:'), { format: 'R%s:', style: 'd' });
    assert.deepEqual(olFormat('%p.%d', '2'), { format: '2.%s', style: 'd' });
    assert.equal(counterText(9, 'o'), '11');
    assert.equal(counterText(11, 'x'), 'b');
    assert.equal(counterText(4, 'I'), 'IV');
  });

  it('pads ordered markers to the adaptive indent (widest counter + 2)', () => {
    const out = body(el('ol', { type: 'i', spacing: 'compact' }, Array.from({ length: 8 }, (_, i) => li(`item ${i + 1}`))));
    assert.equal(out[0], 'i.     item 1');
    assert.equal(out[7], 'viii.  item 8');
  });

  it('uses "*" then "-" for nested bullets, hanging three columns', () => {
    const out = body(el('ul', {}, [el('li', {}, [el('t', {}, [text('outer')]), el('ul', {}, [li('inner')])])]));
    assert.deepEqual(out, ['*  outer', '', '   -  inner']);
  });

  it('continues the numbering of an ol group', () => {
    const out = body(el('ol', { group: 'g', type: 'R%d' }, [li('a'), li('b')]), el('ol', { group: 'g', type: 'R%d' }, [li('c')]));
    assert.deepEqual(out.filter(Boolean), ['R1  a', 'R2  b', 'R3  c']);
  });

  it('puts a short definition beside its term, a newline="true" one below it', () => {
    const dl = (attrs: Record<string, string>) => el('dl', attrs, [el('dt', {}, [text('Term')]), el('dd', {}, [text('Definition.')])]);
    assert.deepEqual(body(dl({})).filter(Boolean), ['Term  Definition.']);
    assert.deepEqual(body(dl({ newline: 'true' })).filter(Boolean), ['Term', '   Definition.']);
    assert.deepEqual(body(dl({ indent: '8' })).filter(Boolean), ['Term    Definition.']);
  });

  it('starts a definition below its term when the definition\'s first word does not fit beside it (RFC 8650\'s URI)', () => {
    // At the margin 66 columns are left beside "URI:  " (in RFC 8650's section, 63).
    const urn = 'urn:ietf:params:xml:ns:yang:ietf-restconf-subscribed-notifications-x';
    const dl = (value: string) => el('dl', {}, [el('dt', {}, [text('URI:')]), el('dd', {}, [text(value)])]);
    assert.deepEqual(body(dl(urn)).filter(Boolean), ['URI:', `   ${urn}`]);
    assert.deepEqual(body(dl('urn:ietf:params:xml:ns:yang:short and more words')).filter(Boolean), ['URI:  urn:ietf:params:xml:ns:yang:short and more words']);
  });

  it('renders a document the same the second time (group counters are per rendering)', () => {
    const root = el('rfc', {}, [el('middle', {}, [el('ol', { group: 'g' }, [li('a'), li('b')]), el('ol', { group: 'g' }, [li('c')])])]);
    const doc = { type: 'document', root } as unknown as RfcDocument;
    const first = writeText(doc, { paginate: false });
    assert.match(first, /3\.  c/);
    assert.equal(writeText(doc, { paginate: false }), first);
  });
});
