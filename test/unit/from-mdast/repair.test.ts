import { strict as assert } from 'node:assert';
import { writeXml } from '../../../src/index.js';
import { convert, lines } from '../helpers.js';

async function middle(...body: string[]) {
  const r = await convert(lines('---', 'title: T', 'docname: draft-t-00', '', '--- middle', '', '# S', '', ...body));
  const xml = writeXml(r.document);
  return { xml: xml.slice(xml.indexOf('<middle>'), xml.indexOf('</middle>')), kinds: r.diagnostics.filter((d) => d.ruleId === 'rfcxml-content').map((d) => d.message) };
}

describe('RFC XML content-model repair of converted Markdown', () => {
  it('flattens emphasis inside the same emphasis, keeping the words', async () => {
    const { xml, kinds } = await middle('*(*foo*)* and __a __b__ c__');
    assert.match(xml, /<em>\(foo\)<\/em>/);
    assert.match(xml, /<strong>a b c<\/strong>/);
    assert.deepEqual([...kinds].sort(), ['<em> inside <em> was flattened', '<strong> inside <strong> was flattened']);
  });

  it('keeps only the text of a link, joins a quote in a quote, turns an inline image into a link', async () => {
    const { xml } = await middle('[link *foo*](https://example.com/)', '', '> > inner', '', 'See ![a chart](chart.png) here.');
    assert.match(xml, /<eref target="https:\/\/example.com\/">link foo<\/eref>/);
    assert.match(xml, /<blockquote>\s*<t>inner<\/t>\s*<\/blockquote>/);
    assert.match(xml, /<t>See <eref target="chart.png">a chart<\/eref> here.<\/t>/);
  });

  it('puts the rows of an HTML table into a tbody and drops elements that are not RFC XML', async () => {
    const { xml, kinds } = await middle('<table><tr><td><pre>x</pre></td></tr></table>');
    assert.match(xml, /<table>\s*<tbody>\s*<tr>\s*<td>x<\/td>\s*<\/tr>\s*<\/tbody>\s*<\/table>/);
    assert.ok(kinds.includes('<pre> is not RFC XML; its content was kept without it'), kinds.join('; '));
  });
});
