import { strict as assert } from 'node:assert';
import { escapeAttribute, escapeText, stripInvalidXmlChars } from '../../../../src/writers/xml/escape.js';
import { writeXml, writeXmlFragment } from '../../../../src/writers/xml/index.js';
import { checkXml, parseXmlFragment } from '../../../../src/xml/parse.js';
import { el, text, textContent, type RfcDocument, type RfcElement } from '../../../../src/tree/nodes.js';
import { convert, lines } from '../../helpers.js';

describe('XML escaping', () => {
  it('escapes &, < and > in text, leaving quotes alone', () => {
    assert.equal(escapeText('a & b < c > d "e" \'f\''), 'a &amp; b &lt; c &gt; d "e" \'f\'');
  });

  it('escapes quotes and white-space controls in attribute values', () => {
    assert.equal(escapeAttribute('say "hi" & <go>\nnext\tcol\r'), 'say &quot;hi&quot; &amp; &lt;go&gt;&#10;next&#9;col&#13;');
  });

  it('escapes the & of text that looks like an entity (text is never markup)', () => {
    assert.equal(escapeText('&amp;'), '&amp;amp;');
  });

  it('removes characters XML 1.0 forbids, keeping tab, newline and astral characters', () => {
    assert.equal(stripInvalidXmlChars('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\th\ni'), 'abcdefg\th\ni');
    assert.equal(stripInvalidXmlChars('lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00'), 'lone  high, lone  low, pair \uD83D\uDE00');
  });
});

describe('writeXml', () => {
  const doc = (root: RfcElement): RfcDocument => ({ type: 'document', prolog: [], root });

  it('writes the declaration, indents element-only content and self-closes empty elements', () => {
    const xml = writeXml(doc(el('rfc', { version: '3' }, [el('front', {}, [el('title', {}, [text('T')]), el('author')])])));
    assert.equal(xml, '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<rfc version="3">\n  <front>\n    <title>T</title>\n    <author/>\n  </front>\n</rfc>\n');
  });

  it('writes mixed content exactly, without added white space', () => {
    const t = el('t', {}, [text('A '), el('em', {}, [text('b')]), text(' c '), el('xref', { target: 'x' }), text('.')]);
    assert.equal(writeXmlFragment(t), '<t>A <em>b</em> c <xref target="x"/>.</t>');
  });

  it('escapes text and attribute values and strips forbidden characters', () => {
    const t = el('t', { anchor: 'a"b' }, [text('x < y && z\u0001 > w')]);
    assert.equal(writeXmlFragment(t), '<t anchor="a&quot;b">x &lt; y &amp;&amp; z &gt; w</t>');
  });

  it('leaves out attributes whose value is undefined', () => {
    assert.equal(writeXmlFragment(el('xref', { target: 'a', format: undefined, section: null })), '<xref target="a"/>');
  });

  it('writes sourcecode and artwork as CDATA, unindented', () => {
    const code = 'if (a < b && c) {\n  return "x";\n}\n';
    const xml = writeXmlFragment(el('figure', {}, [el('sourcecode', { type: 'c' }, [text(code)])]));
    assert.equal(xml, `<figure>\n  <sourcecode type="c"><![CDATA[${code}]]></sourcecode>\n</figure>`);
  });

  it('escapes instead of using CDATA when the code holds "]]>"', () => {
    const xml = writeXmlFragment(el('artwork', {}, [text('a ]]> b < c')]));
    assert.equal(xml, '<artwork>a ]]&gt; b &lt; c</artwork>');
  });

  it('keeps a comment well-formed when its text holds "--"', () => {
    const xml = writeXmlFragment(el('section', {}, [{ type: 'comment', value: 'a -- b' }]));
    assert.equal(checkXml(xml), undefined, xml);
  });

  it('writes prolog instructions before the root', () => {
    const xml = writeXml({ type: 'document', prolog: [{ type: 'instruction', target: 'rfc', value: 'toc="yes"' }], root: el('rfc') });
    assert.equal(xml, '<?xml version="1.0" encoding="UTF-8"?>\n<?rfc toc="yes"?>\n<rfc/>\n');
  });

  it('round-trips: what it writes parses back to the same text and attributes', () => {
    const original = el('t', { anchor: 'q', title: 'Tom & "Jerry" <3>' }, [text('1 < 2 & 3 > 2 "quoted" \'single\'')]);
    const [back] = parseXmlFragment(writeXmlFragment(original)) as RfcElement[];
    assert.equal(back.name, 't');
    assert.deepEqual(back.attributes, original.attributes);
    assert.equal(textContent(back), textContent(original));
  });

  it('writes well-formed XML for a converted document full of special characters', async () => {
    const r = await convert(lines(
      '---',
      'title: "Tom & Jerry <3> \\"quoted\\""',
      'abbrev: "A&B"',
      '--- middle',
      '',
      '# Less < More & "Quotes" {#sec-1}',
      '',
      'Text with <, >, & and ]]> and \u0007 a bell.',
      '',
      '~~~ c',
      'x = a < b && c ]]> d;',
      '~~~',
    ));
    const xml = writeXml(r.document);
    assert.equal(checkXml(xml), undefined, xml);
    assert.match(xml, /<title abbrev="A&amp;B">Tom &amp; Jerry &lt;3&gt; "quoted"<\/title>/);
    assert.ok(!xml.includes('\u0007'));
  });
});

describe('writeXmlFragment: white space in running text', () => {
  it('never indents inside text-holding elements, even when they hold only elements', () => {
    const contact = el('contact', { fullname: 'Ada' }, [el('address', {}, [el('email', {}, [text('a@example.org')])])]);
    assert.equal(writeXmlFragment(el('t', {}, [contact])),
      '<t><contact fullname="Ada"><address><email>a@example.org</email></address></contact></t>');
    assert.equal(writeXmlFragment(el('li', {}, [el('xref', { target: 'x' })])), '<li><xref target="x"/></li>');
  });

  it('indents block-only content', () => {
    assert.equal(writeXmlFragment(el('ul', {}, [el('li', {}, [text('a')])])), '<ul>\n  <li>a</li>\n</ul>');
  });
});
