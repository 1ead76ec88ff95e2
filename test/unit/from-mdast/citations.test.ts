import { strict as assert } from 'node:assert';
import { writeXml, writeXmlFragment } from '../../../src/writers/xml/index.js';
import { isElement, textContent, type RfcElement } from '../../../src/tree/nodes.js';
import { convert, errors, findAll, findOne, lines, referencesIn, show, withRule } from '../helpers.js';

/** The first <t> of the section with this anchor, as XML. */
function para(root: RfcElement, sectionAnchor: string): string {
  const sec = findOne(root, 'section', (s) => s.attributes.anchor === sectionAnchor);
  const t = sec.children.find((c): c is RfcElement => isElement(c, 't'));
  assert.ok(t, `section ${sectionAnchor} has a paragraph`);
  return writeXmlFragment(t);
}

function titleOf(ref: RfcElement): string {
  const front = ref.children.find((c): c is RfcElement => isElement(c, 'front'))!;
  return textContent(front.children.find((c): c is RfcElement => isElement(c, 'title'))!);
}

describe('citations', () => {
  describe('kramdown-rfc {{…}}', () => {
    const kramdown = (...body: string[]) => lines('---', 'title: Citations', '--- middle', '', '# Introduction {#intro}', '', ...body);

    it('an RFC from the library points at its text, not its info page (as recent kramdown-rfc builds print)', async () => {
      const r = await convert(kramdown('Use {{!RFC2119}} here.'));
      const refs = referencesIn(r.document.root, 'Normative References');
      assert.equal(refs[0].attributes.target, 'https://www.rfc-editor.org/rfc/rfc2119');
      const m = await convert(lines('%%%', 'title = "T"', '%%%', '', '{mainmatter}', '', '# A', '', 'Use [@!RFC2119] here.'));
      assert.equal(referencesIn(m.document.root, 'Normative References')[0].attributes.target, 'https://www.rfc-editor.org/info/rfc2119');
    });

    it('{{!RFC2119}}: an xref, and the cached entry under Normative References', async () => {
      const r = await convert(kramdown('Use {{!RFC2119}} here.'));
      assert.deepEqual(r.diagnostics, [], show(r.diagnostics));
      assert.equal(para(r.document.root, 'intro'), '<t>Use <xref target="RFC2119"/> here.</t>');
      const refs = referencesIn(r.document.root, 'Normative References');
      assert.deepEqual(refs.map((x) => x.attributes.anchor), ['RFC2119']);
      assert.equal(titleOf(refs[0]), 'Key words for use in RFCs to Indicate Requirement Levels');
      assert.equal(r.failed, false);
    });

    it('{{?TCP=RFC0793}}: cites by the new anchor, fetches the library name, listed informative', async () => {
      const r = await convert(kramdown('Over {{?TCP=RFC0793}}.'));
      assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
      assert.equal(para(r.document.root, 'intro'), '<t>Over <xref target="TCP"/>.</t>');
      const refs = referencesIn(r.document.root, 'Informative References');
      assert.deepEqual(refs.map((x) => x.attributes.anchor), ['TCP']);
      assert.equal(titleOf(refs[0]), 'Transmission Control Protocol');
      assert.equal(refs[0].attributes['xml:base'], undefined, 'the library xml:base is dropped from a renamed entry');
    });

    it('a header alias `TCP: RFC0793` is used by a plain {{TCP}}', async () => {
      const r = await convert(lines('---', 'title: T', 'informative:', '  TCP: RFC0793', '--- middle', '', '# A', '', 'See {{TCP}}.'));
      assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
      const refs = referencesIn(r.document.root, 'Informative References');
      assert.deepEqual(refs.map((x) => [x.attributes.anchor, titleOf(x)]), [['TCP', 'Transmission Control Protocol']]);
      assert.deepEqual(withRule(r.diagnostics, 'reference-section'), [], 'declared in the header: no section warning');
    });

    it('section forms: "Section 3 of", ", Section 3", "(Section 3)", "3.1<"', async () => {
      const r = await convert(kramdown(
        'A {{Section 3 of !RFC9110}} B {{RFC9110, Section 3}} C {{RFC9110 (Section 4.2)}} D {{3.1<RFC9110}} E {{Appendix A of RFC9110}}.',
      ));
      assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
      assert.equal(para(r.document.root, 'intro'), '<t>' +
        'A <xref target="RFC9110" section="3" sectionFormat="of"/>' +
        ' B <xref target="RFC9110" section="3" sectionFormat="comma"/>' +
        ' C <xref target="RFC9110" section="4.2" sectionFormat="parens"/>' +
        ' D <xref target="RFC9110" section="3.1" sectionFormat="bare"/>' +
        ' E <xref target="RFC9110" section="A" sectionFormat="of"/>.</t>');
      assert.deepEqual(referencesIn(r.document.root, 'Normative References').map((x) => x.attributes.anchor), ['RFC9110']);
    });

    it('"Sections 3 and 4 of" becomes one xref per section and one to the document', async () => {
      const r = await convert(kramdown('See {{Sections 3 and 4 of ?RFC9110}}.'));
      assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
      assert.equal(para(r.document.root, 'intro'), '<t>See Sections ' +
        '<xref target="RFC9110" section="3" sectionFormat="bare"/> and ' +
        '<xref target="RFC9110" section="4" sectionFormat="bare"/> of <xref target="RFC9110"/>.</t>');
    });

    it('{{<anchor}} is a counter reference to a section of the document', async () => {
      const r = await convert(kramdown('Text.', '', '# Second', '', 'As in Section {{<intro}}.'));
      assert.deepEqual(r.diagnostics, [], show(r.diagnostics));
      assert.equal(para(r.document.root, 'second'), '<t>As in Section <xref target="intro" format="counter"/>.</t>');
      assert.equal(findAll(r.document.root, 'references').length, 0, 'a section is not a reference');
    });

    it('{{{Full Name}}} is a contact, leaving no stray brace', async () => {
      const r = await convert(kramdown('Thanks to {{{Alice Example}}} for this.'));
      assert.deepEqual(r.diagnostics, [], show(r.diagnostics));
      assert.equal(para(r.document.root, 'intro'), '<t>Thanks to <contact fullname="Alice Example"/> for this.</t>');
    });

    it('{{&name}} expands a header entity', async () => {
      const r = await convert(lines('---', 'title: T', 'entity:', '  SELF: "RFC XXXX"', '--- middle', '', '# A', '', 'This is {{&SELF}}.'));
      assert.equal(para(r.document.root, 'a'), '<t>This is RFC XXXX.</t>');
    });

    it('an unmarked library citation is listed as informative with a warning at the citation', async () => {
      const r = await convert(kramdown('', 'See {{RFC2119}}.'));
      assert.deepEqual(errors(r.diagnostics), []);
      const d = withRule(r.diagnostics, 'reference-section');
      assert.deepEqual(d.map((x) => [x.severity, x.line, x.column]), [['warning', 8, 5]], show(r.diagnostics));
      assert.deepEqual(referencesIn(r.document.root, 'Informative References').map((x) => x.attributes.anchor), ['RFC2119']);
    });

    it('the first ! or ? decides the section of a reference cited several times', async () => {
      const r = await convert(kramdown('{{RFC2119}} {{!RFC2119}} {{?RFC2119}} {{?RFC9110}}'));
      const xml = writeXml(r.document);
      assert.deepEqual(referencesIn(r.document.root, 'Normative References').map((x) => x.attributes.anchor), ['RFC2119'], xml);
      assert.deepEqual(referencesIn(r.document.root, 'Informative References').map((x) => x.attributes.anchor), ['RFC9110'], xml);
      assert.equal(findAll(r.document.root, 'reference', (x) => x.attributes.anchor === 'RFC2119').length, 1, 'listed once');
    });

    it('{{I-D.name}} finds the draft- form of the library file', async () => {
      const r = await convert(kramdown('See {{?I-D.example-widgets}}.'));
      assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
      const refs = referencesIn(r.document.root, 'Informative References');
      assert.deepEqual(refs.map((x) => [x.attributes.anchor, titleOf(x)]), [['I-D.example-widgets', 'Widgets & Gadgets for the Example Protocol']]);
    });
  });

  describe('mmark [@…] and (#…)', () => {
    const mmark = (...body: string[]) => lines('%%%', 'title = "Citations"', '%%%', '', '{mainmatter}', '', '# Introduction {#intro}', '', ...body);

    it('[@!RFC2119] is normative; [@RFC9110] unmarked is informative without a warning', async () => {
      const r = await convert(mmark('Use [@!RFC2119] and [@RFC9110].'));
      assert.deepEqual(r.diagnostics, [], show(r.diagnostics));
      assert.equal(para(r.document.root, 'intro'), '<t>Use <xref target="RFC2119"/> and <xref target="RFC9110"/>.</t>');
      assert.deepEqual(referencesIn(r.document.root, 'Normative References').map((x) => x.attributes.anchor), ['RFC2119']);
      assert.deepEqual(referencesIn(r.document.root, 'Informative References').map((x) => x.attributes.anchor), ['RFC9110']);
    });

    it('[@RFC2119; @RFC0793] cites both', async () => {
      const r = await convert(mmark('Both [@RFC2119; @RFC0793].'));
      assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
      const xrefs = findAll(r.document.root, 'xref').map((x) => x.attributes.target);
      assert.deepEqual(xrefs, ['RFC2119', 'RFC0793']);
      assert.deepEqual(referencesIn(r.document.root, 'Informative References').map((x) => x.attributes.anchor), ['RFC0793', 'RFC2119']);
    });

    it('[@RFC9110, section 5] and the other suffixes', async () => {
      const r = await convert(mmark('A [@RFC9110, section 5] B [@RFC9110, see, section 6] C [@RFC9110, (see) section 7] D [@RFC9110, 8.1].'));
      assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
      assert.equal(para(r.document.root, 'intro'), '<t>' +
        'A <xref target="RFC9110" section="5" sectionFormat="of"/>' +
        ' B <xref target="RFC9110" section="6" sectionFormat="comma"/>' +
        ' C <xref target="RFC9110" section="7" sectionFormat="parens"/>' +
        ' D <xref target="RFC9110" section="8.1" sectionFormat="bare"/>.</t>');
    });

    it('[@-RFC2119] lists the reference without showing a citation', async () => {
      const r = await convert(mmark('Nothing shown[@-RFC2119].'));
      assert.equal(para(r.document.root, 'intro'), '<t>Nothing shown.</t>');
      assert.deepEqual(referencesIn(r.document.root, 'Informative References').map((x) => x.attributes.anchor), ['RFC2119']);
    });

    it('(#id) and (#id, use title) cross-reference sections', async () => {
      const r = await convert(mmark('Text.', '', '# Second', '', 'See (#intro) and (#intro, use title).'));
      assert.deepEqual(r.diagnostics, [], show(r.diagnostics));
      assert.equal(para(r.document.root, 'second'), '<t>See <xref target="intro"/> and <xref target="intro" format="title"/>.</t>');
    });

    it('(!item, sub) and (!!item) are index entries', async () => {
      const r = await convert(mmark('Widgets(!widget, blue) and gadgets(!!gadget).'));
      assert.deepEqual(r.diagnostics, [], show(r.diagnostics));
      assert.equal(para(r.document.root, 'intro'),
        '<t>Widgets<iref item="widget" subitem="blue"/> and gadgets<iref item="gadget" primary="true"/>.</t>');
    });

    it('[@Full Name] of an author is a contact', async () => {
      const r = await convert(lines('%%%', 'title = "T"', '[[author]]', 'fullname = "Ada Lovelace"', '%%%', '', '# A', '', 'Ask [@Ada Lovelace].'));
      assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
      // The author's own details (here initials and surname derived from the name) go with it.
      assert.equal(para(r.document.root, 'a'), '<t>Ask <contact initials="A." surname="Lovelace" fullname="Ada Lovelace"/>.</t>');
    });
  });

  describe('kramdown index entries', () => {
    it('(((item, sub))) and (((!primary)))', async () => {
      const r = await convert(lines('---', 'title: T', '--- middle', '', '# A', '', 'Widgets(((widget, blue))) and gadgets(((!gadget))).'));
      assert.equal(para(r.document.root, 'a'),
        '<t>Widgets<iref item="widget" subitem="blue"/> and gadgets<iref item="gadget" primary="true"/>.</t>');
    });
  });
});

