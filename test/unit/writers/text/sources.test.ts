import { strict as assert } from 'node:assert';
import { prep } from '../../../../src/prep/index.js';
import { writeText, writeTextWithSources } from '../../../../src/writers/text/index.js';
import { convert, lines } from '../../helpers.js';

describe('text writer: source positions of rendered lines', () => {
  it('maps each line to the Markdown block it was rendered from, and writes the same text', async () => {
    const md = lines('---', 'title: Sources', 'docname: draft-sources-00', '', '--- abstract', '', 'Abstract.', '', '--- middle', '',
      '# First', '', 'Paragraph one is here.', '', '~~~', 'code line', '~~~', '', '# Second', '', '| a | b |', '|---|---|', '| 1 | 2 |');
    const r = await convert(md);
    const doc = prep(r.document, { date: '2024-01-15' }).document;
    const { lines: out, sources } = writeTextWithSources(doc);
    assert.equal(out.join('\n'), writeText(doc, { paginate: false }));
    const lineOf = (re: RegExp) => sources[out.findIndex((l) => re.test(l))]?.start.line;
    assert.equal(lineOf(/Paragraph one is here/), 13);
    assert.equal(lineOf(/^\s+code line$/), 15);
    assert.equal(lineOf(/^1\.\s+First$/), 11);
    assert.equal(lineOf(/\|\s*1\s*\|\s*2\s*\|/), 21);
  });
});
