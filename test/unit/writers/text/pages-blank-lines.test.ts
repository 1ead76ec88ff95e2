/**
 * Blank lines that decide where pages break: index entries alone print nothing, but a
 * paragraph of them leaves one more blank line (as in xml2rfc's draft-miek-test output), and
 * the front matter is followed by exactly one blank line.
 */
import { strict as assert } from 'node:assert';
import { xmlToRfc } from '../../../../src/index.js';
import { prep } from '../../../../src/prep/index.js';
import { writeText } from '../../../../src/writers/text/index.js';

async function body(middle: string, toc = false): Promise<string[]> {
  const xml = `<rfc version="3" docName="draft-x-00" category="info" ipr="trust200902" tocInclude="${toc}" submissionType="IETF">
    <front><title>T</title><author fullname="A. Person" surname="Person"/><date year="2024" month="3" day="1"/>
    <abstract><t>Abstract.</t></abstract></front><middle>${middle}</middle></rfc>`;
  const r = await xmlToRfc(xml, { file: 'd.xml', offline: true });
  return writeText(prep(r.document, { date: '2024-03-01' }).document, { paginate: false }).split('\n');
}

describe('blank lines around index entries and the front matter', () => {
  it('a paragraph of index entries only adds one blank line', async () => {
    const out = await body('<section><name>S</name><t>Before.</t><t><iref item="x"/></t><t>After.</t></section>');
    const at = out.indexOf('   Before.');
    assert.deepEqual(out.slice(at, at + 4), ['   Before.', '', '', '   After.']);
  });

  it('an index entry beside a paragraph adds nothing', async () => {
    const out = await body('<section><name>S</name><iref item="y"/><t>Before.</t><t>After.<iref item="x"/></t></section>');
    const at = out.indexOf('1.  S');
    assert.deepEqual(out.slice(at, at + 5), ['1.  S', '', '   Before.', '', '   After.']);
  });

  it('one blank line between the Table of Contents and the first section', async () => {
    const out = await body('<section><name>S</name><t>Text.</t></section>', true);
    const at = out.indexOf('1.  S');
    assert.equal(out[at - 1], '');
    assert.match(out[at - 2]!, /^ {3}\S/);
  });
});
