import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xmlToRfc } from '../../../../src/index.js';
import { prep } from '../../../../src/prep/index.js';
import { writeText } from '../../../../src/writers/text/index.js';

/** Renders an XML body (the content of <middle>) of a small draft, unpaginated. */
async function render(middle: string, options: { file?: string; back?: string; legacy?: boolean } = {}): Promise<string[]> {
  const xml = `<rfc version="3" docName="draft-x-00" ipr="trust200902" category="info" submissionType="IETF">
    <front><title>T</title><author fullname="A. Person" initials="A." surname="Person"/><date year="2017" month="4" day="15"/></front>
    <middle>${middle}</middle><back>${options.back ?? ''}</back></rfc>`;
  const r = await xmlToRfc(xml, { file: options.file ?? 'd.xml', offline: true });
  assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
  const p = prep(r.document, { date: '2017-04-15', legacyDateFormat: options.legacy });
  return writeText(p.document, { paginate: false, legacyDateFormat: options.legacy }).split('\n');
}

function after(out: string[], heading: string, n: number): string[] {
  const at = out.indexOf(heading);
  assert.ok(at >= 0, `no "${heading}" in\n${out.join('\n')}`);
  return out.slice(at + 1, at + 1 + n);
}

describe('text: v3 features (as xml2rfc 3.32 prints draft-v3-features.xml)', () => {
  it('prints a comment on a line of its own after "// ", and hides display="false" ones', async () => {
    const out = await render(`<section><name>S</name>
      <t>Before the comment. <cref anchor="c1">A remark that is long enough to need a second line when it is filled at the width.</cref> After.</t>
      <t>Shown <cref display="false">hidden</cref>text.</t></section>`);
    assert.deepEqual(after(out, '1.  S', 7), [
      '',
      '   Before the comment.',
      '   // A remark that is long enough to need a second line when it is',
      '   // filled at the width.  After.',
      '',
      '   Shown text.',
      '',
    ]);
  });

  it('cites a definition term by its section, list items counted across a group', async () => {
    const out = await render(`<section anchor="s"><name>S</name>
      <dl><dt anchor="term">Term</dt><dd>Desc.</dd></dl>
      <ol type="i" group="g"><li>one</li></ol><t>between</t><ol type="i" group="g"><li anchor="two">two</li></ol>
      <t>A <xref target="term"/>; B <xref target="term" format="title"/>; C <xref target="term" format="counter">text</xref>; D <xref target="two" format="counter"/>.</t>
      <t>E <xref target="s" format="title"/>.</t></section>`);
    assert.ok(out.includes('   A Section 1; B term; C text (1); D ii.'), out.join('\n'));
    assert.ok(out.includes('   E S.'), out.join('\n'));
  });

  it('adds no blank lines for index entries standing between blocks', async () => {
    const out = await render(`<section><name>S</name><iref item="s"/><section><name>Sub</name><iref item="x"/><t>Text.</t></section></section>`);
    assert.deepEqual(after(out, '1.  S', 4), ['', '1.1.  Sub', '', '   Text.']);
  });

  it('shows SVG artwork as a pointer to the HTML, aligned as the artwork is', async () => {
    const out = await render(`<section><name>S</name><figure><artwork type="svg" align="right"><svg xmlns="http://www.w3.org/2000/svg"/></artwork></figure></section>`);
    assert.deepEqual(after(out, '1.  S', 3), [
      '',
      '                        (Artwork only available as SVG: see',
      '                        https://www.ietf.org/archive/id/draft-x-00.html)',
    ]);
  });

  it('reads artwork src= files from the document folder, and refuses files outside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-src-'));
    writeFileSync(join(dir, 'box.txt'), '+-----+\n| box |\n+-----+\n');
    const out = await render(`<section><name>S</name><figure><name>Box of <xref target="R"/></name><artwork src="box.txt"/></figure></section>`,
      { file: join(dir, 'd.xml'), back: '<references><name>Refs</name><reference anchor="R"><front><title>R</title></front></reference></references>' });
    assert.deepEqual(after(out, '1.  S', 6), ['', '   +-----+', '   | box |', '   +-----+', '', '                            Figure 1: Box of [R]']);
    const r = await xmlToRfc('<rfc version="3"><front><title>T</title></front><middle><section><name>S</name><artwork src="../etc/passwd"/></section></middle></rfc>',
      { file: join(dir, 'd.xml'), offline: true });
    assert.equal(r.failed, true);
    assert.match(r.diagnostics[0].message, /outside the document's folder/);
  });

  it('puts two spaces after a sentence ending in strong text, one after emphasis', async () => {
    const out = await render(`<section><name>S</name><t>This is <em>it</em>. This is <strong>it</strong>. This is <em><strong>it</strong></em>. So.</t></section>`);
    assert.ok(out.includes('   This is _it_. This is *it*.  This is _*it*_.  So.'), out.join('\n'));
  });

  it('writes the expiry sentence in the legacy date format when asked', async () => {
    const out = await render('<section><name>S</name><t>x</t></section>', { legacy: true });
    assert.ok(out.includes('   This Internet-Draft will expire on October 17, 2017.'), out.join('\n'));
  });
});

