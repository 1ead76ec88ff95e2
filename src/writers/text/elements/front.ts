import { firstChild, isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { draftExpiry, formatDate, parseMonth } from '../../../prep/boilerplate/index.js';
import { blankline, concat, hardline, indent, textWidth, verbatim, type Doc } from '../doc/index.js';
import type { TextState } from '../state.js';
import { withIndent } from './figure.js';
import { tableOfContents } from '../pages/toc.js';
import { MONTH_NAMES } from '../../../util/month-names.js';

export const STATUS: Record<string, string> = { std: 'Standards Track', bcp: 'Best Current Practice', info: 'Informational', exp: 'Experimental', historic: 'Historic' };

export function documentDate(front: RfcElement): { year: number; month: number; day?: number } | undefined {
  const d = firstChild(front, 'date');
  const year = Number(d?.attributes.year);
  const month = d?.attributes.month ? parseMonth(d.attributes.month) : undefined;
  if (!year || !month) return undefined;
  return { year, month, day: d?.attributes.day ? Number(d.attributes.day) : undefined };
}

export const STREAM: Record<string, string> = {
  IETF: 'Internet Engineering Task Force (IETF)',
  IAB: 'Internet Architecture Board (IAB)',
  IRTF: 'Internet Research Task Force (IRTF)',
  independent: 'Independent Submission',
  editorial: 'Editorial Stream',
};

const NON_LATIN = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/u;

/** Initials as xml2rfc fixes them up: every part followed by a period. */
function fixInitials(initials: string): string {
  let i = initials.trim();
  if (!i.split(/[. ]+/).some(Boolean)) return i;
  if (!i.endsWith('.')) i += '.';
  return i.replace(/([^.]) /g, '$1. ');
}

/** "J. Doe": initials and surname, or the full name shortened when there is no surname. */
function shortName(fullname: string | undefined, initials: string | undefined, surname: string | undefined): string {
  if (surname && (initials || !fullname)) return initials ? `${fixInitials(initials)} ${surname}` : surname;
  // Without initials the name is derived from the full name, as xml2rfc does (its surname
  // attribute is not used then: "Pythagoras of Samos" is "P. O. Samos").
  const full = (fullname ?? '').trim();
  if (!full || NON_LATIN.test(full)) return full;
  const parts = full.split(/\s+/);
  if (parts.length === 1) return full;
  const last = parts.pop()!;
  return `${parts.map((p) => (p.endsWith('.') ? p : `${p[0].toUpperCase()}.`)).join(' ')} ${last}`;
}

/** An author's name on the first page ("J. Doe, Ed.") and organization (null: not shown). */
function frontAuthor(a: RfcElement): { name: string; org: string | null } {
  const at = a.attributes;
  let name = shortName(at.fullname, at.initials, at.surname);
  if (name && NON_LATIN.test(name) && (at.asciiFullname || at.asciiSurname)) {
    name += ` (${shortName(at.asciiFullname, at.asciiInitials, at.asciiSurname)})`;
  }
  const o = firstChild(a, 'organization');
  let org: string | null = '';
  if (o) {
    org = o.attributes.showOnFrontPage === 'false' ? null : (o.attributes.abbrev || textContent(o).replace(/\s+/g, ' ').trim());
    if (org && NON_LATIN.test(org) && o.attributes.ascii) org += ` (${o.attributes.ascii.trim()})`;
  }
  if (org && !name) { name = org; org = null; }
  if (at.role === 'editor') name += ', Ed.';
  return { name, org };
}

/**
 * The right column: each author with organization, authors of one organization (in a row)
 * sharing its line, then the date.
 */
export function rightColumn(front: RfcElement, legacy: boolean, isRfc = false): string[] {
  const right: string[] = [];
  let prev: { name: string | null; org: string | null } = { name: null, org: '' };
  for (const a of front.children) {
    if (!isElement(a, 'author')) continue;
    const cur = frontAuthor(a);
    if (right.length && cur.name && cur.org && cur.org === prev.org) {
      right[right.length - 1] = cur.name;
      right.push(cur.org);
    } else {
      if (cur.name) right.push(cur.name);
      if (cur.org !== null) right.push(cur.org);
    }
    prev = cur;
  }
  if (prev.org === '') right.pop();
  const date = documentDate(front);
  // An RFC shows month and year only, except an April 1st RFC, which shows its day (RFC 8771).
  const showDay = !!date?.day && (!isRfc || (date.month === 4 && date.day === 1));
  if (date) right.push(showDay ? formatDate({ year: date.year, month: date.month, day: date.day! }, legacy) : `${MONTH_NAMES[date.month - 1]} ${date.year}`);
  return right;
}

/** Python's textwrap.wrap for plain words (no hyphen splitting needed here). */
function wrapWords(text: string, width: number, subsequent = ''): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const pre = lines.length ? subsequent : '';
    if (!cur) cur = pre + w;
    else if (cur.length + 1 + w.length <= width) cur += ' ' + w;
    else { lines.push(cur); cur = subsequent + w; }
  }
  if (cur) lines.push(cur);
  return lines;
}

/** East Asian wide and full-width characters (Unicode UAX #11), which take two columns. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/gu;

/** The header block is justified by display columns: xml2rfc counts a CJK name's characters twice there. */
function displayWidth(s: string): number {
  return textWidth(s) + (s.match(WIDE)?.length ?? 0);
}

