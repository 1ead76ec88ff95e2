import { strict as assert } from 'node:assert';
import { xmlToRfc } from '../../../../src/index.js';
import { printDoc } from '../../../../src/writers/text/doc/index.js';
import { referenceAuthors, referenceDate, references } from '../../../../src/writers/text/elements/references.js';
import type { TextState } from '../../../../src/writers/text/state.js';
import { isElement, type RfcElement } from '../../../../src/tree/nodes.js';

const RFC2119 = `<reference anchor="RFC2119" target="https://www.rfc-editor.org/info/rfc2119">
  <front><title>Key words for use in RFCs to Indicate Requirement Levels</title>
  <author fullname="S. Bradner" initials="S." surname="Bradner"/><date month="March" year="1997"/></front>
  <seriesInfo name="BCP" value="14"/><seriesInfo name="RFC" value="2119"/><seriesInfo name="DOI" value="10.17487/RFC2119"/>
</reference>`;

const DRAFT = `<reference anchor="I-D.ietf-quic-manageability-with-a-long-name">
  <front><title>Manageability of the QUIC Transport Protocol</title>
  <author fullname="Mirja Kuehlewind"><organization>Ericsson</organization></author>
  <author fullname="Brian Trammell"><organization>Google</organization></author>
  <date day="21" month="April" year="2021"/></front>
  <seriesInfo name="Internet-Draft" value="draft-ietf-quic-manageability-11"/>
</reference>`;

async function section(refs: string, rootAttrs = ''): Promise<{ state: TextState; e: RfcElement }> {
  const xml = `<rfc version="3" ${rootAttrs}><front><title>T</title></front><middle/><back>
    <references><name>Normative References</name>${refs}</references></back></rfc>`;
  const r = await xmlToRfc(xml, { file: 'd.xml', offline: true });
  assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
  const back = r.document.root.children.find((c): c is RfcElement => isElement(c, 'back'))!;
  const e = back.children.find((c): c is RfcElement => isElement(c, 'references'))!;
  const state = { root: r.document.root, options: {} } as unknown as TextState;
  return { state, e };
}

async function render(refs: string, rootAttrs = ''): Promise<string[]> {
  const { state, e } = await section(refs, rootAttrs);
  return printDoc(references(state, e));
}

function author(attrs: string, role = ''): string {
  return `<author ${attrs} ${role ? `role="${role}"` : ''}/>`;
}

async function authorsOf(list: string[]): Promise<string> {
  const { e } = await section(`<reference anchor="X"><front><title>T</title>${list.join('')}<date year="2000"/></front></reference>`);
  const ref = e.children.find((c): c is RfcElement => isElement(c, 'reference'))!;
  return referenceAuthors(ref);
}