describe('text: inline and block details (as xml2rfc 3.32 prints elements.xml)', () => {
  it('prints links bare by default and in angle brackets with brackets="angle"', async () => {
    const out = await render(`<section><name>S</name><ul>
      <li><eref target="https://a.example"/></li><li><eref target="https://a.example">A</eref></li>
      <li><eref target="https://a.example" brackets="angle"/></li><li><eref target="https://a.example" brackets="angle">A</eref></li></ul></section>`);
    assert.deepEqual(after(out, '1.  S', 8).filter(Boolean), [
      '   *  https://a.example', '   *  A (https://a.example)', '   *  <https://a.example>', '   *  A <https://a.example>',
    ]);
  });

  it('writes superscripts and subscripts with parentheses only around compound expressions', async () => {
    const out = await render(`<section><name>S</name><t>x<sup>-1</sup> z<sup>3.2a</sup> x<sup>x+y</sup> z<sup>a.0</sup> x<sup>(n+1)</sup> two <sub>words here</sub></t></section>`);
    assert.ok(out.includes('   x^-1 z^3.2a x^(x+y) z^(a.0) x^(n+1) two _(words here)'), out.join('\n'));
  });

  it('indents a paragraph by its indent attribute and moves too-wide artwork left', async () => {
    const ruler = '1234567890'.repeat(7) + '12';
    const out = await render(`<section><name>S</name><t indent="5">Indented.</t><artwork>${ruler}</artwork></section>`);
    assert.deepEqual(after(out, '1.  S', 4), ['', '        Indented.', '', ruler]);
  });

  it('expands <u> in its format, with Unicode names (code points for characters without one)', async () => {
    const out = await render(`<section><name>S</name><t>A <u format="num-lit">Δ</u>, B <u format="{lit} character ({num})">Δ</u>, C <u ascii="Delta" format="ascii-lit-num">Δ</u>.</t>
      <t>D <u format="num-name">Δ</u> E <u format="name">Ꮪ&#x4e00;&#9;</u></t></section>`);
    assert.ok(out.includes('   A U+0394 ("Δ"), B "Δ" character (U+0394), C "Delta" ("Δ", U+0394).'), out.join('\n'));
    assert.ok(out.includes('   D U+0394 (GREEK CAPITAL LETTER DELTA) E CHEROKEE LETTER DU, CJK'), out.join('\n'));
    assert.ok(out.includes('   UNIFIED IDEOGRAPH-4E00, U+0009'), out.join('\n'));
  });

  it('reads xml2rfc\'s own entities (&wj;, &nbhy;) without a declaration', async () => {
    const out = await render('<section><name>S</name><t>double-&wj;word proxy&nbhy;revalidate</t></section>');
    assert.ok(out.includes('   double-word proxy-revalidate'), out.join('\n'));
  });

  it('leaves the references unnumbered after an unnumbered last section, and breaks captions at <br>', async () => {
    const out = await render(`<section><name>S</name><figure><name>First line<br/>second</name><artwork>x</artwork></figure></section>
      <section numbered="false"><name>Last</name><t>x</t></section>`,
    { back: '<references><name>References</name><reference anchor="R"><front><title>R</title></front></reference></references>' });
    assert.ok(out.includes('References') && !out.some((l) => /^\d+\.\s+References/.test(l)), out.join('\n'));
    assert.ok(out.some((l) => l.trim() === 'Figure 1: First line') && out.some((l) => l.trim() === 'second'), out.join('\n'));
  });
});

