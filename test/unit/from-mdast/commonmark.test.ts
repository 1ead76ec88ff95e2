import { strict as assert } from 'node:assert';
import { writeXml } from '../../../src/index.js';
import { convert, lines } from '../helpers.js';

describe('plain CommonMark with YAML front matter', () => {
  const doc = lines('---', 'title: Plain Draft', 'docname: draft-plain-00', 'normative:', '  RFC2119:', '---', '',
    '# Abstract', '', 'The abstract.', '',
    '# Introduction', '', 'Cites {{RFC2119}}; a footnote[^n] and ~~struck~~ text.', '',
    '- [ ] task one', '- [x] task two', '',
    '| a | b |', '|:--|--:|', '| 1 | 2 |', '',
    '[^n]: The note.', '',
    '# Appendix A: Extra', '', 'More.');

  it('reads the front matter, the Abstract heading, GFM blocks, and Appendix headings as back matter', async () => {
    const r = await convert(doc);
    assert.equal(r.dialect, 'commonmark');
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    const xml = writeXml(r.document);
    assert.match(xml, /<rfc version="3"[^>]* docName="draft-plain-00"/);
    assert.match(xml, /<abstract>\s*<t>The abstract.<\/t>\s*<\/abstract>/);
    assert.match(xml, /<t>Cites <xref target="RFC2119"\/>; a footnote<cref anchor="n">The note.<\/cref> and struck text.<\/t>/);
    assert.match(xml, /<ul spacing="compact">\s*<li>task one<\/li>\s*<li>task two<\/li>\s*<\/ul>/, 'task lists become plain lists');
    assert.match(xml, /<th align="left">a<\/th>\s*<th align="right">b<\/th>/);
    assert.match(xml, /<back>[\s\S]*<section anchor="extra">\s*<name>Extra<\/name>\s*<t>More.<\/t>/);
    const strike = r.diagnostics.find((d) => d.ruleId === 'unsupported-markdown');
    assert.ok(strike && strike.line === 14, JSON.stringify(r.diagnostics));
  });
});
