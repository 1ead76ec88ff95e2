import type { MarkdownToRfcResult } from '../from-mdast/index.js';
import { isElement, type RfcElement } from '../tree/nodes.js';

/** A revision to build a draft as: its full name and its date. */
export interface RevisionOverride {
  /** `draft-<name>-NN`. */
  docName: string;
  /** YYYY-MM-DD. */
  date: string;
}

/**
 * Makes a converted draft the given revision: its docName (the `<rfc>` attribute, the
 * Internet-Draft `seriesInfo` and the metadata the output name comes from) and its date, as
 * `release` and `build --rev` publish it whatever the source says (`-latest`, `{DATE}`, an old date).
 */
export function applyRevision(result: MarkdownToRfcResult, revision: RevisionOverride): void {
  const root = result.document.root;
  root.attributes.docName = revision.docName;
  result.metadata.docName = revision.docName;
  const front = root.children.find((c): c is RfcElement => isElement(c) && c.name === 'front');
  if (!front) return;
  for (const c of front.children) {
    if (isElement(c) && c.name === 'seriesInfo' && c.attributes.name === 'Internet-Draft') c.attributes.value = revision.docName;
  }
  const [year, month, day] = revision.date.split('-').map(Number);
  const date = front.children.find((c): c is RfcElement => isElement(c) && c.name === 'date');
  if (date) date.attributes = { year: String(year), month: String(month), day: String(day) };
}

/** `draft-foo-bar-latest`, `draft-foo-bar-03` → `draft-foo-bar`. */
export function draftName(docName: string): string {
  return docName.replace(/-(latest|\d\d)$/, '');
}

/** The docName a draft's source gives (kramdown-rfc YAML, mmark TOML, RFC XML), without converting it. */
export function sourceDocName(source: string): string | undefined {
  return /^\s*docname\s*[:=]\s*["']?([\w.-]+)["']?/im.exec(source)?.[1]
    ?? /\bdocName\s*=\s*["']([\w.-]+)["']/.exec(source)?.[1];
}
