import { strict as assert } from 'node:assert';
import { writeXml } from '../../../src/index.js';
import { convert, lines } from '../helpers.js';

describe('list items by dialect', () => {
  const body = ['# One', '', 'Items:', '', '- first', '- second', ''];

  it('kramdown-rfc: each item\'s text is a <t>, and a tight list is not compact', async () => {
    const r = await convert(lines('---', 'title: K', 'docname: draft-k-00', '', '--- middle', '', ...body));
    assert.equal(r.dialect, 'kramdown');
    assert.match(writeXml(r.document), /<ul>\s*<li>\s*<t>first<\/t>\s*<\/li>\s*<li>\s*<t>second<\/t>\s*<\/li>\s*<\/ul>/);
  });

  it('mmark: a tight item\'s text stands in the <li>, and the list is compact', async () => {
    const r = await convert(lines('%%%', 'title = "M"', '[seriesInfo]', 'name = "Internet-Draft"', 'value = "draft-m-00"', 'stream = "IETF"', '%%%', '',
      '{mainmatter}', '', ...body));
    assert.equal(r.dialect, 'mmark');
    assert.match(writeXml(r.document), /<ul spacing="compact">\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ul>/);
  });
});
