import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryResolver, xmlToRfc } from '../../../src/index.js';
import { prep } from '../../../src/prep/index.js';
import { parseXmlDocument } from '../../../src/xml/parse.js';
import { isElement, textContent, type RfcElement } from '../../../src/tree/nodes.js';
import { findAll, repoRoot } from '../helpers.js';

const CORPUS = join(repoRoot(), '..', 'shared', 'corpus');
const X2R = join(CORPUS, 'xml2rfc', 'tests');

async function prepXml(xml: string): Promise<RfcElement> {
  const r = await xmlToRfc(xml, { file: 'd.xml', offline: true, resolver: new DirectoryResolver([join(X2R, 'cache'), join(CORPUS, 'bibxml')]) });
  assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
  return prep(r.document, { date: '2026-03-02' }).document.root;
}

function indexSection(root: RfcElement): RfcElement | undefined {
  return findAll(root, 'section', (s) => s.children.some((c) => isElement(c, 'name') && textContent(c) === 'Index'))[0];
}

/** The index as lines: each element with its pn/anchor, terms with their text, links with target, derived text and emphasis. */
function indexLines(section: RfcElement): string[] {
  const out: string[] = [];
  const walk = (e: RfcElement, primary: boolean) => {
    const a = e.attributes;
    if (e.name === 'xref') {
      out.push(`xref ${a.format} ${a.target} "${a.derivedContent}" "${textContent(e).trim()}"${primary ? ' primary' : ''}`);
      return;
    }
    if (e.name === 'strong' || e.name === 'em') {
      for (const c of e.children) if (isElement(c)) walk(c, true);
      return;
    }
    const own = e.name === 'dt' || e.name === 'name' ? ` "${textContent(e).trim()}"` : '';
    out.push(`${e.name} ${a.pn ?? ''} ${a.anchor ?? ''}${own}`.trimEnd());
    for (const c of e.children) if (isElement(c)) walk(c, primary);
  };
  walk(section, false);
  return out;
}

function theirIndex(name: string): string[] {
  const root = parseXmlDocument(readFileSync(join(X2R, 'valid', `${name}.prepped.xml`), 'utf8')).root!;
  return indexLines(indexSection(root)!);
}

/** A small v3 document with the given middle content (and back matter). */
function doc(middle: string, back = '', rfcAttributes = ''): string {
  return `<rfc docName="draft-x-00" category="info" submissionType="IETF" ipr="trust200902" ${rfcAttributes}>
<front><title>T</title><author fullname="A B" surname="B" initials="A"/><date year="2026" month="3" day="2"/></front>
<middle>${middle}</middle><back>${back}</back></rfc>`;
}

