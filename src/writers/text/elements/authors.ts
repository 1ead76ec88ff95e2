import { firstChild, isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { blankline, concat, hardline, indent, type Doc } from '../doc/index.js';
import type { TextState } from '../state.js';

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function children(e: RfcElement, name: string): RfcElement[] {
  return e.children.filter((c): c is RfcElement => isElement(c) && c.name === name);
}

function isLatin(s: string): boolean {
  return !/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/u.test(s);
}

/** The text of an element, or (`latin`) its `ascii` attribute when it has one. */
function value(e: RfcElement | undefined, latin: boolean): string {
  if (!e) return '';
  const text = clean(textContent(e));
  return latin && e.attributes.ascii ? clean(e.attributes.ascii) : text;
}

/** The author's full name as the address block shows it ("Ann Author", or "A. Author"). */
export function fullAuthorName(a: RfcElement, latin = false): string {
  if (latin) {
    const ascii = a.attributes.asciiFullname;
    if (ascii) return ascii;
    let initials = a.attributes.asciiInitials || a.attributes.initials;
    if (initials && !initials.endsWith('.')) initials += '.';
    const surname = a.attributes.asciiSurname || a.attributes.surname;
    const full = [initials, surname].filter(Boolean).join(' ');
    if (full) return full;
  }
  if (a.attributes.fullname) return a.attributes.fullname;
  let initials = a.attributes.initials;
  if (initials && !initials.endsWith('.') && isLatin(initials)) initials += '.';
  return [initials, a.attributes.surname].filter(Boolean).join(' ');
}

/**
 * The city line(s) of a postal address, by country, as the address formats xml2rfc uses (from
 * Google's i18n address data) lay them out: %C city, %S region, %Z code.
 */
const COUNTRY_FORMATS: [RegExp, string][] = [
  [/^(us|usa|u\.s\.a\.?|united states( of america)?)$/i, '%C, %S %Z'],
  [/^(ca|canada|au|australia)$/i, '%C %S %Z'],
  [/^(il|israel)$/i, '%C %Z'],
  [/^(gb|uk|united kingdom|great britain|england|scotland|wales)$/i, '%C%n%Z'],
  [/^(hu|hungary)$/i, '%C%n%Z'],
  [/^(ru|russia|russian federation)$/i, '%C%n%S%n%Z'],
  [/^(in|india)$/i, '%C %Z%n%S'],
  [/^(ar|argentina)$/i, '%Z %C%n%S'],
  [/^(it|italy|es|spain)$/i, '%Z %C %S'],
  [/^(br|brazil)$/i, '%C-%S%n%Z'],
  [/^(cn|china)$/i, '%C%n%S, %Z'],
  // Luxembourg's format writes the "L-" prefix itself, even before a code that has it ("L-L-1521").
  [/^(lu|luxembourg)$/i, 'L-%Z %C'],
  [/^(de|germany|at|austria|be|belgium|no|norway|se|sweden|dk|denmark|fi|finland|fr|france|nl|netherlands|the netherlands|ch|switzerland|cz|czech republic|czechia|pl|poland|pt|portugal|gr|greece|is|iceland|sk|slovakia|si|slovenia|hr|croatia|ee|estonia|lt|lithuania|lv|latvia|mx|mexico|tr|turkey|ua|ukraine|ro|romania|bg|bulgaria|rs|serbia)$/i, '%Z %C'],
];

/** Country codes xml2rfc expands to the country's name. */
const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States of America', USA: 'United States of America', UK: 'United Kingdom', GB: 'United Kingdom',
  DE: 'Germany', FR: 'France', CA: 'Canada', CN: 'China', JP: 'Japan', NL: 'Netherlands', SE: 'Sweden',
  FI: 'Finland', NO: 'Norway', CH: 'Switzerland', IT: 'Italy', ES: 'Spain', AU: 'Australia', IN: 'India',
  IL: 'Israel', BE: 'Belgium', AT: 'Austria', DK: 'Denmark', IE: 'Ireland', CZ: 'Czechia',
  RU: 'Russian Federation', KR: 'Korea, Republic of', BR: 'Brazil', PL: 'Poland', PT: 'Portugal', GR: 'Greece',
  NZ: 'New Zealand', SG: 'Singapore', TW: 'Taiwan, Province of China', AR: 'Argentina', MX: 'Mexico',
};

