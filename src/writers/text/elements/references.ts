import { firstChild, isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { blankline, concat, fill, hang, hardline, indent, type Doc } from '../doc/index.js';
import { fillWords, noBreak } from '../fill.js';
import { heading } from './section.js';
import type { TextState } from '../state.js';

/** "Bradner, S." / "S. Bradner" / organization, as xml2rfc lists reference authors. */
function authorNames(front: RfcElement): string {
  const authors = front.children.filter((c): c is RfcElement => isElement(c, 'author'));
  const names = authors.map((a, i) => {
    const surname = a.attributes.surname;
    const initials = a.attributes.initials;
    const org = firstChild(a, 'organization');
    let n = surname ? (i === authors.length - 1 && i > 0 ? `${initials ? initials + ' ' : ''}${surname}` : `${surname}${initials ? ', ' + initials : ''}`) : org ? textContent(org).trim() : a.attributes.fullname ?? '';
    if (a.attributes.role === 'editor' && n) n += ', Ed.';
    return n;
  }).filter(Boolean);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One entry: "[RFC2119]  Bradner, S., "Key words …", BCP 14, RFC 2119, March 1997, <https://…>." */
function entry(state: TextState, ref: RfcElement, width: number): Doc {
  const front = firstChild(ref, 'front');
  const label = `[${state.byId.get(ref.attributes.anchor) ? labelOf(state, ref) : ref.attributes.anchor}]`;
  const parts: string[] = [];
  if (front) {
    const who = authorNames(front);
    if (who) parts.push(who);
    const title = firstChild(front, 'title');
    if (title) parts.push(`"${textContent(title).replace(/\s+/g, ' ').trim()}"`);
  }
  const series = [...ref.children, ...(front?.children ?? [])].filter((c): c is RfcElement => isElement(c, 'seriesInfo'));
  for (const s of series) if (s.attributes.name !== 'DOI') parts.push(s.attributes.name === 'Internet-Draft' ? `Work in Progress, Internet-Draft, ${s.attributes.value}` : `${s.attributes.name} ${s.attributes.value}`);
  for (const s of series) if (s.attributes.name === 'DOI') parts.push(`DOI ${s.attributes.value}`);
  for (const rc of ref.children) if (isElement(rc, 'refcontent')) parts.push(textContent(rc).trim());
  const date = front && firstChild(front, 'date');
  if (date?.attributes.year) {
    const month = date.attributes.month ? (/^\d+$/.test(date.attributes.month) ? MONTHS[Number(date.attributes.month) - 1] : date.attributes.month) : '';
    parts.push([date.attributes.day && month ? `${date.attributes.day} ` : '', month ? `${month} ` : '', date.attributes.year].join(''));
  }
  if (ref.attributes.target) parts.push(`<${ref.attributes.target}>`);
  const body = parts.join(', ') + '.';
  const words = fillWords([body]);
  // A label too wide for the column stands on a line of its own.
  if (label.length + 2 > width) return concat(label, hardline, indent(width, fill(words)));
  return concat(label.padEnd(width), hang(width, fill(words)));
}

function labelOf(_state: TextState, ref: RfcElement): string {
  return ref.attributes.anchor;
}

/** `<references>`: a heading, then entries with their labels in a column. */
export function references(state: TextState, e: RfcElement): Doc {
  const parts: Doc[] = [heading(e)];
  const entries = e.children.filter((c): c is RfcElement => isElement(c) && (c.name === 'reference' || c.name === 'referencegroup'));
  const width = Math.max(...entries.map((r) => r.attributes.anchor.length + 4), 0) > 14 ? 11 : Math.max(...entries.map((r) => r.attributes.anchor.length + 4), 0);
  for (const r of entries) parts.push(blankline, concat('   ', hang(3, entry(state, r, Math.max(width, 11)))));
  for (const sub of e.children) if (isElement(sub, 'references')) parts.push(blankline, references(state, sub));
  void noBreak;
  return concat(...parts);
}
