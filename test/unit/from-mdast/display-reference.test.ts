import { strict as assert } from 'node:assert';
import { prep, writeText, writeXml } from '../../../src/index.js';
import { convert, lines } from '../helpers.js';

describe('reference declarations with extras', () => {
  const doc = lines(
    '---', 'title: T',
    'normative:', '  RFC9110:', '    display: HTTP', '    shoe: size',
    '  RFC2119:',
    'venue:', '  group: HTTP', '  type: Working Group', '  mail: ietf-http-wg@w3.org', '  home: https://httpwg.org/',
    '--- middle', '', '# A', '', 'See {{RFC9110}} and {{RFC2119}}.');

  it('an entry with no title is looked up in the library; display becomes <displayreference>', async () => {
    const r = await convert(doc);
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    const xml = writeXml(r.document);
    assert.match(xml, /<back>\s*<displayreference target="RFC9110" to="HTTP"\/>/);
    assert.match(xml, /<reference anchor="RFC9110"[^>]*>[\s\S]*?<title>HTTP Semantics<\/title>/);
    const unused = r.diagnostics.find((d) => d.ruleId === 'reference-entry');
    assert.ok(unused && /"shoe"/.test(unused.message), JSON.stringify(r.diagnostics));
    assert.equal(unused.line, 6);
  });

  it('venue keys make an About This Document note removed in the RFC (as rfc6265bis was published)', async () => {
    const xml = writeXml((await convert(doc)).document);
    assert.match(xml, /<note removeInRFC="true">\s*<name>About This Document<\/name>/);
    assert.match(xml, /HTTP Working Group mailing list \(<eref target="mailto:ietf-http-wg@w3.org" brackets="none"\/>\)/);
    // The group's page joins the discussion paragraph, after two spaces: kramdown-rfc puts the
    // sentence on an indented line of its own, which xml2rfc prints so.
    assert.match(xml, /\.  Working Group information can be found at <eref target="https:\/\/httpwg.org\/" brackets="none"\/>\.<\/t>/);
    const text = writeText(prep((await convert(doc)).document, { date: '2026-11-22' }).document, { paginate: false });
    assert.match(text, /mailing list \(mailto:ietf-http-wg@w3\.org\)\.  Working Group information/);
  });
});
