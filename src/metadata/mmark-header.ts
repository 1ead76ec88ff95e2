import type * as SmolToml from 'smol-toml';
import { lazy } from '../util/lazy.js';
import type { Position } from '../diagnostics/diagnostic.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import { completeNames } from './person.js';
import {
  defaultMetadata, emptyPerson, normaliseCategory, normaliseStream, parseDate,
  type DraftMetadata, type Person,
} from './types.js';

// Only mmark drafts have a TOML header; the CommonJS build is one file.
const toml = lazy<typeof SmolToml>(import.meta.url, 'smol-toml');

const KNOWN = new Set(['title', 'abbrev', 'updates', 'obsoletes', 'seriesinfo', 'ipr', 'area', 'workgroup',
  'keyword', 'author', 'contact', 'date', 'language', 'lang', 'indexinclude', 'docname', 'category',
  'submissiontype', 'consensus', 'pi', 'number', 'tocinclude', 'tocdepth', 'sortrefs', 'symrefs']);

/** TOML keys are matched without regard to case, as mmark's Go decoder does (`Title` = `title`). */
function lower(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(lower);
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k.toLowerCase(), lower(x)]));
  }
  return v;
}

function str(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'object' ? undefined : String(v);
}

function list(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => str(x)).filter((x): x is string => x !== undefined && x !== '');
}

