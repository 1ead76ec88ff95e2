import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryResolver, markdownToRfc, xmlToRfc } from '../../../src/index.js';
import { numberDocument } from '../../../src/prep/numbering.js';
import { slugifiedName } from '../../../src/prep/slug.js';
import { deriveXrefs, listCounter } from '../../../src/prep/xrefs.js';
import { parseXmlDocument } from '../../../src/xml/parse.js';
import { isElement, type RfcElement } from '../../../src/tree/nodes.js';
import { lines, repoRoot } from '../helpers.js';

const X2R = join(repoRoot(), '..', 'shared', 'corpus', 'xml2rfc', 'tests');

/**
 * Every `pn` in document order, leaving out what prep generates rather than numbers
 * (the boilerplate, the table of contents, the Index and Authors' Addresses sections).
 */
function pns(root: RfcElement): string[] {
  const out: string[] = [];
  const walk = (e: RfcElement) => {
    if (e.name === 'section' && e.attributes.anchor === 'authors-addresses') return;
    if (e.name === 'section' && e.children.some((c) => isElement(c, 't') && c.attributes.anchor?.startsWith('rfc.index'))) return;
    const pn = e.attributes.pn;
    if (pn && !/^section-(toc|boilerplate)/.test(pn)) out.push(`${e.name}:${pn}`);
    for (const c of e.children) if (isElement(c)) walk(c);
  };
  walk(root);
  return out;
}

describe('prep numbering', () => {
  it('numbers sections, appendices, references, blocks, figures and tables of a Markdown draft', async () => {
    const r = await markdownToRfc(lines('---', 'title: T', '--- abstract', '', 'Abstract text.', '', '--- middle', '',
      '# One', '', 'Para.', '', '- a', '- b', '', '~~~', 'art', '~~~', '{: #f1 title="F"}', '', '## One.One', '', 'Text.', '',
      '# Two', '', '| x |', '|---|', '| 1 |', '{: #t1 title="T"}', '', '--- back', '', '# Extra', '', '## More', '', 'Text.'), { file: 'd.md' });
    numberDocument(r.document.root);
    assert.deepEqual(pns(r.document.root), [
      'abstract:section-abstract', 't:section-abstract-1',
      'section:section-1', 't:section-1-1', 'ul:section-1-2', 'li:section-1-2.1', 't:section-1-2.1.1', 'li:section-1-2.2', 't:section-1-2.2.1', 'figure:figure-1', 'artwork:section-1-3.1',
      'section:section-1.1', 't:section-1.1-1',
      'section:section-2', 'table:table-1',
      'section:section-appendix.a', 'section:section-appendix.a.1', 't:section-appendix.a.1-1',
    ]);
  });

  it('slugified names are cut to 27 characters after "name-"', () => {
    assert.equal(slugifiedName('Arbitrary superscript in section titles'), 'name-arbitrary-superscript-in-se');
    assert.equal(slugifiedName("Authors' Addresses"), 'name-authors-addresses');
  });

  it('points cross-references at an older tool\'s pn ids to the ids that replaced them (RFC 8650\'s TOC)', () => {
    const root = parseXmlDocument(`<rfc><middle><section anchor="s1" pn="section-1"><name>One</name><t>x</t></section></middle>
      <back><section anchor="app" pn="section-a"><name>App</name><section pn="section-a.1"><name>Sub</name><t>y</t></section></section></back>
      <front><toc><t><xref target="section-a.1" format="counter"/> <xref target="section-1"/> <xref target="app"/></t></toc></front></rfc>`).root!;
    numberDocument(root);
    deriveXrefs(root);
    const targets: string[] = [];
    const walk = (e: RfcElement): void => {
      if (e.name === 'xref') targets.push(`${e.attributes.target}=${e.attributes.derivedContent}`);
      for (const c of e.children) if (isElement(c)) walk(c);
    };
    walk(root);
    assert.deepEqual(targets, ['section-appendix.a.1=A.1', 'section-1=Section 1', 'app=Appendix A']);
  });

  describe('against xml2rfc 3.32 prepped outputs (../shared corpus)', function () {
    before(function () {
      if (!existsSync(X2R)) {
        console.log('  ../shared/corpus not found: numbering corpus tests skipped');
        this.skip();
      }
    });
    // Identical sequences of pn ids, except what later prep steps add.
    for (const name of ['draft-template', 'draft-template-old', 'draft-miek-test', 'elements', 'rfc7911', 'rfc99999', 'no-toc', 'sourcecode']) {
      it(name, async () => {
        const input = join(X2R, 'input', `${name}.xml`);
        const r = await xmlToRfc(readFileSync(input, 'utf8'), { file: input, offline: true,
          resolver: new DirectoryResolver([join(X2R, 'cache'), join(X2R, '..', '..', 'bibxml')]) });
        numberDocument(r.document.root);
        const expected = parseXmlDocument(readFileSync(join(X2R, 'valid', `${name}.prepped.xml`), 'utf8')).root!;
        assert.deepEqual(pns(r.document.root), pns(expected));
      });
    }
  });
});

