/**
 * The Table of Contents with page numbers, against xml2rfc 3.32's paginated test outputs: dot
 * leaders, numbers right-aligned at column 72, wrapping at 68 columns with the hanging indent
 * of a bare list, numbers only in paginated drafts.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryResolver, xmlToRfc } from '../../../../src/index.js';
import { prep } from '../../../../src/prep/index.js';
import { writeText } from '../../../../src/writers/text/index.js';
import { withPageNumber } from '../../../../src/writers/text/pages/toc.js';
import { corpusDir } from './golden-paragraphs.js';

const corpus = corpusDir();
const X2R = corpus ? join(corpus, 'xml2rfc', 'tests') : '';

/** An xml2rfc test input built as the scorer builds it (legacy dates), paginated or not. */
export async function buildCase(name: string, paginate?: boolean): Promise<string> {
  const input = join(X2R, 'input', `${name}.xml`);
  const r = await xmlToRfc(readFileSync(input, 'utf8'), { file: input, offline: true,
    resolver: new DirectoryResolver([join(X2R, 'cache'), join(X2R, '..', '..', 'bibxml')]) });
  const p = prep(r.document, { date: '2026-03-02' });
  return writeText(p.document, { legacyDateFormat: true, paginate });
}

/** The lines of the TOC: from its title to the first heading after it. */
export function tocLines(text: string): string[] {
  const lines = text.split('\n');
  const at = lines.indexOf('Table of Contents');
  const out: string[] = [];
  // Up to the first heading, running headers and footers aside.
  const pageFurniture = (l: string) => l === '\f' || /^(Internet-Draft|RFC \d+) /.test(l) || /\[Page \d+\]$/.test(l);
  for (let i = at + 2; i < lines.length && (!/^\S/.test(lines[i]!) || pageFurniture(lines[i]!)); i++) {
    if (lines[i]!.startsWith('   ')) out.push(lines[i]!);
  }
  return out;
}

function expected(name: string, ext: string): string {
  return readFileSync(join(X2R, 'valid', `${name}.${ext}`), 'utf8');
}

describe('TOC page numbers', () => {
  it('dots in the odd columns up to 67, at least one space after the title, the number right-aligned', () => {
    assert.equal(withPageNumber('   1.  Introduction', 2), '   1.  Introduction  . . . . . . . . . . . . . . . . . . . . . . . .   2');
    assert.equal(withPageNumber('   2.  Simple List', 2), '   2.  Simple List . . . . . . . . . . . . . . . . . . . . . . . . .   2');
    assert.equal(withPageNumber('   8.  IANA Considerations', 10), '   8.  IANA Considerations . . . . . . . . . . . . . . . . . . . . .  10');
    // No room for a dot: only the number, still at the right margin.
    assert.equal(withPageNumber('               Injected Headers with hcp_minimal (+ Legacy Display)', 15),
      '               Injected Headers with hcp_minimal (+ Legacy Display)   15');
  });

});

