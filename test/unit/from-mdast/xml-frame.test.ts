import { strict as assert } from 'node:assert';
import { writeXml } from '../../../src/index.js';
import { convert, lines } from '../helpers.js';

/** kramdown-rfc's oldest layout: an RFC XML frame with Markdown in the gaps. */
const frame = (...middle: string[]) => lines(
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<rfc ipr="trust200902" docName="draft-frame-00" category="info">',
  '<?rfc toc="yes"?>',
  '<front><title>Framed</title><author fullname="A B"/><date year="2024"/></front>',
  '<middle>',
  '{:/nomarkdown}',
  ...middle,
  '{::nomarkdown}',
  '</middle>',
  '<back>',
  '<references title="Normative References">',
  '{:/nomarkdown}',
  '![:include:](RFC2119)',
  '',
  '<reference anchor="LOCAL">',
  '<front><title>Local</title>',
  '',
  '<author fullname="C D"/><date year="2020"/></front>',
  '</reference>',
  '{::nomarkdown}',
  '</references>',
  '</back>',
  '</rfc>');

describe('XML frame with Markdown gaps', () => {
  it('fills the gaps, lists included and raw references in place, and writes version 3', async () => {
    const r = await convert(frame('Introduction {#intro}', '============', '', 'See {{RFC2119}}, {{LOCAL}} and {{intro}}.'));
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    const xml = writeXml(r.document);
    assert.match(xml, /<rfc version="3" ipr="trust200902" docName="draft-frame-00" category="info" tocInclude="true">/);
    assert.match(xml, /<section anchor="intro">\s*<name>Introduction<\/name>\s*<t>See <xref target="RFC2119"\/>, <xref target="LOCAL"\/> and <xref target="intro"\/>\.<\/t>/);
    assert.match(xml, /<references>\s*<name>Normative References<\/name>\s*<reference anchor="RFC2119"[\s\S]*<reference anchor="LOCAL">/);
    assert.ok(!xml.includes('<?rfc'), 'the toc instruction became an attribute');
    assert.equal(r.metadata.docName, 'draft-frame-00');
  });

  it('a cross-reference to nothing is an error at its line in the gap', async () => {
    const r = await convert(frame('# Intro', '', 'See {{nowhere}}.'));
    const d = r.diagnostics.find((x) => x.ruleId === 'unresolved-reference');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.deepEqual([d.line, d.column], [9, 5]);
    assert.equal(r.failed, true);
  });

  it('a frame that does not close its elements is an error naming the line', async () => {
    const source = frame('# Intro', '', 'Text.').replace('</middle>', '');
    const r = await convert(source);
    const d = r.diagnostics.find((x) => x.ruleId === 'xml-frame');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.match(d.message, /middle/);
    // Reported where the parser meets the wrong closing tag: the file's `</rfc>` line.
    assert.equal(d.line, source.split('\n').indexOf('</rfc>') + 1);
    assert.equal(r.failed, true);
  });
});

describe('raw XML blocks holding blank lines', () => {
  it('an mmark <reference> with a blank line inside is read whole', async () => {
    const r = await convert(lines('%%%', 'title = "T"', '%%%', '', '{mainmatter}', '', '# A', '', 'See [@X].', '', '{backmatter}', '',
      '<reference anchor="X" target="https://example.org/">', '<front>', '<title>X marks</title>', '', '<author fullname="E F"/>', '<date year="2021"/>', '</front>', '</reference>'));
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    assert.match(writeXml(r.document), /<reference anchor="X" target="https:\/\/example.org\/">\s*<front>\s*<title>X marks<\/title>/);
  });
});
