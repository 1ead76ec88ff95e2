import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXml, xmlToRfc } from '../../../src/index.js';
import { fixtureResolver, lines } from '../helpers.js';

const v2 = (...middle: string[]) => lines(
  '<?xml version="1.0"?>',
  '<!DOCTYPE rfc SYSTEM "rfc2629.dtd" [',
  '  <!ENTITY RFC2119 SYSTEM "https://bib.ietf.org/public/rfc/bibxml/reference.RFC.2119.xml">',
  ']>',
  '<?rfc toc="yes"?>',
  '<rfc ipr="trust200902" docName="draft-x-00" category="info">',
  '<front><title>X</title><author fullname="A B"/><date year="2024"/></front>',
  '<middle>',
  ...middle,
  '</middle>',
  '<back><references title="Normative References">&RFC2119;</references></back>',
  '</rfc>');

async function read(source: string, file = 'doc.xml') {
  const r = await xmlToRfc(source, { file, resolver: fixtureResolver() });
  return { r, xml: writeXml(r.document) };
}

describe('xmlToRfc', () => {
  it('converts v2 lists, spanx, vspace, texttable, figure preambles and title attributes to v3', async () => {
    const { r, xml } = await read(v2(
      '<section title="Intro" anchor="intro">',
      '<t>Items: <list style="numbers"><t>one<vspace blankLines="1"/>more</t><t>two</t></list> after.</t>',
      '<t>A <spanx style="verb">word</spanx> and <spanx>stress</spanx>.<vspace/>Next line.</t>',
      '<t><list style="hanging"><t hangText="term"><vspace/>definition</t></list></t>',
      '<texttable title="T"><ttcol align="left">a</ttcol><ttcol>b</ttcol><c>1</c><c>2</c><c>3</c><c>4</c></texttable>',
      '<figure anchor="f" title="F"><preamble>Before.</preamble><artwork>art</artwork><postamble>After.</postamble></figure>',
      '</section>'));
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    assert.equal(r.converted, true);
    assert.match(xml, /<rfc ipr="trust200902" docName="draft-x-00" category="info" version="3" tocInclude="true">/);
    assert.match(xml, /<section anchor="intro">\s*<name>Intro<\/name>\s*<t>Items: <\/t>\s*<ol>\s*<li>\s*<t>one<\/t>\s*<t>more<\/t>\s*<\/li>\s*<li>\s*<t>two<\/t>\s*<\/li>\s*<\/ol>\s*<t> after.<\/t>/);
    assert.match(xml, /<t>A <tt>word<\/tt> and <em>stress<\/em>.<br\/>Next line.<\/t>/);
    assert.match(xml, /<dl newline="true">\s*<dt>term<\/dt>\s*<dd>definition<\/dd>\s*<\/dl>/);
    assert.match(xml, /<table>\s*<name>T<\/name>\s*<thead>\s*<tr>\s*<th align="left">a<\/th>\s*<th>b<\/th>\s*<\/tr>\s*<\/thead>\s*<tbody>\s*<tr>\s*<td align="left">1<\/td>\s*<td>2<\/td>\s*<\/tr>\s*<tr>\s*<td align="left">3<\/td>\s*<td>4<\/td>/);
    assert.match(xml, /<t keepWithNext="true">Before.<\/t>\s*<figure anchor="f">\s*<name>F<\/name>\s*<artwork><!\[CDATA\[art\]\]><\/artwork>\s*<\/figure>\s*<t keepWithPrevious="true">After.<\/t>/);
  });

  it('resolves external entities and <?rfc include?> through the reference cache, never the network', async () => {
    const { r, xml } = await read(v2('<section title="A"><t>x</t></section>').replace('&RFC2119;', '&RFC2119;<?rfc include="reference.RFC.9110"?>'));
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    assert.match(xml, /<references>\s*<name>Normative References<\/name>\s*<reference anchor="RFC2119"[\s\S]*<reference anchor="RFC9110"/);
  });

  it('malformed XML is an error at its line and column', async () => {
    const { r } = await read(lines('<rfc version="3">', '<front><title>X</title></front>', '<middle><section><t>open</section></middle>', '</rfc>'));
    assert.equal(r.failed, true);
    const d = r.diagnostics.find((x) => x.ruleId === 'xml-syntax')!;
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.equal(d.line, 3);
    assert.equal(d.file, 'doc.xml');
  });

  it('an element outside the v3 vocabulary is a warning at its position', async () => {
    const { r } = await read(lines('<rfc version="3">', '<front><title>X</title></front>', '<middle><section>', '  <t>ok <blink>no</blink></t>', '</section></middle></rfc>'));
    const d = r.diagnostics.find((x) => x.ruleId === 'unknown-element')!;
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.deepEqual([d.line, d.column], [4, 9]);
  });

  it('local xi:include reads from the document folder and refuses paths outside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftsmith-xinc-'));
    mkdirSync(join(dir, 'doc'));
    writeFileSync(join(dir, 'doc', 'part.xml'), '<section><name>Included</name><t>from a file</t></section>');
    writeFileSync(join(dir, 'secret.xml'), '<t>secret</t>');
    const doc = (href: string) => lines('<rfc version="3" xmlns:xi="http://www.w3.org/2001/XInclude">', '<front><title>X</title></front>',
      `<middle><xi:include href="${href}"/></middle>`, '</rfc>');
    const ok = await xmlToRfc(doc('part.xml'), { file: join(dir, 'doc', 'd.xml') });
    assert.equal(ok.failed, false, JSON.stringify(ok.diagnostics));
    assert.match(writeXml(ok.document), /<name>Included<\/name>\s*<t>from a file<\/t>/);
    const bad = await xmlToRfc(doc('../secret.xml'), { file: join(dir, 'doc', 'd.xml') });
    assert.equal(bad.failed, true);
    const d = bad.diagnostics.find((x) => x.ruleId === 'include-outside')!;
    assert.ok(d, JSON.stringify(bad.diagnostics));
    assert.equal(d.line, 3);
    assert.doesNotMatch(writeXml(bad.document), /secret/);
  });

  it('a bibxml include missing from the cache: an error, or with offline a warning and a placeholder', async () => {
    const doc = lines('<rfc version="3" xmlns:xi="http://www.w3.org/2001/XInclude">', '<front><title>X</title></front>', '<middle><section><t>x</t></section></middle>',
      '<back><references><name>R</name>', '<xi:include href="https://bib.ietf.org/public/rfc/bibxml/reference.RFC.9999.xml"/>', '</references></back></rfc>');
    const strict = await xmlToRfc(doc, { file: 'd.xml', resolver: fixtureResolver() });
    assert.equal(strict.failed, true);
    assert.equal(strict.diagnostics.find((x) => x.ruleId === 'unresolved-include')?.line, 5);
    const offline = await xmlToRfc(doc, { file: 'd.xml', resolver: fixtureResolver(), offline: true });
    assert.equal(offline.failed, false);
    assert.match(writeXml(offline.document), /<reference anchor="RFC9999">/);
  });

  it('reads title attributes left in a v3 document as names, and entities declared with character references', async () => {
    const { r, xml } = await read(lines('<?xml version="1.0"?>',
      '<!DOCTYPE rfc [', '  <!ENTITY nbhy "&#8209;">', '  <!ENTITY wj "&#x2060;">', '  <!ENTITY lt2 "&#60;">', ']>',
      '<rfc version="3" docName="draft-x-00"><front><title>X</title></front>',
      '<middle><section title="IANA Considerations"><t>proxy&nbhy;revalidate&wj;</t></section></middle></rfc>'));
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    assert.match(xml, /<section>\s*<name>IANA Considerations<\/name>/);
    assert.ok(xml.includes('proxy\u2011revalidate\u2060'), xml);
  });

  it('gives v2 letters lists nested in letters the other case, bullets to lists nested in unmarked ones, and no hangIndent to bullets', async () => {
    const { xml } = await read(v2(
      '<section title="L"><t><list style="letters"><t>one<list><t>two<list><t>three</t></list></t></list></t></list></t>',
      '<t><list style="empty" hangIndent="10"><t>quiet<list><t>inner</t></list></t></list></t></section>'));
    const types = [...xml.matchAll(/<ol[^>]*?type="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(types, ['a', 'A', 'a']);
    assert.match(xml, /<ul empty="true">/);
    assert.match(xml, /<ul>\s*<li>\s*(<t>)?inner/);
  });

  it('never reads an external entity that names a file: URL, and says where it was used', async () => {
    const { r } = await read(lines('<?xml version="1.0"?>', '<!DOCTYPE rfc [', '  <!ENTITY ext SYSTEM "file:///etc/passwd">', ']>',
      '<rfc version="3" docName="draft-x-00"><front><title>X</title></front>',
      '<middle><section><name>S</name><t>&ext;</t></section></middle></rfc>'));
    assert.equal(r.failed, true);
    const d = r.diagnostics.find((x) => x.ruleId === 'include-outside');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.equal(d!.line, 6);
    assert.doesNotMatch(JSON.stringify(r.document.root), /root:/);
  });

  it('expands internal entities holding markup (as the HTTP drafts declare BCP 14 words), and refuses runaway expansion', async () => {
    const doc = (decls: string, body: string) => lines('<?xml version="1.0"?>', '<!DOCTYPE rfc [', decls, ']>',
      '<rfc version="3" docName="draft-x-00"><front><title>X</title></front>', `<middle><section><name>S</name><t>${body}</t></section></middle></rfc>`);
    const ok = await read(doc('<!ENTITY MUST-NOT "<bcp14>MUST NOT</bcp14>">', 'You &MUST-NOT; do it.'));
    assert.equal(ok.r.failed, false, JSON.stringify(ok.r.diagnostics));
    assert.match(ok.xml, /You <bcp14>MUST NOT<\/bcp14> do it\./);
    const laughs = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, k) => `<!ENTITY l${k + 1} "${`&l${k};`.repeat(10)}">`)].join('\n');
    const bad = await read(doc(laughs, '&l9;'));
    assert.equal(bad.r.failed, true);
    assert.equal(bad.r.diagnostics[0].ruleId, 'xml-entity');
    assert.equal(bad.r.diagnostics[0].line, 15);
    const self = await read(doc('<!ENTITY me "a &me; b">', '&me;'));
    assert.match(self.r.diagnostics[0].message, /refers to itself/);
  });
});
