/**
 * The corpus cases for the boilerplate: every prepped file of ../shared/corpus that has a
 * `<boilerplate>`, with the document its boilerplate was made from. Not a test file itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../../helpers.js';
import { parseXmlDocument } from '../../../../src/xml/parse.js';
import { firstChild, type RfcElement } from '../../../../src/tree/nodes.js';

export { CORPUS };

export interface CorpusCase {
  /** Path under the corpus, e.g. "rfc/rfc9000.xml". */
  name: string;
  /** The `<rfc>` whose attributes and front drive the boilerplate. */
  input: RfcElement;
  /** The prepped `<rfc>` (its prepTime and its `<boilerplate>`). */
  prepped: RfcElement;
  /** Path of the expected file. */
  file: string;
}

/**
 * Keeps the first side of unresolved git merge conflicts. xml2rfc's rfc6787.prepped.xml was
 * committed with conflict markers around its `<rfc>` start tag (two prepTime values) and in
 * its back matter; both sides are otherwise alike and the boilerplate is outside them.
 */
function resolveConflicts(xml: string): string {
  return xml.replace(/^<<<<<<< [^\n]*\n([\s\S]*?)^=======\n[\s\S]*?^>>>>>>> [^\n]*\n/gm, '$1');
}

export function readRfc(path: string): RfcElement {
  const { root } = parseXmlDocument(resolveConflicts(readFileSync(path, 'utf8')));
  if (!root || root.name !== 'rfc') throw new Error(`${path}: no <rfc> root`);
  return root;
}

/** The `<boilerplate>` of a document's `<front>`, if it has one. */
export function boilerplateOf(rfc: RfcElement): RfcElement | undefined {
  const front = firstChild(rfc, 'front');
  return front && firstChild(front, 'boilerplate');
}

/** Every prepped file of the corpus whose `<front>` has a `<boilerplate>`, by name. */
export function corpusCases(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const valid = join(CORPUS, 'xml2rfc', 'tests', 'valid');
  for (const f of readdirSync(valid).filter((n) => n.endsWith('.prepped.xml')).sort()) {
    const file = join(valid, f);
    const prepped = readRfc(file);
    // xml2rfc's own prep output: the document's attributes are on the prepped <rfc> itself.
    if (boilerplateOf(prepped)) cases.push({ name: `xml2rfc/tests/valid/${f}`, input: prepped, prepped, file });
  }
  const rfcDir = join(CORPUS, 'rfc');
  for (const f of readdirSync(rfcDir).filter((n) => /^rfc\d+\.xml$/.test(n)).sort()) {
    const file = join(rfcDir, f);
    const prepped = readRfc(file);
    if (!boilerplateOf(prepped)) continue;
    // The RFC Editor's prepped XML; what went into prep is rfcNNNN.notprepped.xml.
    const input = readRfc(join(rfcDir, f.replace(/\.xml$/, '.notprepped.xml')));
    cases.push({ name: `rfc/${f}`, input, prepped, file });
  }
  return cases;
}
