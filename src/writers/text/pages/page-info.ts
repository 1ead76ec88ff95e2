/**
 * The running header and footer texts of a prepped document (RFC 7994 §4.1–4.2, as xml2rfc
 * prints them): "Internet-Draft  Short Title  March 2009" over "Davies & Zhao  Expires
 * 2 September 2009  [Page N]" for a draft; "RFC 9000  QUIC Transport Protocol  May 2021"
 * over "Iyengar & Thomson  Standards Track  [Page N]" for an RFC.
 */
import { childElements, firstChild, textContent, type RfcElement } from '../../../tree/nodes.js';
import { draftExpiry, formatDate, parseMonth, type DocumentDate } from '../../../prep/boilerplate/index.js';
import { MONTH_NAMES } from '../../../prep/boilerplate/calendar.js';
import type { PageInfo } from '../paginate.js';

export interface PageInfoOptions {
  /** "September 2, 2009" instead of "2 September 2009" in the draft footer. */
  legacyDateFormat?: boolean;
}

/** The category as an RFC's footer names it (RFC 7994 §4.2). */
const CATEGORY: Record<string, string> = {
  std: 'Standards Track',
  bcp: 'Best Current Practice',
  info: 'Informational',
  exp: 'Experimental',
  historic: 'Historic',
};

/** Header and footer texts for `root`, the `<rfc>` element of a prepped document. */
export function pageInfo(root: RfcElement, options: PageInfoOptions = {}): PageInfo {
  const front = firstChild(root, 'front');
  const date = front && documentDate(front);
  const monthYear = date ? `${MONTH_NAMES[date.month - 1]} ${date.year}` : '';
  const isRfc = !!root.attributes.number;
  let footerCenter = '';
  if (isRfc) footerCenter = CATEGORY[root.attributes.category ?? ''] ?? '';
  else if (date) footerCenter = `Expires ${formatDate(draftExpiry(date), !!options.legacyDateFormat)}`;
  return {
    headerLeft: isRfc ? `RFC ${root.attributes.number}` : 'Internet-Draft',
    headerCenter: front ? shortTitle(front) : '',
    headerRight: monthYear,
    footerLeft: front ? authorNames(childElements(front, 'author')) : '',
    footerCenter,
  };
}

/** `<title abbrev>` if given, else the title itself, white space collapsed. */
function shortTitle(front: RfcElement): string {
  const t = firstChild(front, 'title');
  if (!t) return '';
  return (t.attributes.abbrev || textContent(t)).replace(/\s+/g, ' ').trim();
}

/** "Davies" / "Davies & Zhao" / "Davies, et al." from the authors' surnames. */
export function authorNames(authors: readonly RfcElement[]): string {
  const names = authors.map(surname).filter(Boolean);
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} & ${names[1]}`;
  return `${names[0]}, et al.`;
}

/** An author's surname, or the last word of the full name, or else the organization. */
function surname(a: RfcElement): string {
  if (a.attributes.surname) return a.attributes.surname.trim();
  const full = a.attributes.fullname?.trim();
  if (full) return full.split(/\s+/).pop()!;
  const o = firstChild(a, 'organization');
  return o ? (o.attributes.abbrev || textContent(o)).replace(/\s+/g, ' ').trim() : '';
}

function documentDate(front: RfcElement): DocumentDate | undefined {
  const d = firstChild(front, 'date');
  const year = Number(d?.attributes.year);
  const month = d?.attributes.month ? parseMonth(d.attributes.month) : undefined;
  if (!year || !month) return undefined;
  const day = Number(d?.attributes.day);
  return day ? { year, month, day } : { year, month };
}
