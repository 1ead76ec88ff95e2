import type { DateParts, DraftMetadata, Person } from '../metadata/types.js';
import { el, text, type ElementName, type RfcElement, type RfcNode } from '../tree/nodes.js';

function textEl(name: ElementName, value: string | undefined): RfcElement[] {
  return value ? [el(name, {}, [text(value)])] : [];
}

/** `<address>` for a person, in the order v3 requires. */
function address(p: Person): RfcElement[] {
  const postal: RfcElement[] = p.postalLines.length
    ? p.postalLines.map((l) => el('postalLine', {}, [text(l)]))
    : [
      ...p.street.map((s) => el('street', {}, [text(s)])),
      ...textEl('city', p.city), ...textEl('region', p.region), ...textEl('code', p.code), ...textEl('country', p.country),
    ];
  const kids: RfcElement[] = [
    ...(postal.length ? [el('postal', {}, postal)] : []),
    ...textEl('phone', p.phone),
    ...textEl('facsimile', p.facsimile),
    ...p.email.map((e) => el('email', {}, [text(e)])),
    ...textEl('uri', p.uri),
  ];
  return kids.length ? [el('address', {}, kids)] : [];
}

/** `<author>` (front page) or `<contact>` (Contributors section). */
export function personElement(p: Person, name: 'author' | 'contact'): RfcElement {
  const org = p.organization !== undefined || p.organizationAbbrev
    ? [el('organization', { abbrev: p.organizationAbbrev, ascii: p.organizationAscii }, p.organization ? [text(p.organization)] : [])]
    : [];
  return el(name, {
    initials: p.initials, surname: p.surname, fullname: p.fullname,
    asciiInitials: p.asciiInitials, asciiSurname: p.asciiSurname, asciiFullname: p.asciiFullname,
    role: name === 'author' && p.role === 'editor' ? 'editor' : undefined,
  }, [...org, ...address(p)]);
}

export function dateElement(d: DateParts | undefined): RfcElement {
  return el('date', d ? { year: d.year, month: d.month, day: d.day } : {});
}

/**
 * `<front>`: title, series information, authors, date, area, workgroup, keywords, then the
 * abstract and notes built from the body.
 */
export function frontElement(meta: DraftMetadata, date: DateParts | undefined, abstract: RfcNode[] | undefined, notes: RfcElement[]): RfcElement {
  const kids: RfcNode[] = [el('title', { abbrev: meta.abbrev }, [text(meta.title ?? 'Untitled')])];
  for (const si of meta.seriesInfo) {
    kids.push(el('seriesInfo', { name: si.name, value: si.name === 'Internet-Draft' && meta.docName ? meta.docName : si.value,
      stream: undefined, status: si.status }));
  }
  const authors = meta.authors.map((a) => personElement(a, 'author'));
  kids.push(...(authors.length ? authors : [el('author')]));
  kids.push(dateElement(date));
  for (const a of meta.area) kids.push(el('area', {}, [text(a)]));
  for (const w of meta.workgroup) kids.push(el('workgroup', {}, [text(w)]));
  for (const k of meta.keyword) kids.push(el('keyword', {}, [text(k)]));
  if (abstract && abstract.length) kids.push(el('abstract', {}, abstract));
  kids.push(...notes);
  return el('front', {}, kids);
}

/** Attributes of the `<rfc>` root. */
export function rfcAttributes(meta: DraftMetadata): Record<string, string | undefined> {
  const bool = (b: boolean | undefined) => (b === undefined ? undefined : String(b));
  return {
    version: '3',
    ipr: meta.ipr,
    docName: meta.number ? undefined : meta.docName,
    number: meta.number,
    category: meta.category,
    submissionType: meta.submissionType,
    consensus: bool(meta.consensus),
    updates: meta.updates.length ? meta.updates.join(', ') : undefined,
    obsoletes: meta.obsoletes.length ? meta.obsoletes.join(', ') : undefined,
    'xml:lang': meta.lang ?? 'en',
    tocInclude: bool(meta.tocInclude),
    tocDepth: meta.tocDepth,
    sortRefs: bool(meta.sortRefs),
    symRefs: bool(meta.symRefs),
    indexInclude: bool(meta.indexInclude),
  };
}

/** A discussion-venue note from kramdown-rfc's `venue:` keys, to be removed in the RFC. */
export function venueNote(venue: Record<string, string>): RfcElement | undefined {
  const paras: RfcNode[] = [];
  const group = venue.group ? `${venue.group}${venue.type ? ' ' + venue.type : ''}` : undefined;
  if (venue.mail) {
    const kids: RfcNode[] = [text(`Discussion of this document takes place on the ${group ?? ''} mailing list (`.replace('the  mailing', 'the mailing')),
      el('eref', { target: `mailto:${venue.mail}` }, [text(venue.mail)]), text(')')];
    if (venue.arch) kids.push(text(', which is archived at '), el('eref', { target: venue.arch }));
    kids.push(text('.'));
    paras.push(el('t', {}, kids));
  }
  if (venue.home) {
    paras.push(el('t', {}, [text('Working Group information can be found at '), el('eref', { target: venue.home }), text('.')]));
  }
  if (venue.github) {
    const url = /^https?:/.test(venue.github) ? venue.github : `https://github.com/${venue.github}`;
    paras.push(el('t', {}, [text('Source for this draft and an issue tracker can be found at '), el('eref', { target: url }), text('.')]));
  }
  if (venue.latest) {
    paras.push(el('t', {}, [text('The latest revision of this draft can be found at '), el('eref', { target: venue.latest }), text('.')]));
  }
  if (!paras.length) return undefined;
  return el('note', { removeInRFC: 'true' }, [el('name', {}, [text('Discussion Venues')]), ...paras]);
}