describe('TOC page numbers in xml2rfc\'s test documents', () => {
  before(function () {
    if (!corpus || !existsSync(X2R)) this.skip();
  });

  it('draft-template: every TOC line as xml2rfc prints it, page numbers included', async () => {
    const ours = tocLines(await buildCase('draft-template'));
    const theirs = tocLines(expected('draft-template', 'pages.text'));
    assert.equal(theirs.length, 22);
    assert.deepEqual(ours, theirs);
  });

  it('draft-miek-test: long titles wrap at 68 columns under the list\'s hanging indent, the number on the last line', async () => {
    const ours = tocLines(await buildCase('draft-miek-test'));
    const at = ours.findIndex((l) => l.startsWith('     A.1.  A Very Long Title'));
    assert.ok(at > 0, ours.join('\n'));
    assert.equal(ours[at], '     A.1.  A Very Long Title Considerations With Regards to the');
    assert.match(ours[at + 1]!, /^ {12}Already Deployed Routing Policy {2}(\. )+\. +\d+$/);
    assert.equal(ours[at + 2], '       A.1.1.  S/MIME encrypted and signed over a simple message,');
    assert.match(ours[at + 3]!, /^ {15}Injected Headers with hcp_minimal \(\+ Legacy Display\) {3}\d+$/);
    assert.ok(ours.every((l) => l.length <= 72));
  });

  it('unpaginated output has the same TOC lines without numbers', async () => {
    const ours = tocLines(await buildCase('draft-template', false));
    assert.deepEqual(ours, tocLines(expected('draft-template', 'text')));
    assert.ok(ours.every((l) => !/\. \d+$/.test(l)));
  });

  it('an unpaginated draft\'s entries wrap at 70 columns, not 68 (TLS 1.3bis\'s editor\'s copy, xml2rfc 3.30.1)', async () => {
    // The first entry takes 70 columns and stays on one line; the second would take 72, so it wraps.
    const title69 = 'Post-Handshake Certificate-Based Client Authentication Messages';
    const title71 = 'Misbinding when using Self-Signed Certificates or Raw Public Keys';
    const xml = ['<rfc version="3" docName="draft-x-y-latest" ipr="trust200902" category="info" submissionType="IETF" tocInclude="true">',
      '<front><title>T</title><author fullname="A B" initials="A." surname="B"/><date year="2024" month="March" day="1"/></front>',
      `<middle><section><name>${title69}</name><t>a</t></section><section><name>${title71}</name><t>b</t></section></middle></rfc>`].join('\n');
    const r = await xmlToRfc(xml, { file: 'd.xml' });
    const doc = prep(r.document, { date: '2024-03-01' }).document;
    const unpaginated = tocLines(writeText(doc, { paginate: false }));
    assert.ok(unpaginated.includes(`   1.  ${title69}`), unpaginated.join('\n'));
    assert.equal(`   1.  ${title69}`.length, 70);
    assert.ok(unpaginated.includes('   2.  Misbinding when using Self-Signed Certificates or Raw Public'), unpaginated.join('\n'));
    const paginated = tocLines(writeText(doc, { paginate: true }));
    assert.ok(paginated.every((l) => l.length <= 72));
  });

  it('titles keep their markup, a comment in one shows as its bare text', async () => {
    const toc = tocLines(await buildCase('draft-v3-features', false));
    assert.ok(toc.includes('     2.2.  Title with xref: Section 2.2'), toc.join('\n'));
    assert.ok(toc.includes('     2.3.  Title with id'), toc.join('\n'));
    const elements = tocLines(await buildCase('elements'));
    assert.ok(elements.some((l) => /^ {5}A\.2\.  Arbitrary\^superscript in section _title_ {2}(\. )+\. +\d+$/.test(l)), elements.join('\n'));
  });

  it('an RFC\'s TOC entries fill 72 columns (rfc8650: a 69-column entry unwrapped)', async () => {
    const input = join(corpus!, 'rfc', 'rfc8650.notprepped.xml');
    const r = await xmlToRfc(readFileSync(input, 'utf8'), { file: input, offline: true, resolver: new DirectoryResolver([join(corpus!, 'bibxml')]) });
    const ours = tocLines(writeText(prep(r.document, { date: '2019-11-01' }).document));
    const theirs = tocLines(readFileSync(join(corpus!, 'rfc', 'rfc8650.txt'), 'utf8'));
    assert.ok(theirs.some((l) => l.length === 69));
    assert.deepEqual(ours, theirs);
  });

  it('an RFC paginated has no page numbers in its TOC', async () => {
    const out = await buildCase('rfc7911', true);
    assert.ok(out.includes('\f'), 'paginated');
    const toc = tocLines(out);
    assert.ok(toc.length > 5);
    assert.deepEqual(toc, tocLines(expected('rfc7911', 'pages.text')));
  });
});
