import { firstChild, isElement, textContent, visitElements, type RfcElement, type RfcNode } from '../../../tree/nodes.js';
import { blankline, concat, fillOwned, hang, hardline, indent, type Doc, type FillWord } from '../doc/index.js';
import { fillWords, noBreak, type NoBreakRun } from '../fill.js';
import { headingDoc } from './section.js';
import { inline } from '../inline.js';
import type { TextState } from '../state.js';
import { MONTH_NAMES } from '../../../util/month-names.js';

/** The column where reference text starts, relative to the entry: `[RFC2119]` padded to 11. */
const LABEL_COLUMN = 11;

function elements(e: RfcElement, name: string): RfcElement[] {
  return e.children.filter((c): c is RfcElement => isElement(c) && c.name === name);
}

/** Descendants named `name`, in document order (xml2rfc's `iterdescendants`). */
function descendants(e: RfcElement, name: string): RfcElement[] {
  const out: RfcElement[] = [];
  const walk = (n: RfcElement) => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(e);
  return out;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function isLatin(s: string): boolean {
  // Latin letters, digits, punctuation and the Latin-1/Extended blocks count as Latin.
  return !/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u00a0]/u.test(s);
}

/** Initials as xml2rfc prints them: one initial only for RFC 1272 and earlier. */
function initialsOf(a: RfcElement, ref?: RfcElement): string | undefined {
  let initials = a.attributes.initials;
  if (ref && initials) {
    const rfc = [...elements(ref, 'seriesInfo'), ...(firstChild(ref, 'front') ? elements(firstChild(ref, 'front')!, 'seriesInfo') : [])].find((s) => s.attributes.name === 'RFC');
    const n = rfc?.attributes.value;
    if (n && /^\d+$/.test(n) && Number(n) <= 1272) initials = initials.split('.')[0];
  }
  return initials;
}

/** [initials, surname] as xml2rfc's short_author_name_parts. */
export function shortNameParts(a: RfcElement, ref?: RfcElement): [string | undefined, string | undefined] {
  let initials = initialsOf(a, ref);
  // An empty surname counts as none: the name then comes from the full name.
  const surname = a.attributes.surname || undefined;
  if (initials !== undefined && surname !== undefined) {
    if (initials && !initials.endsWith('.') && isLatin(initials)) initials += '.';
    return [initials, surname];
  }
  const fullname = a.attributes.fullname ?? '';
  if (!fullname) return [undefined, undefined];
  const parts = fullname.split(/\s+/).filter(Boolean);
  if (isLatin(fullname) && parts.length > 1) {
    return [parts.slice(0, -1).map((p) => `${p[0].toUpperCase()}.`).join(' '), parts[parts.length - 1]];
  }
  return [undefined, fullname];
}

/** [initials, surname] from the ascii attributes, as xml2rfc's short_author_ascii_name_parts. */
function shortAsciiNameParts(a: RfcElement, ref?: RfcElement): [string | undefined, string | undefined] {
  let initials = a.attributes.asciiInitials;
  const surname = a.attributes.asciiSurname || undefined;
  if (initials !== undefined && surname !== undefined) {
    if (initials && !initials.endsWith('.')) initials += '.';
    return [initials, surname];
  }
  const fullname = a.attributes.asciiFullname;
  if (fullname) {
    const parts = fullname.split(/\s+/).filter(Boolean);
    if (parts.length > 1) return [parts.slice(0, -1).map((p) => `${p[0].toUpperCase()}.`).join(' '), parts[parts.length - 1]];
    return [undefined, fullname];
  }
  return shortNameParts(a, ref);
}

function shortOrgName(a: RfcElement): string {
  const org = firstChild(a, 'organization');
  if (!org) return '';
  return org.attributes.abbrev || clean(textContent(org));
}

/**
 * Reference authors as xml2rfc lists them: "Bradner, S.", "Scudder, J. and R. Chandra",
 * "Bates, T., Chandra, R., and Y. Rekhter"; editors get ", Ed."; an author without a name is
 * its organization.
 */