describe('prep: the Index', () => {
  describe('against xml2rfc 3.32 prepped output (../shared corpus)', function () {
    before(function () {
      if (!existsSync(X2R)) this.skip();
    });

    for (const name of ['draft-v3-features', 'draft-miek-test', 'sourcecode']) {
      it(name, async () => {
        const ours = indexSection(await prepXml(readFileSync(join(X2R, 'input', `${name}.xml`), 'utf8')));
        assert.ok(ours, 'an Index section');
        assert.deepEqual(indexLines(ours), theirIndex(name));
      });
    }

    it('indexes.xml: every kind of place (the inline run of a table cell too), primary entries, subitems (no entries for references: include-references-in-index is not honoured)', async () => {
      const ours = indexLines(indexSection(await prepXml(readFileSync(join(X2R, 'input', 'indexes.xml'), 'utf8')))!);
      assert.deepEqual(ours, theirIndex('indexes'));
    });

    it('the TOC lists the Index before the Authors\' Addresses, numbered as the appendix after the last', async () => {
      const root = await prepXml(readFileSync(join(X2R, 'input', 'indexes.xml'), 'utf8'));
      const toc = findAll(root, 'toc')[0];
      const titles = findAll(toc, 'xref', (x) => x.attributes.format === 'title').map((x) => textContent(x));
      assert.deepEqual(titles, ['First Section', 'References', 'Index', "Author's Address"]);
      const none = findAll(toc, 'xref', (x) => x.attributes.format === 'none').map((x) => x.attributes.target);
      assert.deepEqual(none, ['section-appendix.a', 'section-appendix.b']);
      assert.equal(indexSection(root)!.attributes.pn, 'section-appendix.a');
    });

    it('a prepped RFC that has its Index keeps just that one', async () => {
      const root = await prepXml(readFileSync(join(CORPUS, 'rfc', 'rfc9111.xml'), 'utf8'));
      const indexes = findAll(root, 't', (t) => t.attributes.anchor === 'rfc.index.index');
      assert.equal(indexes.length, 1);
    });
  });

  it('sorts items without regard to case, punctuation first; subitems by code; keeps repeated places', async () => {
    const root = await prepXml(doc(`<section><name>S</name>
      <t>One<iref item="beta"/><iref item="Alpha"/><iref item="alpha two"/><iref item="[x"/><iref item="Gram" subitem="lower"/><iref item="Gram" subitem="Upper"/></t>
      <t>Two<iref item="beta"/><iref item="beta"/><iref item="Alpha" primary="true"/></t></section>`));
    const section = indexSection(root)!;
    const terms = findAll(section, 'dt').map((d) => textContent(d));
    assert.deepEqual(terms, ['[x', 'Alpha', 'alpha two', 'beta', 'Gram', '', 'Upper', 'lower']);
    const letters = findAll(section, 't', (t) => /^rfc\.index\.u/.test(t.attributes.anchor ?? '')).map((t) => textContent(t));
    assert.deepEqual(letters, ['[', 'A', 'B', 'G']);
    const beta = findAll(section, 'dd')[findAll(section, 'dt').findIndex((d) => textContent(d) === 'beta')];
    assert.deepEqual(findAll(beta, 'xref').map((x) => x.attributes.derivedContent), ['Section 1, Paragraph 1', 'Section 1, Paragraph 2', 'Section 1, Paragraph 2']);
    const alpha = findAll(section, 'dd')[1];
    assert.deepEqual(alpha.children.filter((c): c is RfcElement => isElement(c)).flatMap((t) => t.children.filter((c): c is RfcElement => isElement(c)).map((c) => c.name)), ['xref', 'strong']);
  });

  it('words places: sections, appendices, paragraphs, list items, tables, figures, other blocks by their section', async () => {
    const root = await prepXml(doc(`<section anchor="intro"><name>S</name><iref item="a"/>
      <t>x</t><ol><li><t>y<iref item="b"/></t></li><li><iref item="c"/>z</li></ol>
      <blockquote><iref item="d"/>q</blockquote>
      <figure><name>Pic</name><iref item="e"/><artwork>pic</artwork></figure>
      <section><name>Sub</name><dl><dt>k<iref item="f"/></dt><dd>v</dd></dl></section></section>`,
    `<section><name>App</name><t><iref item="g"/>w</t></section>`));
    const places = findAll(indexSection(root)!, 'xref', (x) => x.attributes.format === 'default').map((x) => `${x.attributes.target}: ${x.attributes.derivedContent}`);
    assert.deepEqual(places, [
      'intro: Section 1',
      'section-1-2.1.1: Section 1, Paragraph 2.1.1',
      'section-1-2.2: Section 1, Paragraph 2, Item 2',
      'section-1-3: Section 1',
      'figure-1: Figure 1',
      'section-1.1-1.1: Section 1.1',
      'section-appendix.a-1: Appendix A, Paragraph 1',
    ]);
  });

  it('no Index without <iref>, nor with indexInclude="false"', async () => {
    const plain = await prepXml(doc('<section><name>S</name><t>x</t></section>'));
    assert.equal(indexSection(plain), undefined);
    assert.ok(!findAll(plain, 'xref').some((x) => x.attributes.target === 'name-index'));
    const off = await prepXml(doc('<section><name>S</name><t>x<iref item="a"/></t></section>', '', 'indexInclude="false"'));
    assert.equal(indexSection(off), undefined);
    assert.ok(!findAll(off, 'xref').some((x) => x.attributes.target === 'name-index'));
    // An <iref> in no numbered place (here the title) has nowhere to point: no Index, no TOC entry.
    const placeless = await prepXml(doc('<section><name>S</name><t>x</t></section>').replace('<title>T</title>', '<title>T<iref item="a"/></title>'));
    assert.equal(findAll(placeless, 'iref').length, 1);
    assert.equal(indexSection(placeless), undefined);
    assert.ok(!findAll(placeless, 'xref').some((x) => x.attributes.target === 'name-index'));
  });

  it('a document without <back> gets one for its Index', async () => {
    const xml = doc('<section><name>S</name><t>x<iref item="a"/></t></section>').replace('<back></back>', '');
    const root = await prepXml(xml);
    const back = root.children.find((c): c is RfcElement => isElement(c, 'back'));
    assert.ok(back && indexSection(back));
  });
});
