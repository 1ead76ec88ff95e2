import { strict as assert } from 'node:assert';
import { writeXml } from '../../../src/index.js';
import { convert, lines } from '../helpers.js';

describe('e-mail autolinks', () => {
  it('kramdown-rfc keeps the address as the link text (CBORbis: "cbor@ietf.org (mailto:cbor@ietf.org)")', async () => {
    const r = await convert(lines('---', 'title: T', '--- middle', '', '# A', '', 'Write to <cbor@ietf.org>.'));
    assert.match(writeXml(r.document), /<eref target="mailto:cbor@ietf.org">cbor@ietf.org<\/eref>/);
  });

  it('mmark prints the address once', async () => {
    const r = await convert(lines('%%%', 'title = "T"', '%%%', '', '{mainmatter}', '', '# A', '', 'Write to <cbor@ietf.org>.'));
    assert.match(writeXml(r.document), /<eref target="mailto:cbor@ietf.org"\/>/);
  });
});

describe('URL autolinks', () => {
  it('keep the address as their text, as mmark writes them (rfc6303-bis)', async () => {
    const r = await convert(lines('%%%', 'title = "T"', '%%%', '', '{mainmatter}', '', '# A', '', 'At: https://github.com/moonshiner/x'));
    assert.match(writeXml(r.document), /<eref target="https:\/\/github.com\/moonshiner\/x">https:\/\/github.com\/moonshiner\/x<\/eref>/);
  });
});