export function referenceAuthors(ref: RfcElement): string {
  const authors = descendants(ref, 'author');
  const buf: string[] = [];
  authors.forEach((a, i) => {
    const last = i === authors.length - 1 && authors.length > 1;
    if (last) buf.push('and ');
    const [ini, sur] = shortNameParts(a, ref);
    let name = last ? [ini, sur].filter(Boolean).join(' ') : [sur, ini].filter(Boolean).join(', ');
    let ascii: string | undefined;
    if (name) {
      if (!isLatin(name)) {
        const [ai, as] = shortAsciiNameParts(a, ref);
        ascii = last ? [ai, as].filter(Boolean).join(' ') : [as, ai].filter(Boolean).join(', ');
      }
    } else {
      name = shortOrgName(a);
      const org = firstChild(a, 'organization');
      if (name && !isLatin(name) && org) ascii = a.attributes.asciiAbbrev || org.attributes.ascii || org.attributes.abbrev || undefined;
    }
    if (ascii === name) ascii = undefined;
    if (ascii) buf.push(`${name} (${ascii})`);
    else if (name) buf.push(name);
    if (a.attributes.role === 'editor') buf.push(', Ed.');
    if (authors.length === 2 && i === 0) buf.push(' ');
    else if (i < authors.length - 1) buf.push(', ');
  });
  return buf.join('');
}


function monthName(m: string | undefined): string | undefined {
  if (!m) return undefined;
  if (/^\d+$/.test(m)) return MONTH_NAMES[Number(m) - 1] ?? m;
  const full = MONTH_NAMES.find((n) => n.toLowerCase() === m.toLowerCase() || (m.length >= 3 && n.toLowerCase().startsWith(m.toLowerCase().replace(/\.$/, ''))));
  return full ?? m;
}

/** A reference date: "March 1997", "1 March 1997" ("March 1, 1997" in the legacy format), "2016". */
export function referenceDate(date: RfcElement, legacy = false): string {
  const year = date.attributes.year;
  const month = monthName(date.attributes.month);
  const day = date.attributes.day ? date.attributes.day.replace(/^0+(?=\d)/, '') : undefined;
  let text: string;
  if (day && month) text = legacy ? `${month} ${day}, ${year ?? ''}`.trim() : [day, month, year].filter(Boolean).join(' ');
  else text = [month, year].filter(Boolean).join(' ');
  const content = clean(textContent(date));
  if (content) return text ? `${content} (${text})` : content;
  return text;
}

/** Labels of references: the anchor, a `<displayreference>` name, or a number when symRefs is false. */
export function referenceLabels(root: RfcElement): Map<string, string> {
  const labels = new Map<string, string>();
  const display = new Map<string, string>();
  visitElements(root, (e) => {
    if (e.name === 'displayreference') display.set(e.attributes.target, e.attributes.to);
  });
  const numbered = root.attributes.symRefs === 'false';
  let n = 0;
  visitElements(root, (e) => {
    if (e.name !== 'reference' && e.name !== 'referencegroup') return;
    if (e.name === 'reference' && labels.has(e.attributes.anchor)) return;
    n++;
    const anchor = e.attributes.anchor;
    if (anchor) labels.set(anchor, e.attributes.derivedAnchor ?? display.get(anchor) ?? (numbered ? String(n) : anchor));
  });
  return labels;
}

const labelCache = new WeakMap<RfcElement, Map<string, string>>();

export function referenceLabel(state: TextState, ref: RfcElement): string {
  let labels = labelCache.get(state.root);
  if (!labels) labelCache.set(state.root, (labels = referenceLabels(state.root)));
  return labels.get(ref.attributes.anchor) ?? ref.attributes.anchor;
}

type Piece = string | NoBreakRun;

function inlineText(nodes: readonly RfcNode[]): string {
  return clean(nodes.map((n) => (n.type === 'text' ? n.value : isElement(n) ? textContent(n) : '')).join(''));
}

/** Pieces without the white space at their two ends. */
function trimPieces(pieces: Piece[]): Piece[] {
  const out = [...pieces];
  if (typeof out[0] === 'string') out[0] = out[0].trimStart();
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] = (out[last] as string).trimEnd();
  return out;
}