describe('text: headings, TOC titles and empty paragraphs (draft-miek-test, draft-v3-features)', () => {
  it('wraps a long heading under its title and keeps markup and xrefs in TOC titles', async () => {
    const long = 'A Very Long Title Considerations With Regards to the Already Deployed Routing Policy';
    const xml = `<rfc version="3" docName="draft-x-00" ipr="trust200902" category="info" submissionType="IETF" tocInclude="true">
      <front><title>T</title><author fullname="A. Person" initials="A." surname="Person"/><date year="2017" month="4" day="15"/></front>
      <middle><section anchor="s1"><name>${long}</name><t>x</t></section>
      <section><name>Arbitrary<sup>superscript</sup> with <xref target="s1"/></name><t>y</t></section></middle></rfc>`;
    const r = await xmlToRfc(xml, { file: 'd.xml', offline: true });
    const out = writeText(prep(r.document, { date: '2017-04-15' }).document, { paginate: false }).split('\n');
    assert.ok(out.includes('1.  A Very Long Title Considerations With Regards to the Already'), out.join('\n'));
    assert.ok(out.includes('    Deployed Routing Policy'), out.join('\n'));
    assert.ok(out.includes('   2.  Arbitrary^superscript with Section 1'), out.join('\n'));
  });

  it('puts a comment in a heading on its own line under the title', async () => {
    const out = await render('<section><name>Title with <cref anchor="c">id</cref></name><t>x</t></section>');
    assert.deepEqual(after(out, '1.  Title with', 3), ['    // id', '', '   x']);
  });

  it('leaves one empty line for a paragraph of index entries, and cites unnumbered appendices by title', async () => {
    const out = await render(`<section><name>S</name><t>One.</t><t><iref item="x"/></t><t>Two <xref target="c"/>.</t></section>`,
      { back: '<section anchor="c" numbered="false"><name>Contributors</name><t>z</t></section>' });
    assert.deepEqual(after(out, '1.  S', 6), ['', '   One.', '', '', '   Two Appendix "Contributors".', '']);
  });
});

describe('text: dates, markup spacing and long group labels (indexes.xml, sourcecode.xml)', () => {
  it('fills in a missing <date> with the build date, in the header and the expiry', async () => {
    const r = await xmlToRfc(`<rfc version="3" docName="draft-x-00" ipr="trust200902" category="info" submissionType="IETF">
      <front><title>T</title><author fullname="A. Person" initials="A." surname="Person"/></front><middle><section><name>S</name><t>x</t></section></middle></rfc>`,
    { file: 'd.xml', offline: true });
    const out = writeText(prep(r.document, { date: '2026-03-02' }).document, { paginate: false }).split('\n');
    assert.ok(out.some((l) => /^Internet-Draft\s+2 March 2026$/.test(l)), out.slice(0, 10).join('\n'));
    assert.ok(out.includes('Expires: 3 September 2026'), out.slice(0, 10).join('\n'));
  });

  it('keeps the white space around marked-up text outside the marks', async () => {
    const out = await render(`<section><name>S</name><t>This is a section!
      <em> <iref item="em"/> Emphatically. </em> <strong> Loudly. </strong> <sup> Up. </sup> Plain.</t></section>`);
    assert.ok(out.includes('   This is a section!  _Emphatically._ *Loudly.* ^(Up.)  Plain.'), out.join('\n'));
  });

  it('puts a reference group with a long label on the lines under it, in the text column', async () => {
    const out = await render('<section><name>S</name><t>x</t></section>', {
      back: `<references><name>R</name><referencegroup anchor="A-VERY-LONG-LABEL"><reference anchor="r1"><front><title>G</title>
        <author initials="R. Q." surname="Author"/></front></reference></referencegroup></references>` });
    assert.deepEqual(after(out, '   [A-VERY-LONG-LABEL]', 1), ['              Author, R. Q., "G".']);
  });
});

describe('text: asides and quotes (elements.xml)', () => {
  it('indents an aside\'s lists three columns past its paragraphs, but not a quote\'s', async () => {
    const out = await render('<section><name>S</name><aside><t>Text.</t><ul><li>Item.</li></ul></aside><blockquote><t>Q.</t><ul><li>I.</li></ul></blockquote></section>');
    assert.deepEqual(after(out, '1.  S', 8), ['', '      |  Text.', '      |', '      |     *  Item.', '', '   |  Q.', '   |', '   |  *  I.']);
  });
});