/** Locates `key =` or `[key]` in the header to point messages at it. */
function locate(text: string, startLine: number, key: string): Position {
  const lines = text.split('\n');
  const re = new RegExp(`^\\s*(\\[\\[?\\s*)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const i = lines.findIndex((l) => re.test(l));
  return { start: { line: (i < 0 ? 0 : i) + startLine, column: i < 0 ? 1 : lines[i].search(/\S/) + 1 } };
}

function person(raw: unknown): Person {
  const r = (raw ?? {}) as Record<string, unknown>;
  const a = (r.address ?? {}) as Record<string, unknown>;
  const postal = (a.postal ?? {}) as Record<string, unknown>;
  const p = emptyPerson();
  p.initials = str(r.initials);
  p.surname = str(r.surname);
  p.fullname = str(r.fullname);
  p.asciiFullname = str(r.asciifullname);
  p.asciiInitials = str(r.asciiinitials);
  p.asciiSurname = str(r.asciisurname);
  p.role = str(r.role);
  p.organization = str(r.organization);
  p.organizationAbbrev = str(r.abbrev) ?? str(r.organizationabbrev);
  p.street = [...list(postal.street), ...list(postal.streets)];
  p.city = str(postal.city);
  p.region = str(postal.region);
  p.code = str(postal.code);
  p.country = str(postal.country);
  p.postalLines = list(postal.postalline ?? postal.postallines);
  p.phone = str(a.phone);
  p.facsimile = str(a.facsimile);
  p.email = [...list(a.email), ...list(a.emails)];
  p.uri = str(a.uri);
  return completeNames(p);
}

/**
 * Reads an mmark TOML title block. Unlike mmark, the document name and category are taken
 * from where the author wrote them: `docName` plus a bare `value = "draft-20"` make
 * `docName-20`, and `category` is used when `[seriesInfo] status` is absent.
 */
export function readMmarkHeader(text: string, startLine: number, reporter: Reporter): DraftMetadata {
  const meta = defaultMetadata();
  meta.indexInclude = true;
  let raw: Record<string, unknown>;
  try {
    raw = lower(toml().parse(text)) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof toml().TomlError) {
      reporter.error('toml-syntax', `invalid TOML in the title block: ${e.message.split('\n')[0].replace(/^Invalid TOML document: /, '')}`,
        { line: e.line + startLine - 1, column: e.column }, 'fix the TOML syntax: strings need double quotes, tables are [name]');
    } else {
      reporter.error('toml-syntax', `cannot read the title block: ${(e as Error).message}`, { line: startLine, column: 1 });
    }
    return meta;
  }

  for (const key of Object.keys(raw)) {
    if (!KNOWN.has(key)) {
      reporter.warn('unknown-header-key', `title block key "${key}" is not used`, locate(text, startLine, key),
        'check the spelling; see the metadata format in spec/ for the keys draftsmith reads');
    }
  }
  const expectString = (key: string): string | undefined => {
    const v = raw[key];
    if (v === undefined) return undefined;
    if (typeof v === 'object' && !(v instanceof Date)) {
      reporter.error('header-type', `title block key "${key}" must be a single value`, locate(text, startLine, key),
        `write it as ${key} = "text"`);
      return undefined;
    }
    return str(v);
  };

  meta.title = expectString('title');
  meta.abbrev = expectString('abbrev');
  meta.ipr = expectString('ipr') ?? meta.ipr;
  meta.area = list(raw.area);
  meta.workgroup = list(raw.workgroup).filter((w) => w.trim() !== '');
  meta.keyword = list(raw.keyword);
  meta.updates = list(raw.updates);
  meta.obsoletes = list(raw.obsoletes);
  meta.lang = expectString('language') ?? expectString('lang');
  if (raw.consensus !== undefined) meta.consensus = raw.consensus === true || raw.consensus === 'true';
  if (raw.indexinclude !== undefined) meta.indexInclude = raw.indexinclude === true || raw.indexinclude === 'true';
  if (raw.tocinclude !== undefined) meta.tocInclude = raw.tocinclude === true || raw.tocinclude === 'true';
  if (raw.tocdepth !== undefined) meta.tocDepth = str(raw.tocdepth);
  if (raw.sortrefs !== undefined) meta.sortRefs = raw.sortrefs === true || raw.sortrefs === 'true';
  if (raw.symrefs !== undefined) meta.symRefs = raw.symrefs === true || raw.symrefs === 'true';
  if (raw.number !== undefined) meta.number = str(raw.number);
  if (raw.date !== undefined) {
    meta.date = parseDate(raw.date);
    if (!meta.date) reporter.error('header-value', `cannot read the date "${str(raw.date)}"`, locate(text, startLine, 'date'),
      'write the date as 2024-05-01T00:00:00Z or 2024-05-01');
  }

  const explicitCategory = expectString('category');
  const docName = expectString('docname');
  const series = Array.isArray(raw.seriesinfo) ? raw.seriesinfo : raw.seriesinfo ? [raw.seriesinfo] : [];
  let status: string | undefined;
  for (const si of series as Record<string, unknown>[]) {
    const name = str(si.name) ?? 'Internet-Draft';
    let value = str(si.value) ?? '';
    if (name === 'Internet-Draft') {
      // mmark takes the document name from `value` alone; authors often write only the
      // revision there ("draft-20") and the name in `docName`.
      const rev = /^(?:draft-)?(\d{2})$/.exec(value);
      if (rev && docName) value = `${docName.replace(/-\d{2}$/, '')}-${rev[1]}`;
      else if (!value && docName) value = docName;
      meta.docName = value;
    } else if (name === 'RFC') {
      meta.number = value;
    }
    meta.seriesInfo.push({ name, value, stream: str(si.stream), status: str(si.status) });
    if (si.stream !== undefined && !normaliseStream(str(si.stream))) {
      reporter.error('header-value', `unknown stream "${str(si.stream)}"`, locate(text, startLine, 'stream'),
        'use one of IETF, IAB, IRTF, independent, editorial');
    }
    if (si.status !== undefined && !normaliseCategory(str(si.status))) {
      reporter.error('header-value', `unknown status "${str(si.status)}"`, locate(text, startLine, 'status'),
        'use one of standard, informational, experimental, bcp, historic');
    }
    status ??= str(si.status);
    const stream = normaliseStream(str(si.stream));
    if (stream) meta.submissionType = stream;
  }
  if (!meta.docName && docName) meta.docName = docName;
  const submissionRaw = expectString('submissiontype');
  const submission = normaliseStream(submissionRaw);
  if (submissionRaw && !submission) {
    reporter.error('header-value', `unknown submissionType "${submissionRaw}"`, locate(text, startLine, 'submissiontype'),
      'use one of IETF, IAB, IRTF, independent, editorial');
  }
  if (submission && !series.some((si) => (si as Record<string, unknown>).stream)) meta.submissionType = submission;
  meta.category = normaliseCategory(status) ?? normaliseCategory(explicitCategory);
  if (explicitCategory && !normaliseCategory(explicitCategory)) {
    reporter.error('header-value', `unknown category "${explicitCategory}"`, locate(text, startLine, 'category'),
      'use one of std, bcp, info, exp, historic');
  }

  meta.authors = (Array.isArray(raw.author) ? raw.author : raw.author ? [raw.author] : []).map(person);
  meta.contributors = (Array.isArray(raw.contact) ? raw.contact : raw.contact ? [raw.contact] : []).map(person);
  if (raw.pi && typeof raw.pi === 'object') {
    for (const [k, v] of Object.entries(raw.pi as Record<string, unknown>)) {
      const on = v === true || v === 'yes' || v === 'true';
      if (k === 'toc') meta.tocInclude = on;
      else if (k === 'sortrefs') meta.sortRefs = on;
      else if (k === 'symrefs') meta.symRefs = on;
      else if (k === 'tocdepth') meta.tocDepth = String(v);
      else meta.pi[k] = String(v);
    }
  }
  return meta;
}