describe('prep: derived xref text', () => {
  it('Section/Appendix/Figure/Table labels, paragraphs, counters, titles and RFC section links', async () => {
    const r = await markdownToRfc(lines('---', 'title: T', 'normative:', '  RFC2119:', '--- middle', '',
      '# One {#one}', '', 'See {{two}}, {{<two}}, {{^two}}, {{f1}}, {{t1}}, {{p}}, {{RFC2119}} and {{Section 3 of RFC2119}}.', '',
      'A paragraph.', '{: #p}', '', '~~~', 'art', '~~~', '{: #f1 title="Art"}', '',
      '# Two {#two}', '', '| x |', '|---|', '| 1 |', '{: #t1 title="Tab"}', '', '--- back', '', '# Extra {#extra}', '', 'See {{extra}}.'),
    { file: 'd.md', resolver: new DirectoryResolver([join(repoRoot(), 'test', 'fixtures', 'bibxml')]) });
    numberDocument(r.document.root);
    deriveXrefs(r.document.root);
    const got: string[] = [];
    const walk = (e: RfcElement) => {
      if (e.name === 'xref') got.push(`${e.attributes.target}=${e.attributes.derivedContent}${e.attributes.derivedLink ? ' ' + e.attributes.derivedLink : ''}`);
      for (const c of e.children) if (isElement(c)) walk(c);
    };
    walk(r.document.root);
    assert.deepEqual(got, ['two=Section 2', 'two=2', 'two=Two', 'f1=Figure 1', 't1=Table 1', 'p=Section 1, Paragraph 2', 'RFC2119=RFC2119',
      'RFC2119=RFC2119 https://rfc-editor.org/rfc/rfc2119#section-3', 'extra=Appendix A']);
  });

  it('ordered-list counters in every style', () => {
    assert.deepEqual([listCounter(4, '1'), listCounter(3, 'a'), listCounter(3, 'A'), listCounter(3, 'i'), listCounter(3, 'I'), listCounter(3, 'REC%d'), listCounter(28, 'a')],
      ['4', 'c', 'C', 'iii', 'III', 'REC3', 'ab']);
  });

  describe('against xml2rfc 3.32 prepped outputs (../shared corpus)', function () {
    before(function () {
      if (!existsSync(X2R)) this.skip();
    });
    for (const name of ['draft-template', 'elements', 'rfc7911']) {
      it(`${name}: every xref's derivedContent and derivedLink`, async () => {
        const input = join(X2R, 'input', `${name}.xml`);
        const r = await xmlToRfc(readFileSync(input, 'utf8'), { file: input, offline: true,
          resolver: new DirectoryResolver([join(X2R, 'cache'), join(X2R, '..', '..', 'bibxml')]) });
        numberDocument(r.document.root);
        deriveXrefs(r.document.root);
        const expected = parseXmlDocument(readFileSync(join(X2R, 'valid', `${name}.prepped.xml`), 'utf8')).root!;
        assert.deepEqual(xrefs(r.document.root), xrefs(expected));
      });
    }
  });
});

/** Each xref outside the generated table of contents, with what prep derived for it. */
function xrefs(root: RfcElement): string[] {
  const out: string[] = [];
  const walk = (e: RfcElement) => {
    if (e.attributes.pn?.startsWith('section-toc')) return;
    if (e.name === 'xref') out.push(`${e.attributes.target}|${e.attributes.format ?? 'default'}|${e.attributes.derivedContent}|${e.attributes.derivedLink ?? ''}`);
    for (const c of e.children) if (isElement(c)) walk(c);
  };
  walk(root);
  return out;
}