/** The text pieces of one reference: authors, title, refcontent, stream, seriesInfo, date, target. */
export function referenceText(state: TextState, ref: RfcElement, inGroup = false): Piece[] {
  const parts: Piece[][] = [];
  const authors = referenceAuthors(ref);
  const ordered: RfcElement[] = [];
  for (const tag of ['title', 'refcontent', 'stream', 'seriesInfo', 'date']) {
    for (const c of descendants(ref, tag)) {
      if (inGroup && tag === 'seriesInfo' && c.attributes.name === 'DOI') continue;
      ordered.push(c);
    }
  }
  for (const c of ordered) {
    switch (c.name) {
      case 'title': {
        const t = inlineText(c.children);
        if (!t) break;
        parts.push([ref.attributes.quoteTitle === 'false' ? t : `"${t}"`]);
        break;
      }
      case 'refcontent':
      case 'stream': {
        // Markup in refcontent prints as in running text ("goes _here_").
        if (state.byId && c.children.some((k) => isElement(k))) {
          const pieces = inline(state, c.children);
          if (inlineText(c.children)) parts.push(trimPieces(pieces));
          break;
        }
        const t = inlineText(c.children);
        if (t) parts.push([t]);
        break;
      }
      case 'seriesInfo': {
        const { name = '', value = '' } = c.attributes;
        if (name === 'Internet-Draft') {
          // The prep step's "Work in Progress" for drafts, unless the reference says it already.
          if (!descendants(ref, 'refcontent').some((r) => /work in progress/i.test(textContent(r)))) parts.push(['Work in Progress']);
          // xml2rfc breaks a draft name after any hyphen followed by a letter ("xml2rfc-v3-" / "implementation").
          parts.push([`${name}, ${value.replace(/([A-Za-z0-9])-(?=[A-Za-z])/g, '$1-\u200b')}`]);
        }
        else parts.push([`${name}\u00a0${value.replace(/\//g, "/\u2060")}`]);
        break;
      }
      case 'date': {
        const t = referenceDate(c, state.options.legacyDateFormat);
        if (t) parts.push([t]);
        break;
      }
    }
  }
  const target = inGroup ? undefined : referenceTarget(ref);
  if (target) parts.push([url(target)]);
  const out: Piece[] = [];
  // xml2rfc's joiner: ", " between parts, but the author list starts the text unjoined.
  let text = authors;
  const flat: Piece[] = text ? [text] : [];
  for (const p of parts) {
    if (flat.length) flat.push(', ');
    flat.push(...p);
  }
  flat.push('.');
  for (const a of elements(ref, 'annotation')) {
    if (state.byId) {
      const pieces = inline(state, a.children);
      if (pieces.length) flat.push(' ', ...pieces);
    } else {
      const t = inlineText(a.children);
      if (t) flat.push(' ', t);
    }
  }
  out.push(...flat);
  text = '';
  return out;
}

/** The width reference text is filled to: 72, less the 3 of the section and the label column. */
const TEXT_WIDTH = 72 - 3 - LABEL_COLUMN;

/**
 * `<url>`: kept on one line when it fits one with the punctuation after it (xml2rfc's
 * urlkeep), else broken like text.
 */
function url(target: string): Piece {
  const t = `<${target}>`;
  return t.length + 1 <= TEXT_WIDTH ? noBreak(t) : t;
}

/**
 * Where a reference leads, as xml2rfc prints it: its target; for an Internet-Draft the
 * datatracker even when its entry names a file (xml2rfc 3.32); then a `<format>` target; then
 * the DOI, RFC or draft address prep derives. Shared by the text and HTML writers.
 */
