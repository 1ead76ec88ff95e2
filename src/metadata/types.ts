import type { Position } from '../diagnostics/diagnostic.js';
import type { RfcElement } from '../tree/nodes.js';
import { MONTH_NAMES } from '../util/month-names.js';

/** A person on the front page (author) or in the Contributors section (contact). */
export interface Person {
  initials?: string;
  surname?: string;
  fullname?: string;
  asciiFullname?: string;
  asciiInitials?: string;
  asciiSurname?: string;
  role?: string;
  organization?: string;
  organizationAbbrev?: string;
  organizationAscii?: string;
  /** Postal lines: street lines, then city/region/code/country. */
  street: string[];
  city?: string;
  region?: string;
  code?: string;
  country?: string;
  postalLines: string[];
  phone?: string;
  facsimile?: string;
  email: string[];
  uri?: string;
  /** Markdown text describing what a contributor did (kramdown-rfc `contribution`). */
  contribution?: string;
  position?: Position;
}

export interface DateParts {
  year?: string;
  month?: string;
  day?: string;
}

/**
 * How one reference key is to be listed: which section it goes to, where its entry comes from
 * (an inline entry from the source, or a bibxml library name), and where it was declared.
 */
export interface ReferenceDeclaration {
  /** The anchor the document cites it by. */
  anchor: string;
  section?: 'normative' | 'informative';
  /** The citation library name to look up when it differs from the anchor (`TCP: RFC0793`). */
  libraryName?: string;
  /** A complete `<reference>`/`<referencegroup>` element given in the source. */
  entry?: RfcElement;
  /** kramdown-rfc short name: `RFC8259: json` lets the text cite it as `{{-json}}`. */
  shortName?: string;
  /** The label to print instead of the anchor (`<displayreference>`). */
  display?: string;
  position?: Position;
}

export interface SeriesInfo {
  name: string;
  value: string;
  stream?: string;
  status?: string;
}

/**
 * The document metadata of a draft, as both dialects' headers express it, with defaults
 * filled in one place ({@link defaultMetadata}).
 */
export interface DraftMetadata {
  title?: string;
  abbrev?: string;
  /** `draft-foo-bar-03`; an editor's copy keeps `-latest`. */
  docName?: string;
  /** RFC number, for documents being published as RFCs. */
  number?: string;
  category?: string;
  ipr: string;
  submissionType: string;
  consensus?: boolean;
  lang?: string;
  area: string[];
  workgroup: string[];
  keyword: string[];
  date?: DateParts;
  updates: string[];
  obsoletes: string[];
  seriesInfo: SeriesInfo[];
  authors: Person[];
  contributors: Person[];
  references: ReferenceDeclaration[];
  /** Discussion venue (kramdown-rfc `venue`: group, type, mail, arch, github, latest). */
  venue?: Record<string, string>;
  /** Processing instructions that have no v3 attribute equivalent. */
  pi: Record<string, string>;
  tocInclude?: boolean;
  tocDepth?: string;
  sortRefs?: boolean;
  symRefs?: boolean;
  indexInclude?: boolean;
  /** Plain-text entities defined in the header (kramdown-rfc `entity`), expanded as `{{&name}}`. */
  entities: Record<string, string>;
  /** Prefix for automatically derived section anchors (kramdown `auto_id_prefix`). */
  autoIdPrefix: string;
  /** Markdown for the abstract, when the header carries it (CommonMark front matter). */
  abstract?: string;
}

export function defaultMetadata(): DraftMetadata {
  return {
    ipr: 'trust200902',
    submissionType: 'IETF',
    area: [],
    workgroup: [],
    keyword: [],
    updates: [],
    obsoletes: [],
    seriesInfo: [],
    authors: [],
    contributors: [],
    references: [],
    pi: {},
    entities: {},
    autoIdPrefix: '',
  };
}

export function emptyPerson(): Person {
  return { street: [], postalLines: [], email: [] };
}

const CATEGORY_ALIASES: Record<string, string> = {
  std: 'std', standard: 'std', 'standards-track': 'std', 'proposed-standard': 'std', 'full-standard': 'std',
  'internet-standard': 'std', 'draft-standard': 'std',
  info: 'info', informational: 'info',
  exp: 'exp', experimental: 'exp',
  bcp: 'bcp', historic: 'historic',
};

/** Normalises a category or seriesInfo status to the v3 `category` value, or undefined. */
export function normaliseCategory(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return CATEGORY_ALIASES[value.trim().toLowerCase()];
}

const STREAMS: Record<string, string> = {
  ietf: 'IETF', iab: 'IAB', irtf: 'IRTF', independent: 'independent', editorial: 'editorial',
};

export function normaliseStream(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return STREAMS[value.trim().toLowerCase()];
}


/** Reads `2021-01-14`, `2021-01`, `2021`, `January 2021`, or a Date into date parts. */
export function parseDate(value: unknown): DateParts | undefined {
  if (value === null || value === undefined || value === false || value === '') return undefined;
  if (value instanceof Date) {
    return { year: String(value.getUTCFullYear()), month: MONTH_NAMES[value.getUTCMonth()], day: String(value.getUTCDate()) };
  }
  // Commas are noise here: `10 February, 2017`, `October 2016,` (rfc8446bis references).
  const s = String(value).replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$/.exec(s);
  if (m) {
    const parts: DateParts = { year: m[1] };
    if (m[2]) parts.month = MONTH_NAMES[Number(m[2]) - 1];
    if (m[3]) parts.day = String(Number(m[3]));
    return parts;
  }
  m = /^(?:(\d{1,2})\s+)?([A-Za-z]+)\s*(\d{4})$/.exec(s);
  if (m) {
    const month = MONTH_NAMES.find((x) => x.toLowerCase().startsWith(m![2].toLowerCase().slice(0, 3)));
    if (month) return { year: m[3], month, day: m[1] ? String(Number(m[1])) : undefined };
  }
  return undefined;
}

/** The date parts for an ISO date string such as the `--date` option. */
export function isoToDateParts(iso: string): DateParts | undefined {
  return parseDate(iso);
}
