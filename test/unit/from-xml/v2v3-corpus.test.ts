import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryResolver, writeXml, xmlToRfc } from '../../../src/index.js';
import { parseXmlDocument } from '../../../src/xml/parse.js';
import { isElement, type RfcElement } from '../../../src/tree/nodes.js';
import { sequenceRatio } from '../../conformance/score.js';
import { repoRoot } from '../helpers.js';

const SHARED = join(repoRoot(), '..', 'shared', 'corpus');
const X2R = join(SHARED, 'xml2rfc', 'tests');
const SCHEMA = join(SHARED, 'schema', 'xml2rfc', 'v3.rng');

/** Elements whose order and nesting make the document's structure. */
const STRUCTURE = new Set(['section', 'name', 't', 'ul', 'ol', 'dl', 'li', 'dt', 'dd', 'figure', 'artwork', 'sourcecode',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'references', 'reference', 'aside', 'blockquote', 'note', 'abstract', 'em', 'strong', 'tt', 'br']);

/** The structural elements of middle and back in document order, each with its depth. */
function structure(root: RfcElement): string[] {
  const out: string[] = [];
  const walk = (e: RfcElement, depth: number) => {
    // Reference lists differ by design: xml2rfc --v2v3 leaves includes for later, we resolve them.
    if (e.name === 'references') return;
    if (STRUCTURE.has(e.name)) out.push(`${depth}:${e.name}`);
    for (const c of e.children) if (isElement(c)) walk(c, depth + (STRUCTURE.has(e.name) ? 1 : 0));
  };
  for (const part of root.children) if (isElement(part) && (part.name === 'middle' || part.name === 'back')) walk(part, 0);
  return out;
}

// (case, floor): how close our v3 structure is to xml2rfc --v2v3's for the same v2 input.
const CASES: [string, number][] = [
  ['draft-template-old', 0.97], ['draft-template', 0.97], ['draft-miek-test', 0.95], ['rfc7911', 0.97],
  ['rfc99999', 0.97], ['rfc6787', 0.95], ['utf8', 0.95], ['unicode', 0.95],
];

describe('v2 → v3 against xml2rfc --v2v3 (../shared corpus)', function () {
  before(function () {
    if (!existsSync(X2R)) {
      console.log('  ../shared/corpus not found: v2v3 corpus tests skipped');
      this.skip();
    }
  });
  const resolver = () => new DirectoryResolver([join(X2R, 'cache'), join(SHARED, 'bibxml')]);
  for (const [name, floor] of CASES) {
    it(`${name}: schema-valid v3, structure ≥ ${floor} of xml2rfc's`, async () => {
      const input = join(X2R, 'input', `${name}.xml`);
      const source = readFileSync(input, 'utf8');
      const r = await xmlToRfc(source, { file: input, resolver: resolver(), offline: true });
      assert.equal(r.failed, false, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
      assert.equal(r.converted, !/<rfc\b[^>]*\bversion="3"/.test(source), 'v2 input is converted, v3 input is not');
      const xml = writeXml(r.document);
      const expected = parseXmlDocument(readFileSync(join(X2R, 'valid', `${name}.v2v3.xml`), 'utf8')).root!;
      const ratio = sequenceRatio(structure(r.document.root), structure(expected));
      assert.ok(ratio >= floor, `structure ${ratio.toFixed(3)} < ${floor}`);
      const dir = mkdtempSync(join(tmpdir(), 'draftsmith-v2v3-'));
      writeFileSync(join(dir, 'out.xml'), xml);
      try {
        execFileSync('xmllint', ['--noout', '--relaxng', SCHEMA, join(dir, 'out.xml')], { stdio: 'pipe' });
      } catch (e) {
        assert.fail(`not schema-valid: ${String((e as { stderr?: Buffer }).stderr ?? e).split('\n').slice(0, 3).join(' | ')}`);
      }
    });
  }
});
