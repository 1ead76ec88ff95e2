import type { Reporter } from '../diagnostics/diagnostic.js';
import { referenceFromYaml } from '../bibxml/from-yaml.js';
import { isLibraryName } from '../bibxml/library.js';
import { completeNames, KRAMDOWN_INITIALS_JOINER, splitIns } from './person.js';
import {
  defaultMetadata, emptyPerson, normaliseCategory, normaliseStream, parseDate,
  type DraftMetadata, type Person,
} from './types.js';
import { YamlSource } from './yaml-source.js';

/**
 * Header keys kramdown-rfc users rely on, and the keys we accept but have nothing to do with
 * (kept quiet so they do not drown real mistakes in warnings).
 */
const KNOWN = new Set([
  'title', 'abbrev', 'docname', 'category', 'cat', 'ipr', 'submissiontype', 'stream', 'consensus',
  'area', 'wg', 'workgroup', 'kw', 'keyword', 'date', 'updates', 'obsoletes', 'number', 'lang',
  'author', 'contributor', 'normative', 'informative', 'venue', 'pi', 'entity', 'abstract',
  'kramdown_options', 'tocdepth', 'tocinclude',
  'sortrefs', 'symrefs', 'indexinclude',
]);
/**
 * Keys for kramdown-rfc's own processing (reference fetching modes, output encoding, the XML
 * version, i-d-template's helpers) that have no meaning for draftsmith's output; they are
 * accepted quietly so that existing drafts build without noise.
 */
const IGNORED = new Set(['stand_alone', 'coding', 'v', 'github-issue-label', 'bibxml', 'rfcedstyle',
  'docmapping', 'tagline', 'autolink_iref_cleanup', 'ipr-extract', 'xml', 'toc_levels', 'smart_quotes']);

const AUTHOR_KEYS = new Set(['ins', 'initials', 'surname', 'name', 'fullname', 'asciiName', 'ascii',
  'asciiFullname', 'asciiInitials', 'asciiSurname', 'org', 'organization', 'orgascii', 'orgabbrev',
  'abbrev', 'role', 'street', 'city', 'region', 'code', 'country', 'phone', 'fax', 'facsimile',
  'email', 'uri', 'contribution', 'postal', 'postalline']);

const PI_TO_ATTRIBUTE: Record<string, 'tocInclude' | 'sortRefs' | 'symRefs'> = {
  toc: 'tocInclude', sortrefs: 'sortRefs', symrefs: 'symRefs',
};

function str(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') return undefined;
  return String(v);
}

function list(v: unknown): string[] {
  if (v === null || v === undefined || v === '') return [];
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => !!x);
  const s = str(v);
  return s ? s.split(/\s*,\s*/).filter(Boolean) : [];
}

function yes(v: unknown): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  const s = String(v).toLowerCase();
  if (['yes', 'true', '1', 'on'].includes(s)) return true;
  if (['no', 'false', '0', 'off'].includes(s)) return false;
  return undefined;
}

/** Reads one author or contributor entry with kramdown-rfc's flat keys. */
export function readPerson(raw: unknown, where: (string | number)[], src: YamlSource, reporter: Reporter): Person {
  const p = emptyPerson();
  p.position = src.positionOf(where);
  if (typeof raw === 'string') {
    p.fullname = raw;
    return completeNames(p, KRAMDOWN_INITIALS_JOINER);
  }
  if (!raw || typeof raw !== 'object') return p;
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!AUTHOR_KEYS.has(key)) {
      reporter.warn('unknown-header-key', `author key "${key}" is not used`, src.positionOf([...where, key]),
        `known author keys: ${[...AUTHOR_KEYS].slice(0, 20).join(', ')}, …`);
    }
  }
  if (r.ins) Object.assign(p, splitIns(String(r.ins)));
  p.initials = str(r.initials) ?? p.initials;
  p.surname = str(r.surname) ?? p.surname;
  p.fullname = str(r.name) ?? str(r.fullname);
  p.asciiFullname = str(r.asciiName) ?? str(r.asciiFullname) ?? str(r.ascii);
  p.asciiInitials = str(r.asciiInitials);
  p.asciiSurname = str(r.asciiSurname);
  p.role = str(r.role);
  p.organization = str(r.org) ?? str(r.organization);
  p.organizationAscii = str(r.orgascii);
  p.organizationAbbrev = str(r.orgabbrev) ?? str(r.abbrev);
  p.street = Array.isArray(r.street) ? list(r.street) : list(r.street ? [r.street] : []);
  p.postalLines = list(r.postal ?? r.postalline);
  p.city = str(r.city);
  p.region = str(r.region);
  p.code = str(r.code);
  p.country = str(r.country);
  p.phone = str(r.phone);
  p.facsimile = str(r.fax) ?? str(r.facsimile);
  p.email = Array.isArray(r.email) ? list(r.email) : r.email ? [String(r.email)] : [];
  p.uri = str(r.uri);
  p.contribution = str(r.contribution);
  if (!p.fullname && !p.surname && !p.organization) {
    reporter.warn('empty-author', 'author entry has neither name nor organization', p.position,
      'give at least `name:` (and `ins:` for initials and surname)');
  }
  return completeNames(p, KRAMDOWN_INITIALS_JOINER);
}

