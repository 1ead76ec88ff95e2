import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryResolver, xmlToRfc } from '../../../../src/index.js';
import { prep } from '../../../../src/prep/index.js';
import { writeText } from '../../../../src/writers/text/index.js';
import { repoRoot } from '../../helpers.js';

const CORPUS = join(repoRoot(), '..', 'shared', 'corpus');
const X2R = join(CORPUS, 'xml2rfc', 'tests');

async function render(xml: string): Promise<string[]> {
  const r = await xmlToRfc(xml, { file: 'd.xml', offline: true, resolver: new DirectoryResolver([join(X2R, 'cache'), join(CORPUS, 'bibxml')]) });
  assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
  return writeText(prep(r.document, { date: '2026-03-02' }).document, { paginate: false }).split('\n');
}

/** The lines from the "Index" heading up to (not including) the next heading at the margin. */
function indexPart(lines: string[]): string[] {
  const at = lines.indexOf('Index');
  assert.ok(at >= 0, 'an Index heading');
  const end = lines.findIndex((l, i) => i > at && /^\S/.test(l));
  return lines.slice(at, end < 0 ? undefined : end);
}

describe('text: the Index', () => {
  before(function () {
    if (!existsSync(X2R)) this.skip();
  });

  it('indexes.xml as xml2rfc 3.32 prints it: letters, terms, subitems, primary places', async () => {
    const ours = indexPart(await render(readFileSync(join(X2R, 'input', 'indexes.xml'), 'utf8')));
    const theirs = indexPart(readFileSync(join(X2R, 'valid', 'indexes.text'), 'utf8').split('\n'));
    assert.deepEqual(ours, theirs);
  });

  it('RFC 9111 before prep: the Index as published, long place lists wrapped under the term', async function () {
    const published = readFileSync(join(CORPUS, 'rfc', 'rfc9111.txt'), 'utf8').split('\n')
      .filter((l) => !/^RFC 9111 |^Fielding, et al\. |\f/.test(l));
    const content = (ls: string[]) => ls.filter((l) => l.trim());
    const ours = indexPart(await render(readFileSync(join(CORPUS, 'rfc', 'rfc9111.notprepped.xml'), 'utf8')));
    assert.deepEqual(content(ours), content(indexPart(published)));
    assert.ok(ours.includes('         max-age (cache directive)  *_Section 5.2.1.1_*;'));
    assert.ok(ours.includes('            *_Section 5.2.2.1_*'));
  });

  it('comes after the appendices and before the Authors\' Addresses, and the TOC says so', async () => {
    const out = await render(`<rfc docName="draft-x-00" category="info" submissionType="IETF" ipr="trust200902">
      <front><title>T</title><author fullname="A B" surname="B" initials="A"/><date year="2026" month="3" day="2"/></front>
      <middle><section><name>One</name><t>Text<iref item="word"/>.</t></section></middle>
      <back><section><name>Extra</name><t>More.</t></section></back></rfc>`);
    const body = out.lastIndexOf('1.  One');
    const at = (heading: string) => out.indexOf(heading, body);
    assert.ok(body < at('Appendix A.  Extra') && at('Appendix A.  Extra') < at('Index') && at('Index') < at("Author's Address"), out.join('\n'));
    const toc = out.slice(out.indexOf('Table of Contents'), out.indexOf('1.  One'));
    assert.deepEqual(toc.filter((l) => l.trim()).slice(1), ['   1.  One', '   Appendix A.  Extra', '   Index', "   Author's Address"]);
    assert.deepEqual(indexPart(out), ['Index', '', '   W', '', '      W', '', '         word  Section 1, Paragraph 1', '']);
  });
});
