import { dirname, join, resolve } from 'node:path';
import { DirectoryResolver, defaultCacheDir } from '../bibxml/resolve.js';
import { markdownToRfc } from '../from-mdast/index.js';
import { xmlToRfc } from '../from-xml/index.js';
import { prep } from '../prep/index.js';
import { firstChild, type RfcDocument } from '../tree/nodes.js';
import { writeText } from '../writers/text/index.js';
import type { RenderedRevision } from './compare.js';
import { DiffInputError } from './errors.js';
import type { LoadedRevision } from './load.js';

/** How sources are converted before comparing (as `draftsmith build` does). */
export interface RenderOptions {
  /** Folders of bibxml entries, searched before the per-user cache. */
  refcache?: string[];
  offline?: boolean;
  allowMissingRefs?: boolean;
  /** YYYY-MM-DD: the date for a draft that gives none, and for i-d-template's {DATE}. */
  date?: string;
  /** Skip the per-user reference cache (tests). */
  noUserCache?: boolean;
}

/**
 * A revision's source as a tree (not yet prepped). i-d-template writes `{DATE}` in a draft's
 * header for its Makefile to fill in with the build date; it is filled in here the same way.
 * Files a revision includes are read from the working copy (includes at a revision are not
 * supported).
 */
export async function sourceTree(r: LoadedRevision, options: RenderOptions): Promise<RfcDocument> {
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const dirs = [...(options.refcache ?? []).map((d) => resolve(d)), join(dirname(resolve(r.path)), 'bibxml')];
  if (!options.noUserCache) dirs.push(defaultCacheDir());
  const resolver = new DirectoryResolver(dirs);
  const result = r.kind === 'xml'
    ? await xmlToRfc(r.content, { file: r.path, resolver, offline: options.offline })
    : await markdownToRfc(r.content.split('{DATE}').join(date), { file: r.path, date, resolver, offline: options.offline, allowMissingRefs: options.allowMissingRefs });
  if (result.failed) {
    const diagnostics = result.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ ...d, file: d.file === r.path ? r.label : d.file }));
    throw new DiffInputError(r.label, 'has errors and cannot be rendered', 'fix the errors above, or compare its text rendering', diagnostics);
  }
  return result.document;
}

/** The complete date a document gives (YYYY-MM-DD), if it gives one. */
export function documentDate(doc: RfcDocument): string | undefined {
  const front = firstChild(doc.root, 'front');
  const d = front && firstChild(front, 'date');
  const { year, month, day } = d?.attributes ?? {};
  if (!year || !month || !day) return undefined;
  const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const m = /^\d+$/.test(month) ? Number(month) : months.indexOf(month.toLowerCase()) + 1;
  if (m < 1) return undefined;
  return `${year.padStart(4, '0')}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Preps a source tree with the given date and renders it as unpaginated text. */
export function renderTree(r: LoadedRevision, doc: RfcDocument, date: string): RenderedRevision {
  const p = prep(doc, { date, file: r.path });
  const errors = p.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new DiffInputError(r.label, 'has errors and cannot be rendered', 'fix the errors above', errors);
  return { label: r.label, text: writeText(p.document, { paginate: false, date }), root: p.document.root };
}
