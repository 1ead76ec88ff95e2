import { strict as assert } from 'node:assert';
import { joinSplitSpans, keepKramdownParagraphs } from '../../../src/markdown/kramdown-paragraphs.js';
import { isElement, textContent } from '../../../src/tree/nodes.js';
import { convert, findAll, findOne } from '../helpers.js';

describe('keepKramdownParagraphs', () => {
  it('escapes list and quote markers on lines inside a paragraph', () => {
    assert.equal(keepKramdownParagraphs('Since -06\n- Updated text.\n>b32\\< for base32\n'),
      'Since -06\n\\- Updated text.\n\\>b32\\< for base32\n');
  });

  it('blanks a comment that starts a line inside a paragraph, keeping the text after it (CBORbis)', async () => {
    const r = await convert(['---', 'title: T', '--- middle', '', '# A', '', 'Kaduk reviewed it.',
      '<!-- Do not start this on a new line: --> <contact fullname="Éric Vyncke"/>, Erik Kline, and', 'Roman Danyliw commented.', ''].join('\n'));
    const ts = findAll(r.document.root, 't');
    assert.equal(ts.length, 1);
    assert.match(textContent(ts[0]), /reviewed it\.\s+, Erik Kline, and\s+Roman Danyliw/);
    assert.equal(findAll(ts[0], 'contact').length, 1);
  });

  it('follows a definition\'s text too (rfc9000 STREAM Offset)', () => {
    assert.equal(keepKramdownParagraphs('Offset:\n\n: present when the OFF bit is set to\n  1.  When absent, 0.\n'),
      'Offset:\n\n: present when the OFF bit is set to\n  1\\.  When absent, 0.\n');
  });

  it('leaves lists after a blank line, definitions and fenced code alone', () => {
    const src = 'Text:\n\n* item\n* item\n\nTerm:\n:  * Magic\n   * File\n\n~~~\nA\n- b\n~~~\n';
    assert.equal(keepKramdownParagraphs(src), src);
  });
});

describe('kramdown paragraphs in documents', () => {
  it('a list marker right under a paragraph line is text (TLS change log)', async () => {
    const r = await convert(['---', 'title: T', '--- middle', '', '# Change Log', '',
      'Since -06', '- Updated text about differences.', '- Clarify IANA considerations.', ''].join('\n'));
    assert.equal(findAll(r.document.root, 'ul').length, 0);
    const t = findAll(r.document.root, 't').map(textContent);
    assert.ok(t.some((x) => /Since -06\s+- Updated text about differences\.\s+- Clarify/.test(x)), JSON.stringify(t));
  });

  it('a tight list is not made compact (kramdown-rfc prints blank lines between its items)', async () => {
    const r = await convert(['---', 'title: T', '--- middle', '', '# A', '', 'List:', '', '* one', '* two', '', 'More:', '', '{: spacing="compact"}', '* three', '* four', ''].join('\n'));
    const lists = findAll(r.document.root, 'ul');
    assert.equal(lists.length, 2);
    assert.equal(lists[0].attributes.spacing, undefined);
    assert.equal(lists[1].attributes.spacing, 'compact');
  });

  it('an IAL line between a heading and a paragraph belongs to the heading (rfc6265bis Acknowledgements)', async () => {
    const r = await convert(['---', 'title: T', '--- middle', '', '# A', '', 'Text.', '', '--- back', '', '# Acknowledgements',
      '{:numbered="false"}', 'RFC 6265 was written by Adam Barth.', ''].join('\n'));
    const s = findAll(r.document.root, 'section', (e) => e.attributes.anchor === 'acknowledgements')[0];
    assert.equal(s.attributes.numbered, 'false');
    assert.deepEqual(findAll(s, 't').map(textContent), ['RFC 6265 was written by Adam Barth.']);
  });
});

describe('joinSplitSpans', () => {
  it('puts a {{…}} or {: …} that runs over a line end on one line, keeping the line count', () => {
    assert.equal(joinSplitSpans('handshake; see {{Section 4.6 of\nQUIC-TLS}}.  The values\n'),
      'handshake; see\n{{Section 4.6 of QUIC-TLS}}.  The values\n');
    assert.equal(joinSplitSpans('key update (see ({{Section 6 of\nQUIC-TLS}}\n'), 'key update (see\n({{Section 6 of QUIC-TLS}}\n');
    assert.equal(joinSplitSpans(': Defined in [x](#QUIC-TLS){: section="5.8"\n  sectionFormat="bare"} of {{QUIC-TLS}}.\n'),
      ': Defined in\n  [x](#QUIC-TLS){: section="5.8" sectionFormat="bare"} of {{QUIC-TLS}}.\n');
  });

  it('is read as one section citation (rfc9000.md)', async () => {
    const r = await convert(['---', 'title: T', 'informative:', '  QUIC-TLS:', '    title: Using TLS', '--- middle', '', '# A', '',
      'the handshake; see {{Section 4.6 of', 'QUIC-TLS}}.  The values', ''].join('\n'));
    const x = findAll(r.document.root, 'xref');
    assert.deepEqual(x.map((e) => [e.attributes.target, e.attributes.section]), [['QUIC-TLS', '4.6']]);
  });
});

describe('kramdown definition lists', () => {
  it('an IAL at the margin under the last definition belongs to the list; tight lists stay spaced (rfc9000 frame legend)', async () => {
    const r = await convert(['---', 'title: T', '--- middle', '', '# A', '', 'Chars:', '', 'N:', ': Packets one', '', 'ih:',
      ': Only a CONNECTION_CLOSE frame can appear in Initial or Handshake', '  packets.', '{: indent="5"}', ''].join('\n'));
    const dl = findAll(r.document.root, 'dl');
    assert.equal(dl.length, 1);
    assert.deepEqual(dl[0].attributes, { indent: '5' });
    assert.deepEqual(findAll(dl[0], 'dd').map(textContent), ['Packets one', 'Only a CONNECTION_CLOSE frame can appear in Initial or Handshake\npackets.']);
  });

  it('a definition\'s text is a paragraph of its own, as kramdown-rfc writes it; mmark writes it inline', async () => {
    const k = await convert(['---', 'title: T', '--- middle', '', '# A', '', 'Term:', ': Its definition.', ''].join('\n'));
    const dd = findOne(k.document.root, 'dd');
    assert.deepEqual(dd.children.map((c) => (isElement(c) ? c.name : c.type)), ['t']);
    assert.equal(textContent(dd), 'Its definition.');
    const m = await convert(['%%%', 'title = "T"', '%%%', '', '{mainmatter}', '', '# A', '', 'Term', ': Its definition.', ''].join('\n'));
    assert.deepEqual(findOne(m.document.root, 'dd').children.map((c) => c.type), ['text']);
  });
});

describe('kramdown comments in running text', () => {
  it('{::comment}…{:/comment} is left out (rfc8446bis "Cite IND-CPA?")', async () => {
    const r = await convert(['---', 'title: T', '--- middle', '', '# A', '', 'Confidentiality:', ': An attacker should not be able to read it.',
      '{::comment}Cite IND-CPA?{:/comment}', '', 'After.', ''].join('\n'));
    const text = findAll(r.document.root, 'dd').map(textContent).join('|');
    assert.ok(!text.includes('IND-CPA'), text);
    assert.match(text, /An attacker should not be able to read it\./);
  });
});