describe('text references', () => {
  it('prints an RFC entry as xml2rfc: label column 11, series values unbroken, target on its own line', async () => {
    assert.deepEqual(await render(RFC2119), [
      'Normative References',
      '',
      '   [RFC2119]  Bradner, S., "Key words for use in RFCs to Indicate',
      '              Requirement Levels", BCP 14, RFC 2119,',
      '              DOI 10.17487/RFC2119, March 1997,',
      '              <https://www.rfc-editor.org/info/rfc2119>.',
    ]);
  });

  it('puts a long label on a line of its own; drafts are Work in Progress with a datatracker target', async () => {
    assert.deepEqual((await render(DRAFT)).slice(2), [
      '   [I-D.ietf-quic-manageability-with-a-long-name]',
      '              Kuehlewind, M. and B. Trammell, "Manageability of the QUIC',
      '              Transport Protocol", Work in Progress, Internet-Draft,',
      '              draft-ietf-quic-manageability-11, 21 April 2021,',
      '              <https://datatracker.ietf.org/doc/html/draft-ietf-quic-',
      '              manageability-11>.',
    ]);
  });

  it('sorts entries by label unless sortRefs is false', async () => {
    const sorted = (await render(DRAFT + RFC2119)).filter((l) => l.startsWith('   ['));
    assert.deepEqual(sorted.map((l) => l.trim().split(' ')[0]), ['[I-D.ietf-quic-manageability-with-a-long-name]', '[RFC2119]']);
    const kept = (await render(RFC2119 + DRAFT, 'sortRefs="false"')).filter((l) => l.startsWith('   ['));
    assert.deepEqual(kept.map((l) => l.trim().split(' ')[0]), ['[RFC2119]', '[I-D.ietf-quic-manageability-with-a-long-name]']);
  });

  it('lists authors as "A, B., C, D., and E. F", editors with ", Ed.", organizations for unnamed authors', async () => {
    assert.equal(await authorsOf([author('initials="S." surname="Bradner"')]), 'Bradner, S.');
    assert.equal(await authorsOf([author('initials="J" surname="Scudder"'), author('initials="R." surname="Chandra"')]), 'Scudder, J. and R. Chandra');
    assert.equal(await authorsOf([author('initials="Y." surname="Rekhter"', 'editor'), author('initials="T." surname="Li"', 'editor'), author('initials="S." surname="Hares"', 'editor')]),
      'Rekhter, Y., Ed., Li, T., Ed., and S. Hares, Ed.');
    assert.equal(await authorsOf(['<author><organization>IANA</organization></author>']), 'IANA');
  });

  it('formats dates: month year, day month year, legacy month day, year', async () => {
    const { e } = await section('<reference anchor="X"><front><title>T</title><date day="05" month="4" year="2016"/></front></reference>');
    const date = (e.children.find((c): c is RfcElement => isElement(c, 'reference'))!.children.find((c): c is RfcElement => isElement(c, 'front'))!)
      .children.find((c): c is RfcElement => isElement(c, 'date'))!;
    assert.equal(referenceDate(date), '5 April 2016');
    assert.equal(referenceDate(date, true), 'April 5, 2016');
  });

  it('prints a referencegroup under one label, DOIs left out, its target last', async () => {
    const group = `<referencegroup anchor="SET" target="https://example.org/set">${RFC2119}</referencegroup>`;
    assert.deepEqual((await render(group)).slice(2), [
      '   [SET]      Bradner, S., "Key words for use in RFCs to Indicate',
      '              Requirement Levels", BCP 14, RFC 2119, March 1997.',
      '',
      '              <https://example.org/set>',
    ]);
  });

  it('prints a sub-series group as xml2rfc 3.32 does: the series, its address, then each document in full', async () => {
    const group = `<referencegroup anchor="BCP14" target="https://www.rfc-editor.org/info/bcp14">${RFC2119}</referencegroup>`;
    assert.deepEqual((await render(group)).slice(2), [
      '   [BCP14]    Best Current Practice 14,',
      '              <https://www.rfc-editor.org/info/bcp14>.',
      '              At the time of writing, this BCP comprises the following:',
      '',
      '              Bradner, S., "Key words for use in RFCs to Indicate',
      '              Requirement Levels", BCP 14, RFC 2119,',
      '              DOI 10.17487/RFC2119, March 1997,',
      '              <https://www.rfc-editor.org/info/rfc2119>.',
    ]);
  });

  it('puts two spaces after sentences in titles and annotations, never inside the author list', async () => {
    const ref = `<reference anchor="X"><front><title>First. Two</title><author initials="S." surname="Hares"/><author initials="R." surname="Fragassi"/><date year="2016"/></front>
      <annotation>Oops. More.</annotation></reference>`;
    assert.deepEqual((await render(ref)).slice(2), [
      '   [X]        Hares, S. and R. Fragassi, "First.  Two", 2016.  Oops.',
      '              More.',
    ]);
  });

  it('breaks an address that fills the column exactly, since the full stop after it would not fit', async () => {
    const ref = '<reference anchor="N" target="http://leapsecond.com/ntp/NTP_Paper_Sommars_PTTI2017.pdf"><front><title>C</title><author initials="J." surname="Sommars"/><date year="2017"/></front></reference>';
    const out = (await render(ref)).slice(2);
    assert.ok(out.every((l) => l.length <= 72), out.join('\n'));
    assert.deepEqual(out.slice(-2), ['   [N]        Sommars, J., "C", 2017, <http://leapsecond.com/ntp/', '              NTP_Paper_Sommars_PTTI2017.pdf>.']);
  });
});
