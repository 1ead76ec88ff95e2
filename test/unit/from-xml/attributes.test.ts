import { strict as assert } from 'node:assert';
import { xmlToRfc } from '../../../src/index.js';
import { ATTRIBUTES } from '../../../src/from-xml/attributes.js';
import { fixtureResolver, lines } from '../helpers.js';

async function unknownAttributes(source: string) {
  const r = await xmlToRfc(source, { file: 'doc.xml', resolver: fixtureResolver() });
  return { r, found: r.diagnostics.filter((d) => d.ruleId === 'unknown-attribute') };
}

const v3 = (...middle: string[]) => lines(
  '<rfc version="3" docName="draft-x-00" category="info" ipr="trust200902">',
  '<front><title>X</title><author fullname="A B"/><date year="2024"/></front>',
  '<middle>',
  ...middle,
  '</middle>',
  '</rfc>');

describe('unknown attributes in XML input', () => {
  it('the generated table lists xml2rfc v3 attributes (a superset of RFC 7991)', () => {
    assert.ok(ATTRIBUTES.get('section')!.has('pn'));
    assert.ok(ATTRIBUTES.get('section')!.has('numbered'));
    assert.ok(ATTRIBUTES.get('xref')!.has('sectionFormat'));
    assert.ok(ATTRIBUTES.get('xref')!.has('derivedContent'));
    assert.ok(ATTRIBUTES.get('eref')!.has('brackets'));
    assert.ok(ATTRIBUTES.get('name')!.has('slugifiedName'));
    assert.ok(ATTRIBUTES.get('rfc')!.has('xml:lang'));
    assert.ok(!ATTRIBUTES.get('section')!.has('foo'));
    assert.ok(!ATTRIBUTES.has('svg'), 'SVG is not checked, so not listed');
  });

  it('an attribute the element does not allow warns at the element, with file, line and column', async () => {
    const { r, found } = await unknownAttributes(v3(
      '<section anchor="a">',
      '  <name>A</name>',
      '  <t>One.</t>',
      '    <t colour="red">Two.</t>',
      '</section>'));
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    assert.equal(found.length, 1, JSON.stringify(r.diagnostics));
    const d = found[0];
    assert.equal(d.severity, 'warning');
    assert.equal(d.file, 'doc.xml');
    assert.deepEqual([d.line, d.column], [7, 5]);
    assert.equal(d.message, '<t colour="…">: "colour" is not an attribute of <t> in RFC XML v3');
    assert.equal(d.hint, 'remove it, or check its spelling');
  });

  it('known attributes do not warn: prep output (pn, slugifiedName, derivedContent), xml:lang, xml:base, xmlns:*, v3 attributes', async () => {
    const { r, found } = await unknownAttributes(lines(
      '<rfc version="3" docName="draft-x-00" category="info" ipr="trust200902" xml:lang="en" sortRefs="true"',
      '     xmlns:xi="http://www.w3.org/2001/XInclude" tocInclude="true" prepTime="2024-01-15T00:00:00">',
      '<front><title abbrev="X">X</title><author fullname="A B" initials="A." surname="B"/><date year="2024"/></front>',
      '<middle>',
      '<section anchor="a" pn="section-1" numbered="true" toc="include" xml:base="https://example.com/">',
      '  <name slugifiedName="name-a">A</name>',
      '  <t pn="section-1-1" indent="3" keepWithNext="true" xml:lang="en">See <xref target="b" sectionFormat="of" section="2"',
      '     derivedContent="Section 1"/> and <eref target="https://example.com/" brackets="angle"/>.</t>',
      '  <ol type="a" start="2" spacing="compact" group="g" indent="adaptive"><li pn="section-1-2.1">x</li></ol>',
      '  <sourcecode type="json" markers="true" name="x.json">{}</sourcecode>',
      '</section>',
      '<section anchor="b" removeInRFC="true"><name>B</name><t>x</t></section>',
      '</middle>',
      '</rfc>'));
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    assert.deepEqual(found, []);
  });

  it('v2 attributes are converted before the check and do not warn', async () => {
    const { r, found } = await unknownAttributes(lines(
      '<rfc ipr="trust200902" docName="draft-x-00" category="info">',
      '<front><title>X</title><author fullname="A B"/><date year="2024"/></front>',
      '<middle><section title="Intro"><t><list style="hanging" hangIndent="4"><t hangText="a">b</t></list></t>',
      '<figure title="F"><artwork>art</artwork></figure></section></middle>',
      '</rfc>'));
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    assert.deepEqual(found, []);
  });

  it('svg content is not checked; unknown elements warn only as elements', async () => {
    const { r, found } = await unknownAttributes(v3(
      '<section anchor="a"><name>A</name>',
      '<figure><artwork type="svg"><svg xmlns="http://www.w3.org/2000/svg" version="1.2" viewBox="0 0 10 10">',
      '<rect x="1" y="1" width="5" height="5" fill="none" stroke="black" foo="bar"/>',
      '</svg></artwork></figure>',
      '<t>A <blink speed="fast">word</blink>.</t>',
      '</section>'));
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    assert.deepEqual(found, []);
    assert.equal(r.diagnostics.filter((d) => d.ruleId === 'unknown-element').length, 1);
  });

  it('warns once per element/attribute pair', async () => {
    const { found } = await unknownAttributes(v3(
      '<section anchor="a" foo="1"><name>A</name><t foo="2">x</t><t foo="3" bar="4">y</t>',
      '<section anchor="b" foo="5"><name>B</name><t>z</t></section>',
      '</section>'));
    assert.deepEqual(found.map((d) => [d.line, d.message.replace(/ is not.*/, '')]), [
      [4, '<section foo="…">: "foo"'],
      [4, '<t foo="…">: "foo"'],
      [4, '<t bar="…">: "bar"'],
    ]);
  });
});