function persons(v: unknown, key: string, src: YamlSource, reporter: Reporter): Person[] {
  if (v === undefined || v === null) return [];
  const items = Array.isArray(v) ? v : [v];
  return items.map((item, i) => readPerson(item, Array.isArray(v) ? [key, i] : [key], src, reporter));
}

/**
 * Reads a kramdown-rfc YAML header into draft metadata. Every key it does not use is reported
 * as a warning at its line; values of the wrong kind are errors.
 */
export function readKramdownHeader(text: string, startLine: number, reporter: Reporter): DraftMetadata {
  const meta = defaultMetadata();
  const src = new YamlSource(text, startLine, reporter);
  const value = src.value;
  if (value === null || value === undefined) return meta;
  if (typeof value !== 'object' || Array.isArray(value)) {
    reporter.error('header-type', 'the YAML header must be a mapping of keys to values',
      { line: startLine, column: 1 }, 'write `key: value` lines, e.g. `title: My Protocol`');
    return meta;
  }
  const h = value as Record<string, unknown>;
  /** How the author spelled a key (`docName` for `docname`), to point messages at it. */
  const spelled = new Map<string, string>();
  const at = (key: string) => src.positionOf([spelled.get(key) ?? key]);
  const expectString = (key: string): string | undefined => {
    const v = h[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'object' && !(v instanceof Date)) {
      reporter.error('header-type', `header key "${spelled.get(key) ?? key}" must be a single value, not a ${Array.isArray(v) ? 'list' : 'mapping'}`,
        at(key), `write it as \`${spelled.get(key) ?? key}: text\``);
      return undefined;
    }
    return str(v);
  };

  for (const key of Object.keys(h)) {
    if (KNOWN.has(key) || IGNORED.has(key)) continue;
    if (KNOWN.has(key.toLowerCase())) {
      h[key.toLowerCase()] ??= h[key];
      spelled.set(key.toLowerCase(), key);
      continue;
    }
    reporter.warn('unknown-header-key', `header key "${key}" is not used`, src.positionOf([key]),
      'check the spelling; see the metadata format in spec/ for the keys draftsmith reads');
  }

  meta.title = expectString('title');
  meta.abbrev = expectString('abbrev');
  meta.docName = expectString('docname');
  const cat = expectString('category') ?? expectString('cat');
  if (cat) {
    meta.category = normaliseCategory(cat);
    if (!meta.category) {
      reporter.error('header-value', `unknown category "${cat}"`, src.positionOf([h.category !== undefined ? 'category' : 'cat']),
        'use one of std, bcp, info, exp, historic');
    }
  }
  meta.ipr = expectString('ipr') ?? meta.ipr;
  const stream = expectString('submissiontype') ?? expectString('stream');
  if (stream) {
    const s = normaliseStream(stream);
    if (s) meta.submissionType = s;
    else reporter.error('header-value', `unknown stream "${stream}"`, src.positionOf([h.submissiontype !== undefined ? 'submissiontype' : 'stream']),
      'use one of IETF, IAB, IRTF, independent, editorial');
  }
  meta.consensus = yes(h.consensus);
  meta.lang = expectString('lang');
  meta.area = list(h.area);
  meta.workgroup = list(h.workgroup ?? h.wg);
  meta.keyword = Array.isArray(h.keyword ?? h.kw) ? list(h.keyword ?? h.kw) : list(h.keyword ?? h.kw);
  // i-d-template writes `date: {DATE}` and fills in the day of the build: that is our default.
  const buildDate = h.date === '{DATE}' || (h.date !== null && typeof h.date === 'object' && !Array.isArray(h.date) && !(h.date instanceof Date)
    && Object.keys(h.date).length === 1 && 'DATE' in (h.date as object) && (h.date as Record<string, unknown>).DATE === null);
  if (h.date !== undefined && h.date !== null && !buildDate) {
    meta.date = parseDate(h.date);
    if (!meta.date) {
      reporter.error('header-value', `cannot read the date ${JSON.stringify(h.date)}`, src.positionOf(['date']),
        'write the date as YYYY-MM-DD, YYYY-MM or YYYY');
    }
  }
  meta.updates = list(h.updates).map((x) => x.replace(/^RFC\s*/i, ''));
  meta.obsoletes = list(h.obsoletes).map((x) => x.replace(/^RFC\s*/i, ''));
  meta.number = expectString('number');
  meta.authors = persons(h.author, 'author', src, reporter);
  meta.contributors = persons(h.contributor, 'contributor', src, reporter);
  if (typeof h.abstract === 'string') meta.abstract = h.abstract;

  if (h.venue && typeof h.venue === 'object') {
    meta.venue = Object.fromEntries(Object.entries(h.venue as Record<string, unknown>)
      .map(([k, v]) => [k, str(v) ?? '']));
  }

  readPis(h.pi, meta);
  meta.tocInclude = yes(h.tocinclude) ?? meta.tocInclude;
  meta.sortRefs = yes(h.sortrefs) ?? meta.sortRefs;
  meta.symRefs = yes(h.symrefs) ?? meta.symRefs;
  meta.indexInclude = yes(h.indexinclude) ?? meta.indexInclude;
  if (h.tocdepth !== undefined) meta.tocDepth = str(h.tocdepth);

  if (h.entity && typeof h.entity === 'object') {
    for (const [k, v] of Object.entries(h.entity as Record<string, unknown>)) meta.entities[k] = str(v) ?? '';
  }
  const ko = h.kramdown_options as Record<string, unknown> | undefined;
  if (ko && typeof ko === 'object' && typeof ko.auto_id_prefix === 'string') meta.autoIdPrefix = ko.auto_id_prefix;

  for (const section of ['normative', 'informative'] as const) {
    const refs = h[section];
    if (refs === undefined || refs === null) continue;
    if (typeof refs !== 'object' || Array.isArray(refs)) {
      reporter.error('header-type', `"${section}" must be a mapping of reference anchors`, src.positionOf([section]),
        `write each reference as \`  RFC2119:\` on its own line under \`${section}:\``);
      continue;
    }
    for (const [anchor, spec] of Object.entries(refs as Record<string, unknown>)) {
      const position = src.positionOf([section, anchor]);
      if (spec === null || spec === undefined || spec === '') {
        meta.references.push({ anchor, section, position });
      } else if (typeof spec === 'string' || typeof spec === 'number') {
        // `TCP: RFC0793` renames a library entry; `RFC8259: json` gives it a short name
        // for `{{-json}}` citations.
        const v = String(spec);
        if (isLibraryName(v)) meta.references.push({ anchor, section, libraryName: v, position });
        else meta.references.push({ anchor, section, position, shortName: v });
      } else if (typeof spec === 'object' && !Array.isArray(spec) && !('title' in spec)) {
        // No title: a library entry with extras, e.g. `RFC9110: {display: HTTP}`.
        const { '-': short, display, ...rest } = spec as Record<string, unknown>;
        for (const k of Object.keys(rest)) {
          reporter.warn('reference-entry', `reference key "${k}" is not used (an entry without a title is looked up in the citation library)`,
            src.positionOf([section, anchor, k]), 'give the entry a title to define it here, or remove the key');
        }
        meta.references.push({ anchor, section, position, shortName: short === undefined ? undefined : String(short),
          display: display === undefined || display === null ? undefined : String(display) });
      } else if (typeof spec === 'object' && !Array.isArray(spec)) {
        const { '-': short, display, ...fields } = spec as Record<string, unknown>;
        const entry = referenceFromYaml(anchor, fields, (msg, key) =>
          reporter.warn('reference-entry', msg, src.positionOf(key ? [section, anchor, key] : [section, anchor])));
        meta.references.push({ anchor, section, entry, position, shortName: short === undefined ? undefined : String(short),
          display: display === undefined || display === null ? undefined : String(display) });
      } else {
        reporter.error('header-type', `reference "${anchor}" must be empty, a library name or a mapping`, position,
          'write `RFC2119:` (from the library), `TCP: RFC0793` (renamed) or a mapping with title, author, date');
      }
    }
  }
  return meta;
}

/** kramdown-rfc `pi:` as a list of names (each "yes") or a mapping. */
function readPis(pi: unknown, meta: DraftMetadata): void {
  if (!pi) return;
  const entries: [string, string][] = Array.isArray(pi)
    ? pi.map((name) => [String(name), 'yes'])
    : typeof pi === 'object'
      ? Object.entries(pi as Record<string, unknown>).map(([k, v]) => [k, v === true ? 'yes' : v === false ? 'no' : String(v ?? 'yes')])
      : [];
  for (const [name, v] of entries) {
    const attr = PI_TO_ATTRIBUTE[name.toLowerCase()];
    if (attr) meta[attr] = yes(v) ?? true;
    else if (name.toLowerCase() === 'tocdepth') meta.tocDepth = v;
    else meta.pi[name] = v;
  }
}
