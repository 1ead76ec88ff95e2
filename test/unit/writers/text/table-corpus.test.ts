import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xmlToRfc } from '../../../../src/index.js';
import { prep } from '../../../../src/prep/index.js';
import { writeText } from '../../../../src/writers/text/index.js';
import { corpusDir } from './golden-paragraphs.js';

/** Each drawn table that a "Table N" caption follows, as one string. */
function captionedTables(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\+[-=+]+\+$/.test(lines[i])) continue;
    let end = i;
    while (end + 1 < lines.length && /^\s*[+|]/.test(lines[end + 1])) end++;
    if (/^\s*Table \d+/.test(lines[end + 2] ?? '')) out.push(lines.slice(i, end + 1).join('\n'));
    i = end;
  }
  return out;
}

/**
 * xml2rfc's test documents and how many of their captioned tables must come out exactly as its
 * expected text draws them. draft-v3-features' "Markup in Table Cells" is left out: it shows a
 * bare <eref> and a <cref>, which running text (not the table) prints differently today.
 */
const CASES: [string, number][] = [
  ['elements', 9],
  ['draft-v3-features', 9],
  ['indexes', 1],
  ['rfc6787', 8],
  ['draft-template', 1],
  ['draft-miek-test', 2],
];

describe('text tables: xml2rfc\'s test documents', () => {
  const corpus = corpusDir();
  for (const [name, least] of CASES) {
    it(`${name}: at least ${least} tables drawn exactly as xml2rfc draws them`, async function () {
      const input = corpus && join(corpus, 'xml2rfc', 'tests', 'input', `${name}.xml`);
      if (!input || !existsSync(input)) this.skip();
      const r = await xmlToRfc(readFileSync(input!, 'utf8'), { file: input!, offline: true });
      const text = writeText(prep(r.document, { date: '2024-03-01', file: input! }).document, { paginate: false, legacyDateFormat: true });
      const expected = captionedTables(readFileSync(join(corpus!, 'xml2rfc', 'tests', 'valid', `${name}.text`), 'utf8'));
      const ours = new Set(captionedTables(text));
      const missing = expected.filter((t) => !ours.has(t));
      assert.ok(expected.length >= least, `only ${expected.length} tables expected`);
      assert.ok(expected.length - missing.length >= least, `${missing.length} of ${expected.length} differ; the first:\n${missing[0]}`);
    });
  }
});
