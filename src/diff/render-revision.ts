import { convertInput, type ReferenceOptions } from '../api/build.js';
import { parseMonth } from '../prep/boilerplate/index.js';
import { prep } from '../prep/index.js';
import { firstChild, type RfcDocument } from '../tree/nodes.js';
import { writeText } from '../writers/text/index.js';
import type { RenderedRevision } from './compare.js';
import { DiffInputError } from './errors.js';
import type { LoadedRevision } from './load.js';

/** How sources are converted before comparing (as `draftsmith build` does). */
export interface RenderOptions extends Partial<Omit<ReferenceOptions, 'refcache' | 'offline' | 'noUserCache'>> {
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
 * A revision's source as a tree (not yet prepped), converted as `draftsmith build` converts it
 * (i-d-template's `date: {DATE}` means the day of the build there too). Files a revision
 * includes are read from the working copy (includes at a revision are not supported).
 */
export async function sourceTree(r: LoadedRevision, options: RenderOptions): Promise<RfcDocument> {
  const result = await convertInput(r.content, r.path, {
    ...options,
    refcache: options.refcache ?? [], offline: !!options.offline, allowMissingRefs: !!options.allowMissingRefs,
    date: options.date ?? new Date().toISOString().slice(0, 10), noUserCache: options.noUserCache,
  }, r.kind === 'xml' ? 'xml' : 'markdown');
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
  const m = month ? parseMonth(month) : undefined;
  if (!year || !m || !day) return undefined;
  return `${year.padStart(4, '0')}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Preps a source tree with the given date and renders it as unpaginated text. */
export function renderTree(r: LoadedRevision, doc: RfcDocument, date: string): RenderedRevision {
  const p = prep(doc, { date, file: r.path });
  const errors = p.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new DiffInputError(r.label, 'has errors and cannot be rendered', 'fix the errors above', errors);
  return { label: r.label, text: writeText(p.document, { paginate: false, date }), root: p.document.root };
}