function countryName(name: string): string {
  return COUNTRY_NAMES[name.toUpperCase()] && /^[A-Za-z]{2,3}$/.test(name) ? COUNTRY_NAMES[name.toUpperCase()] : name;
}

function cityLines(postal: RfcElement, latin: boolean): string[] {
  const city = value(firstChild(postal, 'city'), latin);
  const region = value(firstChild(postal, 'region'), latin);
  const code = value(firstChild(postal, 'code'), latin);
  const country = value(firstChild(postal, 'country'), true);
  const format = COUNTRY_FORMATS.find(([re]) => re.test(country))?.[1] ?? (country ? '%C' : '%C, %S %Z');
  const fields: Record<string, string> = { '%C': city, '%S': region, '%Z': code };
  const out: string[] = [];
  for (const lf of format.split('%n')) {
    const parts = lf.split(/(%[CSZ])/);
    if (!parts.some((p) => fields[p])) continue;
    const line = parts.map((p) => (p in fields ? fields[p] : p)).join('').trim().replace(/^(, )+/, '').trim();
    if (/\w/u.test(line)) out.push(line);
  }
  return out;
}

/** The lines of one author's address block (name, organization, postal, phone, email, URI). */
export function authorLines(a: RfcElement, latin = false): string[] {
  const lines: string[] = [];
  let name = fullAuthorName(a, latin);
  const orgEl = firstChild(a, 'organization');
  let org = value(orgEl, false);
  if (orgEl && org && !isLatin(org) && orgEl.attributes.ascii && orgEl.attributes.ascii !== org) {
    org = latin ? clean(orgEl.attributes.ascii) : org;
  }
  if (name) {
    if (a.attributes.role === 'editor') name += ' (editor)';
    lines.push(name);
    if (org) lines.push(org);
  } else if (org) lines.push(org);
  const address = firstChild(a, 'address');
  if (!address) return lines;
  const emails: string[] = [];
  let emailAt = -1;
  for (const c of address.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'postal': {
        const postalLines = children(c, 'postalLine');
        if (postalLines.length) {
          for (const p of postalLines) lines.push(value(p, latin));
          break;
        }
        const streets: string[] = [];
        for (const x of c.children) {
          if (isElement(x) && (x.name === 'extaddr' || x.name === 'pobox' || x.name === 'street')) {
            const t = value(x, latin);
            if (t) streets.push(t);
          }
        }
        if (!latin && !isLatin(clean(textContent(c))) && /^(jp|japan)$/i.test(value(firstChild(c, 'country'), true))) {
          // Japan's native format, largest unit first: country, 〒code, region and city, streets.
          const country = value(firstChild(c, 'country'), false);
          const code = value(firstChild(c, 'code'), false);
          const area = [value(firstChild(c, 'region'), false), value(firstChild(c, 'city'), false)].filter(Boolean).join('');
          lines.push(...[country, code && `\u3012${code}`, area, ...streets.reverse()].filter(Boolean));
          break;
        }
        if (/^(jp|japan)$/i.test(value(firstChild(c, 'country'), true))) {
          // Japan's Latin format: "%A, %S%n%Z", the region after the last street line.
          const region = value(firstChild(c, 'region'), latin);
          const city = value(firstChild(c, 'city'), latin);
          const last = [streets.pop(), city, region].filter(Boolean).join(', ');
          lines.push(...streets, ...(last ? [last] : []));
          const code = value(firstChild(c, 'code'), latin);
          if (code) lines.push(code);
        } else {
          lines.push(...streets, ...cityLines(c, latin));
        }
        const country = value(firstChild(c, 'country'), latin);
        if (country) lines.push(countryName(country));
        break;
      }
      case 'phone': {
        const t = clean(textContent(c));
        if (t) lines.push(`Phone: ${t}`);
        break;
      }
      case 'facsimile': {
        const t = clean(textContent(c));
        if (t) lines.push(`Fax:   ${t}`);
        break;
      }
      case 'email': {
        const t = clean(textContent(c));
        if (!t) break;
        if (emailAt < 0) {
          emailAt = lines.length;
          lines.push('');
        }
        emails.push(t);
        break;
      }
      case 'uri': {
        const t = clean(textContent(c));
        if (t) lines.push(`URI:   ${t}`);
        break;
      }
    }
  }
  if (emailAt >= 0) lines[emailAt] = `Email: ${emails.join(', ')}`;
  return lines.filter((l, i) => l !== '' || i === emailAt);
}

