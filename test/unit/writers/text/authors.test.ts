import { strict as assert } from 'node:assert';
import { xmlToRfc } from '../../../../src/index.js';
import { blankline, concat, printDoc } from '../../../../src/writers/text/doc/index.js';
import { authorHandler, authorsAddresses } from '../../../../src/writers/text/elements/authors.js';
import type { TextState } from '../../../../src/writers/text/state.js';
import { isElement, type RfcElement } from '../../../../src/tree/nodes.js';

async function render(authors: string): Promise<string[]> {
  const r = await xmlToRfc(`<rfc version="3"><front><title>T</title>${authors}</front><middle/></rfc>`, { file: 'd.xml', offline: true });
  assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
  return printDoc(authorsAddresses({ root: r.document.root, options: {} } as unknown as TextState));
}

describe("text Authors' Addresses", () => {
  it('prints name (editor), organization, US postal lines, phone and merged emails', async () => {
    assert.deepEqual(await render(`<author fullname="Elwyn Davies" initials="E." surname="Davies" role="editor">
        <organization abbrev="Folly">Folly Consulting</organization>
        <address><postal><street>125 Nagog Technology Park</street><city>Acton</city><region>MA</region><code>01719</code><country>US</country></postal>
        <phone>+44 7889 488 335</phone><email>a@example.com</email><email>b@example.com</email><uri>https://example.com/</uri></address>
      </author>`), [
      "Author's Address",
      '',
      '   Elwyn Davies (editor)',
      '   Folly Consulting',
      '   125 Nagog Technology Park',
      '   Acton, MA 01719',
      '   United States of America',
      '   Phone: +44 7889 488 335',
      '   Email: a@example.com, b@example.com',
      '   URI:   https://example.com/',
    ]);
  });

  it('separates authors by two blank lines; code before city in Europe; organization-only authors', async () => {
    assert.deepEqual(await render(`<author fullname="Bon Aventure"><organization>Université de Liège</organization>
        <address><postal><street>Place du 20 Août 7</street><code>4000</code><city>Liège</city><country>Belgium</country></postal></address></author>
        <author><organization>International Association for Cryptologic Research</organization></author>`), [
      "Authors' Addresses",
      '',
      '   Bon Aventure',
      '   Université de Liège',
      '   Place du 20 Août 7',
      '   4000 Liège',
      '   Belgium',
      '',
      '',
      '   International Association for Cryptologic Research',
    ]);
  });

  it('is empty when the prepped document has the section, whose authors authorHandler renders', async () => {
    const r = await xmlToRfc(`<rfc version="3"><front><title>T</title><author fullname="A B"/></front><middle/><back>
      <section anchor="authors-addresses" numbered="false"><name>Author's Address</name>
      <author fullname="Ann Author"><address><email>a@example.com</email></address></author>
      <author fullname="Bob Author"/></section></back></rfc>`, { file: 'd.xml', offline: true });
    const state = { root: r.document.root, options: {} } as unknown as TextState;
    assert.equal(authorsAddresses(state), '');
    const section = r.document.root.children.find((c): c is RfcElement => isElement(c, 'back'))!
      .children.find((c): c is RfcElement => isElement(c, 'section'))!;
    const authors = section.children.filter((c): c is RfcElement => isElement(c, 'author'));
    assert.deepEqual(printDoc(concat(authorHandler(state, authors[0]), blankline, 'next')), ['Ann Author', 'Email: a@example.com', '', '', 'next']);
    assert.deepEqual(printDoc(authorHandler(state, authors[1])), ['Bob Author']);
  });

  it('is empty without authors', async () => {
    assert.deepEqual(await render(''), []);
  });
});
