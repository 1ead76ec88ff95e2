import { strict as assert } from 'node:assert';
import { xmlToRfc } from '../../../../src/from-xml/index.js';
import { prep } from '../../../../src/prep/index.js';
import { writeHtml } from '../../../../src/writers/html/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert } from '../../helpers.js';

/** The HTML page of an RFC XML v3 source, prepped with a fixed date. */
async function html(xml: string): Promise<string> {
  const r = await xmlToRfc(xml, { file: 'doc.xml' });
  assert.ok(r.document, JSON.stringify(r.diagnostics));
  return writeHtml(prep(r.document!, { date: '2024-01-15' }).document, { css: '' }).html;
}

const doc = (middle: string, back = '', front = '') => `<?xml version="1.0"?>
<rfc version="3" docName="draft-test-html-00" ipr="trust200902" category="info" submissionType="IETF">
<front><title>HTML Test</title><author fullname="Ann Author" initials="A." surname="Author"><organization>Example</organization>
<address><email>ann@example.com</email><phone>+1 555 0100</phone></address></author><date year="2024" month="1" day="15"/>
<abstract><t>An abstract.</t></abstract>${front}</front>
<middle>${middle}</middle><back>${back}</back></rfc>`;

function ids(page: string): Set<string> {
  return new Set([...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
}

describe('HTML writer', () => {
  it('gives sections, paragraphs and names the ids xml2rfc gives them, each with a self-link', async () => {
    const page = await html(doc(`<section anchor="intro"><name>Introduction</name><t>First.</t>
      <section><name>Sub Part</name><t>Second.</t></section></section>`, `<section><name>Extra</name><t>In the appendix.</t></section>`));
    assert.match(page, /<div id="intro">\s*<section id="section-1">/);
    assert.match(page, /<h2 id="name-introduction">\s*<a href="#section-1" class="section-number selfRef">1\. <\/a><a href="#name-introduction" class="section-name selfRef">Introduction<\/a>/);
    assert.match(page, /<h3 id="name-sub-part">/);
    assert.match(page, /<p id="section-1-1">First\.<a href="#section-1-1" class="pilcrow">¶<\/a><\/p>/);
    assert.match(page, /<p id="section-1.1-1">Second\./);
    assert.match(page, /<section id="appendix-A">\s*<h2 id="name-extra">\s*<a href="#appendix-A" class="section-number selfRef">Appendix A\. <\/a>/);
    assert.match(page, /<p id="appendix-A-1">In the appendix\./);
    for (const id of ['title', 'abstract', 'section-abstract-1', 'identifiers', 'toc', 'section-toc.1', 'status-of-memo', 'copyright',
      'section-boilerplate.1-1', 'authors-addresses', 'name-authors-address']) assert.ok(ids(page).has(id), id);
  });

  it('leaves no internal link dangling, TOC entries included', async () => {
    const page = await html(doc(`<section><name>One</name><t>See <xref target="two"/> and <xref target="RFC2119"/>.</t></section>
      <section anchor="two"><name>Two</name><figure anchor="fig"><name>A Figure</name><artwork>+--+</artwork></figure>
      <table anchor="tab"><name>A Table</name><thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table></section>`,
      `<references><name>Normative References</name><reference anchor="RFC2119" target="https://www.rfc-editor.org/info/rfc2119">
       <front><title>Key words</title><author initials="S." surname="Bradner"/><date year="1997" month="March"/></front>
       <seriesInfo name="BCP" value="14"/><seriesInfo name="RFC" value="2119"/></reference></references>`));
    const all = ids(page);
    const hrefs = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length > 20);
    assert.deepEqual(hrefs.filter((h) => !all.has(h)), []);
    assert.match(page, /<a href="#two" class="auto internal xref">Section 2<\/a>/, 'an author anchor links by its own name');
    assert.match(page, /<span>\[<a href="#RFC2119" class="cite xref">RFC2119<\/a>\]<\/span>/);
    assert.match(page, /<dt id="RFC2119">\[RFC2119\]<\/dt>\s*<dd><span class="refAuthor">Bradner, S\.<\/span>, <span class="refTitle">"Key words"<\/span>, <span class="seriesInfo">BCP 14<\/span>, <span class="seriesInfo">RFC 2119<\/span>, <time datetime="1997-03" class="refDate">March 1997<\/time>, <span>&lt;<a href="https:\/\/www.rfc-editor.org\/info\/rfc2119">/);
    assert.match(page, /<figure id="figure-1">[\s\S]*<pre>\+--\+<\/pre>[\s\S]*<figcaption><a href="#figure-1" class="selfRef">Figure 1<\/a>:\n<a href="#name-a-figure" class="selfRef">A Figure<\/a><\/figcaption>/);
    assert.match(page, /<table class="center" id="table-1">\s*<caption>/);
    assert.match(page, /<nav class="toc">/);
  });

  it('escapes text and refuses script: no <script>, javascript: links shown as text, a policy that blocks script', async () => {
    const r = await xmlToRfc(doc(`<section><name>A &lt;b&gt; &amp; c</name><t>x &lt;script&gt;alert(1)&lt;/script&gt;
      <eref target="javascript:alert(1)">click</eref> <eref target="https://example.com/?a=1&amp;b=&quot;2&quot;"/></t></section>`), { file: 'doc.xml' });
    const out = writeHtml(prep(r.document!, { date: '2024-01-15' }).document, { css: '' });
    const page = out.html;
    assert.doesNotMatch(page, /<script/i);
    assert.doesNotMatch(page, /href="javascript:/i);
    assert.match(page, /x &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(page, /A &lt;b&gt; &amp; c/);
    assert.match(page, /href="https:\/\/example.com\/\?a=1&amp;b=&quot;2&quot;"/);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
    assert.ok(out.warnings.some((w) => /javascript/.test(w.message)), 'the unsafe link is reported');
  });

  it('raw HTML in Markdown reaches the page escaped, never as markup', async () => {
    const r = await convert(`---
title: Raw
docname: draft-raw-html-00
ipr: trust200902
cat: info
author:
  - name: A. Author
---

--- abstract

Abstract.

--- middle

# One

<img src=x onerror="alert(1)"> and <b onclick="x()">bold</b>

<div><script>alert(2)</script></div>
`);
    assert.ok(r.document);
    const page = writeHtml(prep(r.document!, { date: '2024-01-15' }).document, { css: '' }).html;
    assert.doesNotMatch(page, /<img|<b |<script|<div><script/i);
    assert.match(page, /&lt;img src=x onerror="alert\(1\)"&gt;/);
  });

  it('lists: ordered types and starts, item anchors, definition lists, formats as terms', async () => {
    const src = doc(`<section><name>L</name>
      <ol type="a" anchor="list"><li anchor="item">one</li><li>two</li></ol>
      <ol type="R%d:" group="g"><li>x</li></ol><ol type="R%d:" group="g"><li>y</li></ol>
      <dl newline="true"><dt anchor="term">Term</dt><dd>Definition</dd></dl>
      <ul spacing="compact"><li><t>Para</t><t>Para 2</t></li></ul></section>`);
    const page = await html(src);
    assert.match(page, /<div id="list">\s*<ol start="1" type="a" class="normal type-a" id="section-1-1">/);
    assert.match(page, /<li id="section-1-1.1"><span id="item"><\/span>one<a href="#section-1-1.1" class="pilcrow">¶<\/a><\/li>/);
    assert.match(page, /<dt>R1:<\/dt>/);
    assert.match(page, /<dt>R2:<\/dt>/, 'the group continues its count');
    const prepped = prep((await xmlToRfc(src, { file: 'doc.xml' })).document!, { date: '2024-01-15' }).document;
    assert.equal(writeHtml(prepped, { css: '' }).html, writeHtml(prepped, { css: '' }).html, 'a second rendering counts the same');
    assert.equal(writeHtml(prepped, { css: '' }).html, page);
    assert.match(page, /<dl class="dlNewline" id="section-1-4">\s*<dt id="section-1-4.1"><span id="term"><\/span>Term<\/dt>/);
    assert.match(page, /<ul class="compact" id="section-1-5">\s*<li class="compact" id="section-1-5.1">\s*<p id="section-1-5.1.1">Para/);
  });

  it('warns about nothing in a plain document (the TOC entry of the Authors\' Addresses it adds included)', async () => {
    const r = await xmlToRfc(doc('<section><name>S</name><t>See <xref target="s2"/>.</t></section><section anchor="s2"><name>T</name><t>t</t></section>'), { file: 'doc.xml' });
    const out = writeHtml(prep(r.document!, { date: '2024-01-15' }).document, { css: '' });
    assert.deepEqual(out.warnings.map((w) => w.message), []);
    assert.match(out.html, /href="#appendix-A" class="auto internal xref"/);
  });

  it('the Authors\' Addresses link phone and e-mail', async () => {
    const page = await html(doc('<section><name>S</name><t>t</t></section>'));
    assert.match(page, /<address class="vcard">\n<div dir="auto" class="left"><span class="fn nameRole">Ann Author<\/span><\/div>\n<div dir="auto" class="left"><span class="org">Example<\/span><\/div>/);
    assert.match(page, /<a href="tel:\+15550100" class="tel">\+1 555 0100<\/a>/);
    assert.match(page, /<a href="mailto:ann@example.com" class="email">ann@example.com<\/a>/);
  });

  it('draws an SVG file named by <artwork src>, sanitised, and says so in the text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftsmith-svg-'));
    writeFileSync(join(dir, 'pic.svg'), `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><rect width="5" height="5"/></svg>`);
    const file = join(dir, 'doc.xml');
    const r = await xmlToRfc(doc('<section><name>S</name><figure><artwork type="svg" src="pic.svg"/></figure></section>'), { file });
    const out = writeHtml(prep(r.document!, { date: '2024-01-15' }).document, { css: '' });
    assert.match(out.html, /<div class="alignLeft art-svg artwork" id="section-1-1.1">\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 10 10"><rect width="5" height="5"\/><\/svg>/);
    assert.doesNotMatch(out.html, /alert/);
    assert.ok(out.warnings.some((w) => /script/.test(w.message)));
  });
});