describe('mmark super- and subscript', () => {
  it('H~2~O and 2^10^ (escaped spaces allowed), while ~~x~~ stays strikethrough and lone tildes stay text', async () => {
    const r = await convert(lines('%%%', 'title = "T"', '%%%', '', '# A', '', 'H~2~O, 2^10^, P~a\\ cat~, ~~gone~~, a ~ b ~ c.'));
    const xml = writeXml(r.document);
    assert.match(xml, /<t>H<sub>2<\/sub>O, 2<sup>10<\/sup>, P<sub>a cat<\/sub>, gone, a ~ b ~ c\.<\/t>/);
    assert.ok(r.diagnostics.some((d) => d.message.startsWith('strikethrough')));
  });
});

describe('kramdown bare [ANCHOR] citations and uncited declarations', () => {
  const doc = (...body: string[]) => lines('---', 'title: T', 'normative:', '  RFC2119:', 'informative:', '  RFC9110:', '--- middle', '', '# Intro {#intro}', '', ...body);

  it('[RFC2119] is a citation of a declared reference, [intro] of a section; [other] stays text', async () => {
    const r = await convert(doc('See [RFC2119], [intro] and [other] and a[i].'));
    const xml = writeXml(r.document);
    assert.match(xml, /<t>See <xref target="RFC2119"\/>, <xref target="intro"\/> and \[other\] and a\[i\]\.<\/t>/);
    assert.match(xml, /<reference anchor="RFC2119"/);
  });

  it('a declared reference that is never cited is left out, with a warning at its declaration', async () => {
    const r = await convert(doc('See {{RFC2119}}.'));
    assert.doesNotMatch(writeXml(r.document), /anchor="RFC9110"/);
    const w = withRule(r.diagnostics, 'unused-reference');
    assert.equal(w.length, 1, show(r.diagnostics));
    assert.match(w[0].message, /"RFC9110"/);
    assert.equal(w[0].line, 6);
  });
});

describe('kramdown {::boilerplate rfc7942}', () => {
  it('writes the RFC 7942 Implementation Status text and cites RFC 7942 informatively', async () => {
    const r = await convert(lines('---', 'title: T', '--- middle', '', '# Implementation Status', '', '{::boilerplate rfc7942}'), { allowMissingRefs: true });
    const xml = writeXml(r.document);
    assert.match(xml, /<t>This section records the status of known implementations of the protocol defined by this specification at the time of posting of this Internet-Draft, and is based on a proposal described in <xref target="RFC7942"\/>\./);
    assert.match(xml, /<t>According to <xref target="RFC7942"\/>, "this will allow reviewers/);
    assert.match(xml, /<name>Informative References<\/name>\s*<reference anchor="RFC7942">/);
  });
});
