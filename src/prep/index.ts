import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { Reporter } from '../diagnostics/diagnostic.js';
import { cloneTree, el, firstChild, isElement, type RfcDocument, type RfcElement } from '../tree/nodes.js';
import { boilerplate, boilerplateInputFromRfc, BoilerplateError, parseIsoDate } from './boilerplate/index.js';
import { addIndexSection } from './index-section.js';
import { numberDocument } from './numbering.js';
import { markRemoveInRfc } from './remove-in-rfc.js';
import { tableOfContents } from './toc.js';
import { deriveXrefs } from './xrefs.js';

export interface PrepOptions {
  /** Build as if today were this date (YYYY-MM-DD); fills a date without month. */
  date?: string;
  /** Boilerplate dates as "September 2, 2009" (xml2rfc's `--legacy-date-format`). */
  legacyDateFormat?: boolean;
  file?: string;
}

export interface PrepResult {
  document: RfcDocument;
  diagnostics: Diagnostic[];
}

/**
 * Prep (RFC 7998) as its own pure stage: returns a new document with the boilerplate,
 * the removeInRFC sentences, RFC 7998 numbering (pn ids), the table of contents and the
 * derived xref text that every writer reads. The input document is not changed.
 */
export function prep(doc: RfcDocument, options: PrepOptions = {}): PrepResult {
  const reporter = new Reporter(options.file);
  const root = cloneTree(doc.root);
  const front = firstChild(root, 'front');
  if (front && !firstChild(front, 'boilerplate')) {
    try {
      const today = options.date ? parseIsoDate(options.date) : undefined;
      const input = boilerplateInputFromRfc(root, today);
      completeDate(front, input.date);
      // The v3 grammar gives `consensus` the default "false" (RFC 7991 §2.45), but an IETF
      // Standards Track or BCP document has only the consensus text (RFC 7841 §3.1): without
      // the attribute, that is the one it gets.
      const ietfConsensusOnly = (input.submissionType ?? 'IETF') === 'IETF' && (input.category === 'std' || input.category === 'bcp');
      input.consensus ??= ietfConsensusOnly;
      const bp = boilerplate(input, { numbering: true, legacyDateFormat: options.legacyDateFormat });
      if (bp) insertInFront(front, bp, ['toc']);
    } catch (e) {
      if (!(e instanceof BoilerplateError)) throw e;
      reporter.error(e.ruleId, e.message, root.position ?? { line: 1, column: 1 }, e.hint);
    }
  }
  markRemoveInRfc(root);
  numberDocument(root);
  if (front && root.attributes.tocInclude !== 'false' && !firstChild(front, 'toc')) {
    front.children.push(el('toc', {}, [tableOfContents(root)]));
  }
  deriveXrefs(root);
  // After deriveXrefs: the index words its places itself (the TOC already lists it).
  addIndexSection(root);
  return { document: { ...doc, root }, diagnostics: reporter.diagnostics };
}

/**
 * Writes the date prep settled on into `<front>` when the document gave none or only part of
 * one (RFC 7998 §5.2.3), so every writer prints the same date.
 */
function completeDate(front: RfcElement, date: { year: number; month: number; day?: number }): void {
  let d = firstChild(front, 'date');
  if (d && d.attributes.year && d.attributes.month) return;
  if (!d) {
    d = el('date');
    const at = front.children.findIndex((c) => isElement(c) && ['area', 'workgroup', 'keyword', 'abstract', 'note', 'boilerplate', 'toc'].includes(c.name));
    if (at < 0) front.children.push(d);
    else front.children.splice(at, 0, d);
  }
  d.attributes = { ...d.attributes, year: String(date.year), month: String(date.month), ...(date.day ? { day: String(date.day) } : {}) };
}

/** Puts an element into `<front>` before the first of `before` present, else at the end. */
function insertInFront(front: RfcElement, e: RfcElement, before: string[]): void {
  const at = front.children.findIndex((c) => isElement(c) && before.includes(c.name));
  if (at < 0) front.children.push(e);
  else front.children.splice(at, 0, e);
}
