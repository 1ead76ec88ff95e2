import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryResolver, markdownToRfc, writeXml, xmlToRfc } from '../../../src/index.js';
import { prep } from '../../../src/prep/index.js';
import { parseXmlDocument } from '../../../src/xml/parse.js';
import { isElement, textContent, type RfcElement } from '../../../src/tree/nodes.js';
import { lines, repoRoot } from '../helpers.js';

const X2R = join(repoRoot(), '..', 'shared', 'corpus', 'xml2rfc', 'tests');

function find(e: RfcElement, test: (e: RfcElement) => boolean): RfcElement | undefined {
  if (test(e)) return e;
  for (const c of e.children) if (isElement(c)) { const r = find(c, test); if (r) return r; }
  return undefined;
}

/** The TOC as lines: each entry's pn, its xrefs (format:target) and its text. */
function tocEntries(root: RfcElement): string[] {
  const toc = find(root, (e) => e.name === 'toc');
  const out: string[] = [];
  const walk = (e: RfcElement) => {
    if (e.name === 't') out.push(`${e.attributes.pn} ${e.children.map((c) => (c.type === 'text' ? JSON.stringify(c.value) : c.type === 'element' ? `${c.attributes.format}:${c.attributes.target}` : '')).join(' ')}`);
    for (const c of e.children) if (isElement(c)) walk(c);
  };
  if (toc) walk(toc);
  return out;
}

describe('prep', () => {
  it('gives an IETF Standards Track RFC without a consensus attribute the consensus text, and writes the date it used', async () => {
    const r = await xmlToRfc('<rfc version="3" number="9999" ipr="trust200902" category="std" submissionType="IETF"><front><title>T</title><date year="2024" month="3"/></front><middle/></rfc>', { file: 'd.xml' });
    const p = prep(r.document, { date: '2024-03-05' });
    assert.deepEqual(p.diagnostics, []);
    const text = textContent(find(p.document.root, (e) => e.name === 'boilerplate')!);
    assert.match(text.replace(/\s+/g, ' '), /represents the consensus of the IETF community/);
  });

  const doc = lines('---', 'title: T', 'docname: draft-t-00', 'ipr: trust200902', 'date: 2024-03-01', 'pi: [toc]',
    '--- note_Note_to_Readers', '', 'Discussion.', '{: removeinrfc="true"}', '', '--- middle', '', '# One', '', 'Text.', '', '# Two', '', '## Two.One', '', 'More.');

  it('adds boilerplate, numbering, a TOC and derived xref text, without changing its input', async () => {
    const r = await markdownToRfc(doc, { file: 'd.md' });
    const before = writeXml(r.document);
    const p = prep(r.document, { date: '2024-03-01' });
    assert.deepEqual(p.diagnostics, []);
    assert.equal(writeXml(r.document), before, 'the input tree is untouched');
    const root = p.document.root;
    const front = root.children.find((c): c is RfcElement => isElement(c, 'front'))!;
    const names = front.children.filter((c): c is RfcElement => isElement(c)).map((c) => c.name);
    assert.deepEqual(names.slice(-2), ['boilerplate', 'toc']);
    assert.match(textContent(find(root, (e) => e.attributes.anchor === 'status-of-memo')!), /This Internet-Draft will expire on 2 September 2024\./);
    assert.deepEqual(tocEntries(root), [
      'section-toc.1-1.1.1 counter:section-1 ".\u00a0\u00a0" title:name-one',
      'section-toc.1-1.2.1 counter:section-2 ".\u00a0\u00a0" title:name-two',
      'section-toc.1-1.2.2.1.1 counter:section-2.1 ".\u00a0\u00a0" title:name-twoone',
    ]);
  });

  it('begins notes and sections marked removeInRFC with the sentence that says so', async () => {
    const r = await markdownToRfc(lines('---', 'title: T', '--- middle', '', '# Changes', '{: removeInRFC="true"}', '', 'List of changes.'), { file: 'd.md' });
    const p = prep(r.document, { date: '2024-03-01' });
    const section = find(p.document.root, (e) => e.name === 'section' && e.attributes.removeInRFC === 'true')!;
    const paras = section.children.filter((c): c is RfcElement => isElement(c, 't')).map((t) => textContent(t));
    assert.deepEqual(paras, ['This section is to be removed before publishing as an RFC.', 'List of changes.']);
    // Prepping twice does not add it twice.
    const again = prep(p.document, { date: '2024-03-01' });
    const s2 = find(again.document.root, (e) => e.name === 'section' && e.attributes.removeInRFC === 'true')!;
    assert.equal(s2.children.filter((c) => isElement(c, 't')).length, 2);
  });

  describe('the table of contents against xml2rfc 3.32 (../shared corpus)', function () {
    before(function () {
      if (!existsSync(X2R)) this.skip();
    });
    // Identical entries, the Index's included.
    for (const name of ['draft-template', 'elements', 'rfc7911', 'draft-miek-test']) {
      it(name, async () => {
        const input = join(X2R, 'input', `${name}.xml`);
        const r = await xmlToRfc(readFileSync(input, 'utf8'), { file: input, offline: true,
          resolver: new DirectoryResolver([join(X2R, 'cache'), join(X2R, '..', '..', 'bibxml')]) });
        const ours = tocEntries(prep(r.document, { date: '2023-10-11' }).document.root);
        const theirs = tocEntries(parseXmlDocument(readFileSync(join(X2R, 'valid', `${name}.prepped.xml`), 'utf8')).root!);
        assert.deepEqual(ours, theirs);
      });
    }
  });
});

describe('prep: consensus default', () => {
  it('an RFC without consensus is prepped as consensus="false" (the v3 default), not refused', async () => {
    const r = await markdownToRfc(lines('%%%', 'title = "T"', '[seriesInfo]', 'name = "RFC"', 'value = "9999"', 'stream = "IETF"', 'status = "informational"', 'date = 2024-03-01T00:00:00Z',
      '%%%', '', '{mainmatter}', '', '# A', '', 'Text.'), { file: 'd.md' });
    const p = prep(r.document, { date: '2024-03-01' });
    assert.deepEqual(p.diagnostics.filter((d) => d.severity === 'error'), []);
    const status = textContent(find(p.document.root, (e) => e.attributes.anchor === 'status-of-memo')!);
    assert.match(status, /This document is not an Internet Standards Track specification/);
    assert.doesNotMatch(status, /consensus of the IETF community/);
  });
});
