import type { Dialect } from '../markdown/split.js';
import { parseAldDefinition, parseAttributeList } from './attribute-list.js';
import type { SpanSyntax } from './inline-span/tokenize.js';

/** Span kinds, as they appear in `ietfSpan.kind`. */
export const SPAN = {
  kramdownCitation: 'kramdownCitation',
  kramdownIal: 'kramdownIal',
  kramdownIndex: 'kramdownIndex',
  headingId: 'headingId',
  mmarkCitation: 'mmarkCitation',
  mmarkCrossref: 'mmarkCrossref',
  mmarkIndex: 'mmarkIndex',
  mmarkAttributes: 'mmarkAttributes',
  mmarkSub: 'mmarkSub',
  mmarkSup: 'mmarkSup',
} as const;

export const LINE = { kramdownPart: 'kramdownPart', mmarkSpecialHeading: 'mmarkSpecialHeading' } as const;

const KRAMDOWN_SPANS: SpanSyntax[] = [
  { name: SPAN.kramdownCitation, open: '{{', close: '}}', accept: (s) => s.trim() !== '' && !s.includes('{{') },
  {
    name: SPAN.kramdownIal, open: '{:', close: '}', quotes: true,
    // `{: #id}`, `{:ald}`, `{:name: attrs}`, and the extensions `{::boilerplate x}` / `{:/nomarkdown}`.
    accept: (s) => /^:[a-z]/.test(s) || /^\/[a-z]*$/.test(s) || !!parseAttributeList(s) || !!parseAldDefinition(s),
  },
  { name: SPAN.kramdownIndex, open: '(((', close: ')))', accept: (s) => s.trim() !== '' },
  { name: SPAN.headingId, open: '{#', close: '}', accept: (s) => /^[A-Za-z_][\w.:-]*$/.test(s) },
];

const MMARK_SPANS: SpanSyntax[] = [
  // H~2~O and 2^10^: no unescaped spaces inside (write `P~a\ cat~`).
  { name: SPAN.mmarkSub, open: '~', close: '~', notAfterSame: true, accept: (s) => /^(?:[^\s~\\]|\\.)+$/.test(s) },
  { name: SPAN.mmarkSup, open: '^', close: '^', notAfterSame: true, accept: (s) => /^(?:[^\s^\\]|\\.)+$/.test(s) },
  { name: SPAN.mmarkCitation, open: '[@', close: ']', accept: (s) => /^[!?-]?[^\s\]]/.test(s) && !s.includes('[') },
  { name: SPAN.mmarkCrossref, open: '(#', close: ')', accept: (s) => /^[A-Za-z_][\w.:-]*(\s*,.*)?$/.test(s) },
  { name: SPAN.mmarkIndex, open: '(!', close: ')', accept: (s) => /^!?[^\s!)]/.test(s) },
  {
    name: SPAN.mmarkAttributes, open: '{', close: '}', quotes: true,
    accept: (s) => /^(frontmatter|mainmatter|backmatter)$/.test(s) ||
      (/^\s*[#.A-Za-z]/.test(s) && /[#.=]/.test(s) && !!parseAttributeList(s)),
  },
];

/** A line construct: a prefix at the very start of a line, and what may follow it. */
export interface LineSyntax {
  name: string;
  prefix: string;
  accept: (rest: string) => boolean;
}

const KRAMDOWN_LINES: LineSyntax[] = [
  { name: LINE.kramdownPart, prefix: '--- ', accept: (rest) => /^\s*[A-Za-z_][\w-]*\s*$/.test(rest) },
];
const MMARK_LINES: LineSyntax[] = [
  { name: LINE.mmarkSpecialHeading, prefix: '.# ', accept: (rest) => rest.trim() !== '' },
];

/** The dialect's IETF syntax, one table read by both Markdown front ends (micromark and markdown-it). */
export function dialectSyntax(dialect: Dialect): { spans: SpanSyntax[]; lines: LineSyntax[] } {
  return dialect === 'mmark' ? { spans: MMARK_SPANS, lines: MMARK_LINES } : { spans: KRAMDOWN_SPANS, lines: KRAMDOWN_LINES };
}
