/**
 * A generated Internet-Draft of a given size (not a test file itself): kramdown-rfc Markdown
 * made of the constructs real drafts use (sections with anchors, paragraphs with emphasis,
 * BCP 14 words, citations and cross-references, lists, tables, code, definition lists), for
 * the large-document test and bench/pathological.js.
 */

const HEADER = `---
title: A Very Large Generated Draft
abbrev: Large
docname: draft-large-generated-00
ipr: trust200902
cat: std
submissionType: IETF
author:
  - name: A. Author
    org: Example
    email: a@example.com

normative:
  RFC2119:
  RFC8174:

informative:
  I-D.ietf-example-widgets:

--- abstract

This document is generated to measure how the toolchain copes with a very large input.

--- middle

# Conventions

{::boilerplate bcp14-tagged}

`;

/** One section: about 3 KB of Markdown, its anchor `sec-N`, citing the one before. */
function section(n: number): string {
  const prev = n > 0 ? ` (see {{sec-${n - 1}}})` : '';
  const para = (k: number) => `Paragraph ${k} of section ${n}: an implementation MUST keep *state* for each **widget**${prev}, ` +
    `and it SHOULD NOT send \`frames\` larger than the limit given in {{RFC2119}}; receivers MAY drop them [^fn${n}x${k}] ` +
    'as described by the widget protocol {{I-D.ietf-example-widgets}}. The quick brown fox jumps over the lazy dog.';
  return [
    `# Section ${n} {#sec-${n}}`,
    para(1), para(2),
    `[^fn${n}x1]: A footnote of section ${n}.`, `[^fn${n}x2]: Another footnote of section ${n}.`,
    '* first item with `code`\n* second item\n  * nested item\n* third item',
    `1. step one of ${n}\n2. step two\n3. step three`,
    `| Field | Size | Meaning |\n|-------|-----:|---------|\n| type | 8 | the type of section ${n} |\n| length | 16 | its length |\n| value | var | its value |`,
    `~~~ abnf\nwidget-${n} = 1*DIGIT "." 1*ALPHA\n~~~`,
    `term ${n}\n: its definition, which refers to {{sec-${n}}}.`,
    `## Subsection ${n}.1`,
    para(3),
  ].join('\n\n') + '\n\n';
}

/** A kramdown-rfc draft of about `bytes` characters. */
export function largeMarkdownDraft(bytes: number): string {
  const parts = [HEADER];
  let size = HEADER.length;
  for (let n = 0; size < bytes; n++) {
    const s = section(n);
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<rfc xmlns:xi="http://www.w3.org/2001/XInclude" version="3" docName="draft-large-generated-xml-00" ipr="trust200902" category="std" submissionType="IETF" consensus="true">
<front><title abbrev="Large">A Very Large Generated Draft</title>
<author fullname="A. Author"><organization>Example</organization><address><email>a@example.com</email></address></author>
<date year="2026" month="November" day="22"/>
<abstract><t>This document is generated to measure how the toolchain copes with a very large input.</t></abstract></front>
<middle>
`;

const XML_TAIL = `</middle>
<back><references><name>Normative References</name>
<reference anchor="RFC2119" target="https://www.rfc-editor.org/info/rfc2119"><front><title>Key words for use in RFCs to Indicate Requirement Levels</title>
<author initials="S." surname="Bradner" fullname="S. Bradner"/><date year="1997" month="March"/></front>
<seriesInfo name="BCP" value="14"/><seriesInfo name="RFC" value="2119"/></reference>
</references></back>
</rfc>
`;

/** One section of RFC XML v3: about 3 KB, its anchor `sec-N`, citing the one before. */
function xmlSection(n: number): string {
  const prev = n > 0 ? ` (see <xref target="sec-${n - 1}"/>)` : '';
  const t = (k: number) => `<t>Paragraph ${k} of section ${n}: an implementation <bcp14>MUST</bcp14> keep <em>state</em> for each ` +
    `<strong>widget</strong>${prev}, and it <bcp14>SHOULD NOT</bcp14> send <tt>frames</tt> larger than the limit given in ` +
    '<xref target="RFC2119"/>; receivers <bcp14>MAY</bcp14> drop them. The quick brown fox jumps over the lazy dog &amp; its friends.</t>';
  return `<section anchor="sec-${n}"><name>Section ${n}</name>
${t(1)}
${t(2)}
<ul><li>first item with <tt>code</tt></li><li>second item<ul><li>nested item</li></ul></li><li>third item</li></ul>
<ol><li>step one of ${n}</li><li>step two</li><li>step three</li></ol>
<table><thead><tr><th>Field</th><th align="right">Size</th><th>Meaning</th></tr></thead>
<tbody><tr><td>type</td><td align="right">8</td><td>the type of section ${n}</td></tr><tr><td>length</td><td align="right">16</td><td>its length</td></tr></tbody></table>
<sourcecode type="abnf"><![CDATA[widget-${n} = 1*DIGIT "." 1*ALPHA]]></sourcecode>
<dl><dt>term ${n}</dt><dd>its definition, which refers to <xref target="sec-${n}"/>.</dd></dl>
<section anchor="sec-${n}-1"><name>Subsection ${n}.1</name>
${t(3)}
</section>
</section>
`;
}

/** An RFC XML v3 draft of about `bytes` characters, written directly (no Markdown on the way). */
export function largeXmlDraft(bytes: number): string {
  const parts = [XML_HEAD];
  let size = XML_HEAD.length + XML_TAIL.length;
  for (let n = 0; size < bytes; n++) {
    const s = xmlSection(n);
    parts.push(s);
    size += s.length;
  }
  parts.push(XML_TAIL);
  return parts.join('');
}
