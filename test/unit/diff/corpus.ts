/**
 * The shared corpus for the diff tests (not a test file): where it is, and the QUIC transport
 * draft's -33 and -34 rendered once for all the tests that use them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryResolver } from '../../../src/bibxml/resolve.js';
import { markdownToRfc } from '../../../src/from-mdast/index.js';
import { prep } from '../../../src/prep/index.js';
import { writeText } from '../../../src/writers/text/index.js';
import type { RfcElement } from '../../../src/tree/nodes.js';
import { CORPUS } from '../helpers.js';

export { CORPUS };
export const hasCorpus = (): boolean => existsSync(join(CORPUS, 'drafts'));
export const QUIC_33 = join(CORPUS, 'drafts/base-drafts/rev-33/draft-ietf-quic-transport.md');
export const QUIC_34 = join(CORPUS, 'drafts/base-drafts/draft-ietf-quic-transport.md');
/** The date both QUIC revisions are rendered with ({DATE} in their headers). */
export const QUIC_DATE = '2021-01-14';

export interface Rendered {
  paginated: string;
  unpaginated: string;
  root: RfcElement;
}

const cache = new Map<string, Promise<Rendered>>();

/** A corpus Markdown draft rendered paginated and not, with `{DATE}` filled in (cached). */
export function renderCorpusDraft(path: string, date = QUIC_DATE): Promise<Rendered> {
  let p = cache.get(path);
  if (!p) {
    p = (async () => {
      const source = readFileSync(path, 'utf8').split('{DATE}').join(date);
      const r = await markdownToRfc(source, { file: path, offline: true, resolver: new DirectoryResolver([join(CORPUS, 'bibxml')]) });
      if (r.failed) throw new Error(`${path} does not convert: ${r.diagnostics.map((d) => d.message).join('; ')}`);
      const doc = prep(r.document, { date }).document;
      return { paginated: writeText(doc, { paginate: true, date }), unpaginated: writeText(doc, { paginate: false, date }), root: doc.root };
    })();
    cache.set(path, p);
  }
  return p;
}
