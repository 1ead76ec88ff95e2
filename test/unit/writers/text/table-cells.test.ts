import { strict as assert } from 'node:assert';
import { firstTable, renderSection } from './table-render.js';

describe('text tables: cell content and placement', () => {
  it('blocks in a cell: paragraphs, code three columns in, lists, separated by blank lines (draft-v3-features, Markup in Table Cells)', async () => {
    const out = firstTable(await renderSection([
      '<table><thead><tr><th>Column 1</th><th>Line 1&#x2028;Line 2</th></tr></thead><tbody><tr>',
      '<td>The_quick_brown_fox_jumps_over_the_lazy_dog</td>',
      '<td><t>Paragraph 1</t><t>Paragraph 2</t><sourcecode>Source code</sourcecode>',
      '<ol><li>Ordered List</li></ol><ul><li>Unordered List</li></ul><dl><dt>Definition</dt><dd>List</dd></dl></td>',
      '</tr></tbody></table>',
    ].join('\n')));
    // The second column as xml2rfc draws it; the first is only there to give the same widths.
    assert.deepEqual(out.map((l) => l.slice(50)), [
      '+===================+',
      '| Line 1            |',
      '| Line 2            |',
      '+===================+',
      '| Paragraph 1       |',
      '|                   |',
      '| Paragraph 2       |',
      '|                   |',
      '|    Source code    |',
      '|                   |',
      '| 1.  Ordered List  |',
      '|                   |',
      '| *  Unordered List |',
      '|                   |',
      '| Definition  List  |',
      '+-------------------+',
    ]);
    assert.equal(out[0], '    +=============================================+===================+');
  });

  it('<br> and U+2028 break lines in cells and captions; a wide cell widens its column (elements, Header, footer, colspan and rowspan)', async () => {
    const lines = await renderSection([
      '<table><name>Header, footer, colspan and rowspan&#x2028;Default alignment</name>',
      "<thead><tr><th>A</th><th>B</th><th colspan='2'>C D</th></tr><tr><th>1</th><th>2</th><th>3</th><th>4</th></tr></thead>",
      '<tbody><tr><td> Long text in a single cell</td><td>b1</td><td>c1</td><td>d1</td></tr>',
      "<tr><td rowspan='3'>Long text in a 3-cell column.<br/>  Quid igitur est? Inquit; audire enim cupio, quid non probes eius, a quo dissentias.</td>",
      "<td colspan='3'>Long text in a 3-cell row.<br/>  Quid enim est a Cyrenaicisque melius liberiusque defenditur, tamen eius modi tempora incidunt, ut labore et dolore disputandum putant.</td></tr>",
      "<tr><td rowspan='3'>Another 3-cell column.</td><td>c3</td><td>d3</td></tr>",
      "<tr><td colspan='2'>x</td></tr>",
      '<tr><td>a5</td><td>c5</td><td>d5</td></tr></tbody>',
      '<tfoot><tr><td>aa</td><td>bb</td><td>cc</td><td>dd</td></tr></tfoot></table>',
    ].join('\n'));
    assert.deepEqual(lines.slice(0, 26), [
      '     +===============================+=====================+=========+',
      '     | A                             | B                   | C D     |',
      '     +===============================+=====================+====+====+',
      '     | 1                             | 2                   | 3  | 4  |',
      '     +===============================+=====================+====+====+',
      '     | Long text in a single cell    | b1                  | c1 | d1 |',
      '     +-------------------------------+---------------------+----+----+',
      '     | Long text in a 3-cell column. | Long text in a 3-cell row.    |',
      '     | Quid igitur est?  Inquit;     | Quid enim est a Cyrenaicisque |',
      '     | audire enim cupio, quid non   | melius liberiusque            |',
      '     | probes eius, a quo            | defenditur, tamen eius modi   |',
      '     | dissentias.                   | tempora incidunt, ut labore   |',
      '     |                               | et dolore disputandum putant. |',
      '     |                               +---------------------+----+----+',
      '     |                               | Another 3-cell      | c3 | d3 |',
      '     |                               | column.             |    |    |',
      '     |                               |                     +----+----+',
      '     |                               |                     | x       |',
      '     +-------------------------------+                     +----+----+',
      '     | a5                            |                     | c5 | d5 |',
      '     +-------------------------------+---------------------+----+----+',
      '     | aa                            | bb                  | cc | dd |',
      '     +-------------------------------+---------------------+----+----+',
      '',
      '                Table 1: Header, footer, colspan and rowspan',
      '                             Default alignment',
    ]);
  });

  it('cell alignment: left, centred, right; a tight column loses its left padding (draft-v3-features, Aligned Table 1)', async () => {
    const out = firstTable(await renderSection([
      '<table><thead><tr><th align="left">Column 1</th><th align="center">Column 2</th><th align="right">Column 3</th></tr></thead>',
      '<tbody><tr><td align="left">1</td><td align="center">2</td><td align="right">3</td></tr></tbody></table>',
    ].join('')));
    assert.deepEqual(out, [
      '                    +==========+==========+==========+',
      '                    | Column 1 | Column 2 | Column 3 |',
      '                    +==========+==========+==========+',
      '                    | 1        |    2     |        3 |',
      '                    +----------+----------+----------+',
    ]);
  });

  it('table alignment: left, centre and right, the caption aligned with it (elements, Aligned left/center/right)', async () => {
    const t = (align: string) => `<table align="${align}"><name>Aligned ${align}</name><tbody><tr><th>One</th><th>Two</th></tr><tr><td>Alpha</td><td>Beta</td></tr></tbody></table>`;
    const lines = (await renderSection(t('left') + t('center') + t('right'))).slice(0, 23);
    assert.deepEqual(lines, [
      '     +=======+======+',
      '     | One   | Two  |',
      '     +=======+======+',
      '     | Alpha | Beta |',
      '     +-------+------+',
      '',
      '   Table 1: Aligned left',
      '',
      '                             +=======+======+',
      '                             | One   | Two  |',
      '                             +=======+======+',
      '                             | Alpha | Beta |',
      '                             +-------+------+',
      '',
      '                          Table 2: Aligned center',
      '',
      '                                                     +=======+======+',
      '                                                     | One   | Two  |',
      '                                                     +=======+======+',
      '                                                     | Alpha | Beta |',
      '                                                     +-------+------+',
      '',
      '                                                  Table 3: Aligned right',
    ]);
  });

  it('too wide for its words: words also break after hyphens and slashes, and the table may overflow (draft-ietf-tls-rfc8446bis)', async () => {
    const row = (a: string, b: string, c: string) => `<tr><td>${a}</td><td>${b}</td><td>${c}</td></tr>`;
    const out = firstTable(await renderSection([
      '<table><thead><tr><th align="left">Mode</th><th align="left">Handshake Context</th><th align="left">Base Key</th></tr></thead><tbody>',
      row('Server', 'ClientHello ... later of EncryptedExtensions/CertificateRequest', 'server_handshake_traffic_secret'),
      row('Client', 'ClientHello ... later of server Finished/EndOfEarlyData', 'client_handshake_traffic_secret'),
      row('Post-Handshake', 'ClientHello ... client Finished + CertificateRequest', '[sender]_application_traffic_secret_N'),
      '</tbody></table>',
    ].join('')));
    assert.deepEqual(out, [
      '   +=========+====================+=====================================+',
      '   |Mode     |Handshake Context   |Base Key                             |',
      '   +=========+====================+=====================================+',
      '   |Server   |ClientHello ...     |server_handshake_traffic_secret      |',
      '   |         |later of            |                                     |',
      '   |         |EncryptedExtensions/|                                     |',
      '   |         |CertificateRequest  |                                     |',
      '   +---------+--------------------+-------------------------------------+',
      '   |Client   |ClientHello ...     |client_handshake_traffic_secret      |',
      '   |         |later of server     |                                     |',
      '   |         |Finished/           |                                     |',
      '   |         |EndOfEarlyData      |                                     |',
      '   +---------+--------------------+-------------------------------------+',
      '   |Post-    |ClientHello ...     |[sender]_application_traffic_secret_N|',
      '   |Handshake|client Finished +   |                                     |',
      '   |         |CertificateRequest  |                                     |',
      '   +---------+--------------------+-------------------------------------+',
    ]);
  });
});
