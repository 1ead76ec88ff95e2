import { completeNames, KRAMDOWN_INITIALS_JOINER, splitIns } from '../metadata/person.js';
import { orderedEntries, wasQuoted } from '../metadata/yaml-source.js';
import { parseDate } from '../metadata/types.js';
import { el, text, type RfcElement, type RfcNode } from '../tree/nodes.js';

type Warn = (message: string, key?: string) => void;

const KNOWN = new Set(['title', 'author', 'date', 'seriesinfo', 'target', 'ann', 'annotation', 'format',
  'refcontent', 'rc', 'abstract', 'stream', 'quoteTitle', 'quote-title', 'display', 'org', '-']);

function s(v: unknown): string | undefined {
  if (v === null || v === undefined || v === false) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'object' ? undefined : String(v);
}

/**
 * kramdown-rfc writes seriesinfo text into its XML as it stands, so character references in
 * it are read as such: `Proceedings of Euro S&amp;P 2017` prints "S&P" (rfc8446bis).
 */
function xmlText(v: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return v.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (m, hex, dec, name) => {
    const cp = hex ? parseInt(hex, 16) : dec ? Number(dec) : undefined;
    if (cp !== undefined) return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    return named[name];
  });
}

/** One reference author from kramdown-rfc's short keys (`ins`, `name`, `org`). */
function author(raw: unknown): RfcElement {
  if (typeof raw === 'string') {
    const p = completeNames({ fullname: raw, street: [], postalLines: [], email: [] }, KRAMDOWN_INITIALS_JOINER);
    return el('author', { initials: p.initials, surname: p.surname, fullname: p.fullname });
  }
  const r = (raw ?? {}) as Record<string, unknown>;
  const ins = r.ins ? splitIns(String(r.ins)) : {};
  const p = completeNames({
    fullname: s(r.name) ?? s(r.fullname), initials: s(r.initials) ?? ins.initials,
    surname: s(r.surname) ?? ins.surname, street: [], postalLines: [], email: [],
  }, KRAMDOWN_INITIALS_JOINER);
  const org = s(r.org) ?? s(r.organization);
  // `role: editor` prints as "Iyengar, J., Ed." (rfc9000's QUIC-RECOVERY entry).
  const role = s(r.role);
  return el('author', { initials: p.initials, surname: p.surname, fullname: p.fullname, role },
    org ? [el('organization', {}, [text(org)])] : []);
}

/**
 * Builds a `<reference>` from a kramdown-rfc YAML reference entry
 * (title, author, date, seriesinfo, target, ann, refcontent, format).
 */
export function referenceFromYaml(anchor: string, r: Record<string, unknown>, warn: Warn): RfcElement {
  for (const key of Object.keys(r)) {
    if (!KNOWN.has(key)) warn(`reference key "${key}" is not used`, key);
  }
  const front: RfcNode[] = [];
  const title = s(r.title);
  if (!title) warn(`reference "${anchor}" has no title`, undefined);
  front.push(el('title', {}, [text((title ?? anchor).trim().replace(/\s+/g, ' '))]));
  const authors = r.author === undefined || r.author === null ? [] : Array.isArray(r.author) ? r.author : [r.author];
  for (const a of authors) front.push(author(a));
  if (authors.length === 0 && r.org) front.push(el('author', {}, [el('organization', {}, [text(String(r.org))])]));
  if (!front.some((n) => n.type === 'element' && n.name === 'author')) front.push(el('author'));
  const date = parseDate(r.date);
  // kramdown-rfc reads a date given as a string by its year and month only: a quoted
  // '2009-10-01' is listed as "October 2009" (CBORbis' YAML reference), a bare one in full.
  if (date?.day && wasQuoted(r, 'date')) delete date.day;
  if (!date && r.date !== undefined && r.date !== null && r.date !== false && r.date !== '') {
    warn(`cannot read the date ${JSON.stringify(r.date)} of reference "${anchor}"`, 'date');
  }
  front.push(el('date', date ? { year: date.year, month: date.month, day: date.day } : {}));
  if (typeof r.abstract === 'string') front.push(el('abstract', {}, [el('t', {}, [text(r.abstract)])]));

  const children: RfcNode[] = [el('front', {}, front)];
  const series = r.seriesinfo;
  // `seriesinfo: Proceedings of CRYPTO '98` (a bare string) is a name without a value, which
  // xml2rfc prints as "Proceedings of CRYPTO '98 ," (rfc8446bis).
  if (typeof series === 'string' && series.trim()) children.push(el('seriesInfo', { name: xmlText(series.trim()), value: '' }));
  if (series && typeof series === 'object') {
    for (const [name, value] of orderedEntries(series)) {
      children.push(el('seriesInfo', { name: xmlText(name), value: xmlText(s(value) ?? '') }));
    }
  }
  const ann = s(r.ann) ?? s(r.annotation);
  if (ann) children.push(el('annotation', {}, [text(ann)]));
  // A list of refcontent items gives one <refcontent> each (rfc9001's CCM-ANALYSIS).
  const rcs = [r.refcontent ?? r.rc].flat().map(s).filter((x): x is string => !!x);
  for (const rc of rcs) children.push(el('refcontent', {}, [text(rc)]));
  if (r.format && typeof r.format === 'object') {
    for (const [type, target] of orderedEntries(r.format)) {
      children.push(el('format', { type, target: s(target) }));
    }
  }
  return el('reference', { anchor, target: s(r.target) }, children);
}
