import { firstChild, isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { draftExpiry, formatDate, parseMonth } from '../../../prep/boilerplate/index.js';
import { blankline, concat, hardline, indent, verbatim, type Doc } from '../doc/index.js';
import type { TextState } from '../state.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const STATUS: Record<string, string> = { std: 'Standards Track', bcp: 'Best Current Practice', info: 'Informational', exp: 'Experimental', historic: 'Historic' };

function documentDate(front: RfcElement): { year: number; month: number; day?: number } | undefined {
  const d = firstChild(front, 'date');
  const year = Number(d?.attributes.year);
  const month = d?.attributes.month ? parseMonth(d.attributes.month) : undefined;
  if (!year || !month) return undefined;
  return { year, month, day: d?.attributes.day ? Number(d.attributes.day) : undefined };
}

/** The right column: each author (initials and surname, ", Ed." for editors) with organization, then the date. */
function rightColumn(front: RfcElement, legacy: boolean): string[] {
  const out: string[] = [];
  let lastOrg = '';
  const authors = front.children.filter((c): c is RfcElement => isElement(c, 'author'));
  authors.forEach((a, i) => {
    const name = [a.attributes.initials, a.attributes.surname].filter(Boolean).join(' ') || a.attributes.fullname || '';
    const org = firstChild(a, 'organization');
    const orgText = org ? (org.attributes.abbrev || textContent(org).trim()) : '';
    if (name) out.push(name + (a.attributes.role === 'editor' ? ', Ed.' : ''));
    // Consecutive authors of one organization share its line.
    const nextOrg = authors[i + 1] ? textContent(firstChild(authors[i + 1], 'organization') ?? { type: 'text', value: '' }).trim() : undefined;
    if (orgText && (orgText !== nextOrg || !name)) out.push(orgText);
    lastOrg = orgText;
  });
  void lastOrg;
  const date = documentDate(front);
  if (date) out.push(date.day ? formatDate({ year: date.year, month: date.month, day: date.day }, legacy) : `${MONTHS[date.month - 1]} ${date.year}`);
  return out;
}

/** The two-column block at the top of the first page. */
function headerBlock(state: TextState, front: RfcElement): string[] {
  const root = state.root;
  const left: string[] = [];
  const wg = firstChild(front, 'workgroup');
  const isRfc = !!root.attributes.number;
  left.push(wg ? textContent(wg).trim() : isRfc ? 'Internet Engineering Task Force (IETF)' : 'Network Working Group');
  if (isRfc) {
    left.push(`Request for Comments: ${root.attributes.number}`);
    if (root.attributes.category) left.push(`Category: ${STATUS[root.attributes.category] ?? root.attributes.category}`);
  } else {
    left.push('Internet-Draft');
    if (root.attributes.obsoletes) left.push(`Obsoletes: ${root.attributes.obsoletes} (if approved)`);
    if (root.attributes.updates) left.push(`Updates: ${root.attributes.updates} (if approved)`);
    if (root.attributes.category) left.push(`Intended status: ${STATUS[root.attributes.category] ?? root.attributes.category}`);
    const date = documentDate(front);
    if (date) {
      const exp = draftExpiry({ year: date.year, month: date.month, day: date.day } as never);
      left.push(`Expires: ${formatDate(exp, !!state.options.legacyDateFormat)}`);
    }
  }
  const right = rightColumn(front, !!state.options.legacyDateFormat);
  const n = Math.max(left.length, right.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const l = left[i] ?? '';
    const r = right[i] ?? '';
    out.push((l + ' '.repeat(Math.max(1, 72 - l.length - r.length)) + r).replace(/\s+$/, ''));
  }
  return out;
}

function centred(s: string): string {
  return ' '.repeat(Math.max(0, Math.floor((72 - s.length) / 2))) + s;
}

/**
 * The first page and the front matter: header block, centred title and document name,
 * abstract, notes, boilerplate (Status of This Memo, Copyright Notice) and the TOC.
 */
export function frontPage(state: TextState): Doc {
  const front = firstChild(state.root, 'front');
  if (!front) return '';
  const title = firstChild(front, 'title');
  const lines = ['', '', '', ...headerBlock(state, front), '', ''];
  if (title) lines.push(centred(textContent(title).replace(/\s+/g, ' ').trim()));
  const docName = state.root.attributes.docName;
  if (docName && !state.root.attributes.number) lines.push(centred(docName));
  const parts: Doc[] = [verbatim(lines)];
  for (const c of front.children) {
    if (!isElement(c)) continue;
    if (c.name === 'abstract') parts.push(blankline, 'Abstract', blankline, indent(3, state.blocks(c.children.filter((k) => !isElement(k, 'name')))));
    else if (c.name === 'note') {
      const name = firstChild(c, 'name');
      parts.push(blankline, name ? textContent(name).trim() : 'Note', blankline, indent(3, state.blocks(c.children.filter((k) => !isElement(k, 'name')))));
    } else if (c.name === 'boilerplate' || c.name === 'toc') {
      for (const s of c.children) if (isElement(s)) parts.push(blankline, state.block(s));
    }
  }
  return concat(...parts, hardline);
}
