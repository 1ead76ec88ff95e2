import { strict as assert } from 'node:assert';
import { markdownToRfc } from '../../../../src/index.js';
import { prep } from '../../../../src/prep/index.js';
import { writeText } from '../../../../src/writers/text/index.js';
import { lines } from '../../helpers.js';

async function render(md: string): Promise<string[]> {
  const r = await markdownToRfc(md, { file: 'd.md' });
  assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
  const p = prep(r.document, { date: '2024-03-01' });
  return writeText(p.document).split('\n');
}

const md = lines('---', 'title: A Short Draft', 'abbrev: Short', 'docname: draft-short-00', 'category: info', 'date: 2024-03-01',
    'workgroup: Example WG', 'author:', '  - ins: A. Author', '    name: Ann Author', '    org: Example Org', 'pi: [toc]', '--- abstract', '', 'This is the abstract.',
    '--- middle', '', '# Introduction', '',
    'This paragraph is long enough that it has to be filled over more than one line at seventy-two columns.  It also ends sentences.', '',
    '- one', '- two', '', '1. first', '2. second', '', '~~~', 'code here', '~~~', '{: #fig title="Code"}', '', 'See {{fig}}.');

describe('writeText', () => {

  it('writes the first page: two-column header, centred title and document name', async () => {
    const out = await render(md);
    assert.equal(out[4], 'Example WG                                                     A. Author');
    assert.equal(out[5], 'Internet-Draft                                               Example Org');
    assert.equal(out[6], 'Intended status: Informational                              1 March 2024');
    assert.equal(out[7], 'Expires: 2 September 2024');
    const centred = (s: string) => ' '.repeat(Math.floor((72 - s.length) / 2)) + s;
    assert.ok(out.includes(centred('A Short Draft')), out.slice(0, 12).join('\n'));
    assert.ok(out.includes(centred('draft-short-00')));
    assert.ok(out.includes('Abstract') && out.includes('   This is the abstract.'));
  });

  it('writes the body: numbered headings, filled paragraphs at 72 columns, lists, figures, xref text', async () => {
    const out = await render(md);
    const at = out.indexOf('1.  Introduction');
    assert.ok(at > 0, out.join('\n'));
    assert.deepEqual(out.slice(at + 2, at + 4), [
      '   This paragraph is long enough that it has to be filled over more than',
      '   one line at seventy-two columns.  It also ends sentences.',
    ]);
    const rest = out.slice(at);
    for (const l of ['   *  one', '   *  two', '   1.  first', '   2.  second', '   code here', '   See Figure 1.']) assert.ok(rest.includes(l), `${l}\n${rest.join('\n')}`);
    assert.ok(rest.some((l) => /^ +Figure 1: Code$/.test(l)));
    assert.ok(out.every((l) => l.length <= 72), 'no line is longer than 72 columns');
    // A paginated draft's TOC entry ends in a dot leader and the page of its heading.
    assert.ok(out.includes('Table of Contents') && out.some((l) => /^ {3}1\.  Introduction {2}(\. )+\. +\d+$/.test(l) && l.length === 72));
  });
});

describe('writeText inline markup', () => {
  /** The text lines of an RFC whose one section holds the paragraph `t` (its inner XML). */
  async function rfcLines(t: string): Promise<string[]> {
    const { xmlToRfc } = await import('../../../../src/index.js');
    const r = await xmlToRfc(['<rfc version="3" number="9999" ipr="trust200902" category="info" submissionType="IETF" consensus="true">',
      '<front><title>T</title><author fullname="A B" initials="A." surname="B"/><date year="2024" month="March"/></front>',
      `<middle><section><name>S</name><t>${t}</t></section></middle></rfc>`].join('\n'), { file: 'd.xml' });
    return writeText(prep(r.document, { date: '2024-03-01' }).document).split('\n');
  }

  it('sup, sub, emphasis, and links with and without brackets', async () => {
    const out = await rfcLines('2<sup>10</sup> and H<sub>2</sub>O, <em>so</em> <strong>very</strong>, see <eref target="https://example.org/"/> or <eref target="https://example.org/x" brackets="none"/>.');
    assert.ok(out.includes('   2^10 and H_2O, _so_ *very*, see https://example.org/ or'), out.join('\n'));
    assert.ok(out.includes('   https://example.org/x.'), out.join('\n'));
  });

  it('link text that repeats the address is printed, then the address: "X (X)", as xml2rfc prints autolinks', async () => {
    const out = await rfcLines('At <eref target="https://example.org/a">https://example.org/a</eref>.');
    assert.ok(out.includes('   At https://example.org/a (https://example.org/a).'), out.join('\n'));
  });
});

describe('writeText: addresses in RFCs', () => {
  it('never breaks a URL in an RFC, but may in a draft (as xml2rfc)', async () => {
    const { xmlToRfc } = await import('../../../../src/index.js');
    const doc = (attrs: string) => ['<rfc version="3" ' + attrs + ' ipr="trust200902" category="info" submissionType="IETF" consensus="true">',
      '<front><title>T</title><author fullname="A B" initials="A." surname="B"/><date year="2024" month="March" day="1"/></front>',
      '<middle><section><name>S</name><t>Information about the current status of this document, any errata, and how to provide feedback on it may be obtained at <eref target="https://www.rfc-editor.org/info/rfc99999" brackets="none"/>.</t></section></middle></rfc>'].join('\n');
    const rfc = await xmlToRfc(doc('number="9999"'), { file: 'd.xml' });
    const out = writeText(prep(rfc.document, { date: '2024-03-01' }).document).split('\n');
    assert.ok(out.includes('   https://www.rfc-editor.org/info/rfc99999.'), out.join('\n'));
    const draft = await xmlToRfc(doc('docName="draft-x-00"'), { file: 'd.xml' });
    const dout = writeText(prep(draft.document, { date: '2024-03-01' }).document, { paginate: false }).split('\n');
    assert.ok(dout.includes('   and how to provide feedback on it may be obtained at https://www.rfc-'), dout.join('\n'));
  });

  it("paginates a numbered draft, not an editor's copy (-latest), unless told", async () => {
    const pages = (await render(md)).join('\n');
    assert.ok(pages.includes('\f') && /\[Page 1\]/.test(pages));
    const latest = (await render(md.replace('docname: draft-short-00', 'docname: draft-short-latest'))).join('\n');
    assert.ok(!latest.includes('\f') && !/\[Page \d+\]/.test(latest), latest.slice(0, 400));
    const r = await markdownToRfc(md.replace('docname: draft-short-00', 'docname: draft-short-latest'), { file: 'd.md' });
    const forced = writeText(prep(r.document, { date: '2024-03-01' }).document, { paginate: true });
    assert.ok(forced.includes('\f'));
  });

  it('keeps an address written in the text of an RFC on one line; a draft may break it after a slash', async () => {
    const para = 'This document is subject to the Legal Provisions Relating to Documents (https://trustee.ietf.org/license-info) in effect.';
    const body = md.replace('This is the abstract.', para);
    const draft = await render(body);
    assert.ok(draft.some((l) => l.endsWith('(https://trustee.ietf.org/')), draft.join('\n'));
    const r = await markdownToRfc(body.replace('docname: draft-short-00', 'number: 9999'), { file: 'd.md' });
    const rfc = writeText(prep(r.document, { date: '2024-03-01' }).document).split('\n');
    assert.ok(rfc.some((l) => l.trim().startsWith('(https://trustee.ietf.org/license-info)')), rfc.join('\n'));
  });
});