/** The two-column block at the top of the first page. */
function headerBlock(state: TextState, front: RfcElement): string[] {
  const root = state.root;
  const legacy = !!state.options.legacyDateFormat;
  const right = rightColumn(front, legacy, !!root.attributes.number);
  const left: string[] = [];
  const normalize = (t: string) => t.replace(/,\s*/g, ', ').replace(/^[, ]+|[, ]+$/g, '');
  const wrap = (label: string, items: string, suffix = '') => {
    const width = left.length >= right.length ? 48 : Math.min(48, 72 - 4 - right[left.length].length);
    return wrapWords(`${label}${items}${suffix}`, width, ' '.repeat(label.length));
  };
  const workgroups = front.children.filter((c): c is RfcElement => isElement(c, 'workgroup')).map((w) => textContent(w).trim()).filter(Boolean);
  const isRfc = !!root.attributes.number;
  const category = root.attributes.category;
  if (root.attributes.ipr === 'none') {
    left.push(...workgroups);
  } else if (isRfc) {
    left.push(STREAM[root.attributes.submissionType ?? 'IETF'] ?? STREAM.IETF);
    const series = front.children.filter((c): c is RfcElement => isElement(c, 'seriesInfo'));
    if (!series.some((s) => s.attributes.name === 'RFC')) left.push(`Request for Comments: ${root.attributes.number}`);
    for (const s of series) left.push(`${s.attributes.name === 'RFC' ? 'Request for Comments' : s.attributes.name}: ${s.attributes.value}`);
    if (root.attributes.obsoletes) left.push(...wrap('Obsoletes: ', normalize(root.attributes.obsoletes)));
    if (root.attributes.updates) left.push(...wrap('Updates: ', normalize(root.attributes.updates)));
    if (category) left.push(`Category: ${STATUS[category] ?? category}`);
    left.push('ISSN: 2070-1721');
  } else {
    left.push(...(workgroups.length ? workgroups : ['Network Working Group']));
    left.push('Internet-Draft');
    if (root.attributes.obsoletes) left.push(...wrap('Obsoletes: ', normalize(root.attributes.obsoletes), ' (if approved)'));
    if (root.attributes.updates) left.push(...wrap('Updates: ', normalize(root.attributes.updates), ' (if approved)'));
    if (category) left.push(`Intended status: ${STATUS[category] ?? category}`);
    const date = documentDate(front);
    if (date) {
      const exp = draftExpiry({ year: date.year, month: date.month, day: date.day } as never);
      left.push(`Expires: ${formatDate(exp, legacy)}`);
    }
  }
  const n = Math.max(left.length, right.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const l = left[i] ?? '';
    const r = right[i] ?? '';
    out.push((l + ' '.repeat(Math.max(0, 72 - displayWidth(l) - displayWidth(r))) + r).replace(/\s+$/, ''));
  }
  return out;
}

/** Python's str.center(width), right-trimmed. */
export function pyCenter(s: string, width: number): string {
  const marg = width - s.length;
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return ' '.repeat(left) + s;
}

/** xml2rfc's center(): lines wider than `width` are refilled to width - 4, then each is centred. */
export function centerLines(text: string, width: number): string[] {
  let lines = text.split('\n');
  if (Math.max(0, ...lines.map((l) => l.length)) > width) lines = wrapWords(text, width - 4);
  return lines.map((l) => pyCenter(l, width).replace(/\s+$/, ''));
}

/**
 * The first page and the front matter: header block, centred title and document name,
 * abstract, notes, boilerplate (Status of This Memo, Copyright Notice) and the TOC.
 */
export function frontPage(state: TextState): Doc {
  const front = firstChild(state.root, 'front');
  if (!front) return '';
  const title = firstChild(front, 'title');
  const lines = ['', '', '', '', ...headerBlock(state, front), '', ''];
  if (title) {
    const parts: string[] = [''];
    for (const c of title.children) {
      if (isElement(c, 'br')) parts.push('');
      else parts[parts.length - 1] += textContent(c);
    }
    for (const t of parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean)) lines.push(...wrapWords(t, 72).map((l) => pyCenter(l, 72)));
  }
  const docName = state.root.attributes.docName;
  if (docName && !state.root.attributes.number) lines.push(pyCenter(docName, 72));
  const parts: Doc[] = [verbatim(lines)];
  for (const c of front.children) {
    if (!isElement(c)) continue;
    if (c.name === 'abstract') parts.push(blankline, 'Abstract', blankline, indent(3, withIndent(3, () => state.blocks(c.children.filter((k) => !isElement(k, 'name'))))));
    else if (c.name === 'note') {
      const name = firstChild(c, 'name');
      parts.push(blankline, name ? textContent(name).trim() : 'Note', blankline, indent(3, withIndent(3, () => state.blocks(c.children.filter((k) => !isElement(k, 'name'))))));
    } else if (c.name === 'boilerplate') {
      for (const s of c.children) if (isElement(s)) parts.push(blankline, state.block(s));
    } else if (c.name === 'toc') {
      for (const s of c.children) if (isElement(s)) parts.push(blankline, tableOfContents(state, s));
    }
  }
  return concat(...parts, hardline);
}