describe('text: RFC front page dates', () => {
  it('shows the day of an April 1st RFC only', async () => {
    const page = async (day: string) => {
      const r = await xmlToRfc(`<rfc version="3" number="8771" ipr="trust200902" category="exp" submissionType="independent"><front><title>T</title><author fullname="A. Person" initials="A." surname="Person"/><date year="2020" month="4" day="${day}"/></front><middle/></rfc>`, { file: 'd.xml' });
      return writeText(prep(r.document).document).split('\n').slice(0, 10).join('\n');
    };
    assert.match(await page('1'), /\s1 April 2020\n/);
    assert.match(await page('2'), /\sApril 2020\n/);
    assert.doesNotMatch(await page('2'), /2 April 2020/);
  });
});

describe('text: wide figures', () => {
  it('moves the caption of a too-wide figure left with its artwork', async () => {
    const wide = 'x'.repeat(79);
    const out = await render(`<section><name>S</name><figure><name>Wide</name><artwork>${wide}</artwork></figure></section>`);
    assert.deepEqual(after(out, '1.  S', 4), ['', wide, '', ' '.repeat(28) + 'Figure 1: Wide']);
  });
});

describe('text: definition lists with a leading break', () => {
  it('leaves an empty line for a leading <br/> only when newline="true"', async () => {
    const out = await render(`<section><name>S</name><dl indent="6"><dt>A very long term that does not fit beside its definition at all</dt><dd><br/>Def.</dd></dl>
      <dl indent="6" newline="true"><dt>Term</dt><dd><br/>Def.</dd></dl></section>`);
    const at = out.indexOf('   Term');
    assert.deepEqual(out.slice(at, at + 3), ['   Term', '', '         Def.']);
    const long = out.findIndex((l) => l.startsWith('   A very long term'));
    assert.equal(out[long + 1], '         Def.');
  });
});

describe('text: contacts in sections', () => {
  it('prints a contact with an address as a block, with its non-Latin form as additional information', async () => {
    const out = await render(`<section><name>S</name><t>Thanks to:</t>
      <contact asciiFullname="Roni Even" fullname="רוני אבן"><organization ascii="Huawei">וואווי</organization></contact>
      <t>And others.</t></section>`);
    assert.deepEqual(after(out, '   Thanks to:', 12), ['', '   Roni Even', '   Huawei', '', '   Additional contact information:', '',
      '      רוני אבן', '      וואווי', '', '', '   And others.', '']);
  });
});

describe('text: contacts in paragraphs', () => {
  it('joins an initial to the rest of the name with a no-break space: one space, no break after the period', async () => {
    // RFC 9109's acknowledgements: "Gary E. Miller" with one space, as xml2rfc prints a contact.
    const out = await render(`<section><name>S</name><t>We thank <contact fullname="Gary E. Miller"/>, <contact fullname="J. R. R. Tolkien"/> and others.</t>
      <t>xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxxxx Gary <contact fullname="E. Miller"/></t></section>`);
    assert.deepEqual(after(out, '1.  S', 4), ['', '   We thank Gary E. Miller, J. R. R. Tolkien and others.', '',
      '   xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxxxx Gary']);
    assert.equal(out[out.indexOf('1.  S') + 5], '   E. Miller');
  });
});

describe('text: XML line ends', () => {
  it('weighs CR LF and a lone CR as one white space character: the XML parser reads them as LF (XML 1.0, section 2.11)', async () => {
    const out = await render('<section><name>S</name><t>It ended.\r\nlower case, and.\rthis.\r\n\r\nAnd</t></section>');
    assert.deepEqual(after(out, '1.  S', 2), ['', '   It ended. lower case, and. this.  And']);
  });
});

describe('text: figures holding several pieces of art', () => {
  it('sets artwork, artsets and code one under another with no blank line, as xml2rfc does (draft-v3-features 8.5)', async () => {
    const out = await render(`<section><name>S</name><figure><name>Two</name><artwork>+--+
|a |
+--+</artwork><sourcecode>code line</sourcecode></figure></section>`);
    assert.deepEqual(after(out, '1.  S', 7).map((l) => l.trimStart()), ['', '+--+', '|a |', '+--+', 'code line', '', 'Figure 1: Two']);
  });
});