function needsAscii(a: RfcElement): boolean {
  const name = fullAuthorName(a);
  return !!name && !isLatin(name) && fullAuthorName(a, true) !== name;
}

/** One author's block: Latin lines, then for non-Latin names the original as "Additional contact information". */
export function authorAddress(a: RfcElement): Doc {
  const lines = (l: string[]) => {
    const out: Doc[] = [];
    l.forEach((s, i) => {
      if (i) out.push(hardline);
      out.push(s);
    });
    return concat(...out);
  };
  if (!needsAscii(a)) return lines(authorLines(a));
  const latin = authorLines(a, true);
  const native = authorLines(a, false).filter((l) => !/^(Phone|Fax|Email|URI):/.test(l));
  return concat(lines(latin), blankline, 'Additional contact information:', blankline, indent(3, lines(native)));
}

/**
 * The "Authors' Addresses" (or "Author's Address") section that ends the document: each
 * author of the document's `<front>` with their address, two blank lines apart. Empty when the
 * document has no authors.
 */
export function authorsAddresses(state: TextState): Doc {
  // A prepped document carries the section itself (`<section anchor="authors-addresses">` in
  // `<back>`, its authors rendered by `authorHandler`): nothing to add then.
  const back = firstChild(state.root, 'back');
  if (back?.children.some((c) => isElement(c, 'section') && c.children.some((x) => isElement(x, 'author')))) return '';
  const front = firstChild(state.root, 'front');
  const authors = front ? children(front, 'author') : [];
  if (!authors.length) return '';
  const parts: Doc[] = [authors.length > 1 ? "Authors' Addresses" : "Author's Address", blankline];
  authors.forEach((a, i) => {
    if (i) parts.push(blankline, hardline);
    parts.push(indent(3, authorAddress(a)));
  });
  return concat(...parts);
}

/**
 * Handler for an `<author>` (or `<contact>`) block inside a section, as the prepped
 * "Authors' Addresses" section holds them: the address block, then an extra line when anything
 * follows, so that it stands two blank lines apart as xml2rfc prints them.
 */
export function authorHandler(state: TextState, e: RfcElement): Doc {
  const next = nextElementSibling(state.root, e);
  const block = authorAddress(e);
  // Two blank lines after an address block, whatever follows (elements.xml's Contributors).
  return next ? concat(block, hardline) : block;
}

const parentMaps = new WeakMap<RfcElement, WeakMap<RfcElement, RfcElement>>();

function nextElementSibling(root: RfcElement, e: RfcElement): RfcElement | undefined {
  let parents = parentMaps.get(root);
  if (!parents) {
    const map = new WeakMap<RfcElement, RfcElement>();
    const walk = (n: RfcElement) => {
      for (const c of n.children) {
        if (!isElement(c)) continue;
        map.set(c, n);
        walk(c);
      }
    };
    walk(root);
    parentMaps.set(root, (parents = map));
  }
  const parent = parents.get(e);
  if (!parent) return undefined;
  const siblings = parent.children.filter((c): c is RfcElement => isElement(c));
  return siblings[siblings.indexOf(e) + 1];
}