export function referenceTarget(ref: RfcElement): string | undefined {
  const format = elements(ref, 'format').find((f) => f.attributes.target);
  const draft = descendants(ref, 'seriesInfo').some((s) => s.attributes.name === 'Internet-Draft');
  const target = ref.attributes.target ?? (draft ? derivedTarget(ref) : undefined) ?? format?.attributes.target ?? derivedTarget(ref);
  // Old bibxml entries point at http://www.rfc-editor.org; the published text says https.
  return target?.replace(/^http:\/\/www\.rfc-editor\.org\//, 'https://www.rfc-editor.org/');
}

/** The target xml2rfc's prep gives a reference without one: its DOI, RFC or draft URL. */
function derivedTarget(ref: RfcElement): string | undefined {
  const series = descendants(ref, 'seriesInfo');
  const find = (n: string) => series.find((s) => s.attributes.name === n)?.attributes.value;
  const rfc = find('RFC');
  if (rfc && /^\d+$/.test(rfc)) return `https://www.rfc-editor.org/rfc/rfc${Number(rfc)}`;
  const doi = find('DOI');
  if (doi) return `https://doi.org/${doi}`;
  const draft = find('Internet-Draft');
  if (draft) return `https://datatracker.ietf.org/doc/html/${draft}`;
  return undefined;
}

/**
 * Words for reference text. Sentence ends get two spaces in titles, series and annotations
 * ("Information technology.  Cryptographic", "2016.  Oops."), but never inside the author list
 * that starts the text ("and S. Hares"): the first `plain` characters of it.
 */
function referenceWords(pieces: Piece[], plain = 0): FillWord[] {
  const words = fillWords(pieces);
  let seen = 0;
  return words.map((w) => {
    const inAuthors = seen < plain;
    seen += w.text.replace(/\s/g, '').length;
    return inAuthors && w.gap.length > 1 ? { text: w.text, gap: ' ' } : w;
  });
}

/** Characters (white space aside) of the author list a reference's text starts with. */
function authorsLength(ref: RfcElement): number {
  return referenceAuthors(ref).replace(/\s/g, '').length;
}

/** One entry: "[RFC2119]  Bradner, S., "Key words …", BCP 14, RFC 2119, March 1997, <https://…>." */
export function referenceEntry(state: TextState, ref: RfcElement, inGroup = false): Doc {
  const body = fillOwned(referenceWords(referenceText(state, ref, inGroup), authorsLength(ref)));
  if (inGroup) return body;
  return labelled(`[${referenceLabel(state, ref)}]`, body);
}

/**
 * The label in the margin of the entry's first line, the text at column 11; a label too wide
 * for that column stands on a line of its own.
 */
function labelled(label: string, body: Doc): Doc {
  if (label.length > LABEL_COLUMN - 1) return concat(label, hardline, indent(LABEL_COLUMN, body));
  return concat(label.padEnd(LABEL_COLUMN), hang(LABEL_COLUMN, body));
}

const SUBSERIES: Record<string, string> = { bcp: 'Best Current Practice', std: 'Internet Standard', fyi: 'For Your Information' };

/** The sub-series a group of references stands for (BCP 38, STD 78), from its anchor or target. */
function subseries(g: RfcElement): { kind: string; number: number } | undefined {
  const m = /^(BCP|STD|FYI)0*(\d+)$/i.exec(g.attributes.anchor ?? '') ?? /\/(bcp|std|fyi)0*(\d+)(?:\.txt)?$/i.exec(g.attributes.target ?? '');
  return m ? { kind: m[1].toLowerCase(), number: Number(m[2]) } : undefined;
}

/**
 * A sub-series group as xml2rfc 3.32 prints it: "Best Current Practice 38, <URL>.", "At the
 * time of writing, this BCP comprises the following:", then each document in full.
 */
function subseriesGroup(state: TextState, g: RfcElement, series: { kind: string; number: number }): Doc {
  const head: Piece[] = [`${SUBSERIES[series.kind]} ${series.number}`];
  if (g.attributes.target) head.push(', ', url(g.attributes.target));
  head.push('.');
  const parts: Doc[] = [fillOwned(referenceWords(head)), hardline,
    fillOwned(referenceWords([`At the time of writing, this ${series.kind.toUpperCase()} comprises the following:`]))];
  for (const r of elements(g, 'reference')) parts.push(blankline, fillOwned(referenceWords(referenceText(state, r), authorsLength(r))));
  return labelled(`[${referenceLabel(state, g)}]`, concat(...parts));
}

/** `<referencegroup>`: its references one after the other, under one label, then its target. */
export function referenceGroup(state: TextState, g: RfcElement): Doc {
  const series = subseries(g);
  if (series) return subseriesGroup(state, g, series);
  const parts: Doc[] = [];
  for (const r of elements(g, 'reference')) {
    if (parts.length) parts.push(blankline);
    parts.push(referenceEntry(state, r, true));
  }
  if (g.attributes.target) {
    if (parts.length) parts.push(blankline);
    parts.push(fillOwned(referenceWords([url(g.attributes.target)])));
  }
  const label = `[${referenceLabel(state, g)}]`;
  const body = concat(...parts);
  if (label.length > LABEL_COLUMN - 1) return concat(label, hardline, indent(LABEL_COLUMN, body));
  return labelled(label, body);
}

function sortKey(state: TextState, r: RfcElement): string {
  return referenceLabel(state, r).toLowerCase();
}

/** `<references>`: a heading, then entries with their labels in a column. */
export function references(state: TextState, e: RfcElement): Doc {
  const parts: Doc[] = [headingDoc(e, state)];
  let entries = e.children.filter((c): c is RfcElement => isElement(c) && (c.name === 'reference' || c.name === 'referencegroup'));
  if (state.root.attributes.sortRefs !== 'false' && state.root.attributes.symRefs !== 'false') {
    entries = [...entries].sort((a, b) => {
      const x = sortKey(state, a);
      const y = sortKey(state, b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  for (const r of entries) {
    const d = r.name === 'referencegroup' ? referenceGroup(state, r) : referenceEntry(state, r);
    parts.push(blankline, indent(3, d));
  }
  for (const sub of e.children) if (isElement(sub, 'references')) parts.push(blankline, references(state, sub));
  return concat(...parts);
}
