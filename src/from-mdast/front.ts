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

/**
 * The note kramdown-rfc makes of the `venue:` keys, to be removed in the RFC, as the
 * published rfc6265bis text shows it: "About This Document", the datatracker page of an
 * Internet-Draft, the mailing list with its archive and the group's page in one paragraph,
 * then the source repository. Its links are printed bare (`brackets="none"`).
 */
export function venueNote(venue: Record<string, string>, docName?: string): RfcElement | undefined {
  const paras: RfcNode[] = [];
  const link = (target: string) => el('eref', { target, brackets: 'none' });
  const found = (what: string, target: string) => el('t', {}, [text(`${what} can be found at `), link(target), text('.')]);
  const group = venue.group ? `${venue.group}${venue.type ? ' ' + venue.type : ''}` : undefined;
  const discussion: RfcNode[] = [];
  if (venue.mail) {
    discussion.push(text(`Discussion of this document takes place on the ${group ? group + ' ' : ''}mailing list (`),
      link(`mailto:${venue.mail}`), text(')'));
    if (venue.arch) discussion.push(text(', which is archived at '), link(venue.arch));
    discussion.push(text('.'));
  }
  if (venue.home) {
    // kramdown-rfc starts this sentence on an indented line of its own, which xml2rfc prints as
    // two spaces after the full stop (the published rfc6265bis text).
    if (discussion.length) discussion.push(text('  '));
    discussion.push(text('Working Group information can be found at '), link(venue.home), text('.'));
  }
  if (discussion.length) paras.push(el('t', {}, discussion));
  const repo = venue.repo ?? venue.github;
  if (repo) paras.push(found('Source for this draft and an issue tracker', /^https?:/.test(repo) ? repo : `https://github.com/${repo}`));
  if (venue.latest) paras.push(found('The latest revision of this draft', venue.latest));
  if (!paras.length) return undefined;
  const draft = docName?.startsWith('draft-') ? docName.replace(/-(latest|\d\d)$/, '') : undefined;
  if (draft) {
    paras.unshift(el('t', {}, [text('Status information for this document may be found at '),
      link(`https://datatracker.ietf.org/doc/${draft}/`), text('.')]));
  }
  return el('note', { removeInRFC: 'true' }, [el('name', {}, [text('About This Document')]), ...paras]);
}
