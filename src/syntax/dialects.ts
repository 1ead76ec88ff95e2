import type { Extension as MicromarkExtension, Construct } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Dialect } from '../markdown/split.js';
import { parseAldDefinition, parseAttributeList } from './attribute-list.js';
import { spanConstruct, type SpanSyntax } from './inline-span/tokenize.js';
import { spanFromMarkdown } from './inline-span/from-markdown.js';
import { lineConstruct } from './part-marker/tokenize.js';
import { lineFromMarkdown } from './part-marker/from-markdown.js';

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

function spansExtension(spans: SpanSyntax[]): MicromarkExtension {
  const text: Record<number, Construct[]> = {};
  for (const s of spans) {
    const code = s.open.charCodeAt(0);
    (text[code] ??= []).push(spanConstruct(s));
  }
  return { text };
}

const PART_PREFIX = '--- ';
const SPECIAL_PREFIX = '.# ';

/** The micromark and mdast-util-from-markdown extensions for one dialect. */
export function dialectExtensions(dialect: Dialect): { micromark: MicromarkExtension[]; fromMarkdown: FromMarkdownExtension[] } {
  if (dialect === 'mmark') {
    const special = lineConstruct(LINE.mmarkSpecialHeading, SPECIAL_PREFIX, (rest) => rest.trim() !== '');
    return {
      micromark: [spansExtension(MMARK_SPANS), { flow: { 46: [special] } }],
      fromMarkdown: [spanFromMarkdown(MMARK_SPANS), lineFromMarkdown([{ name: LINE.mmarkSpecialHeading, prefix: SPECIAL_PREFIX }])],
    };
  }
  const part = lineConstruct(LINE.kramdownPart, PART_PREFIX, (rest) => /^\s*[A-Za-z_][\w-]*\s*$/.test(rest));
  return {
    micromark: [spansExtension(KRAMDOWN_SPANS), { flow: { 45: [part] } }],
    fromMarkdown: [spanFromMarkdown(KRAMDOWN_SPANS), lineFromMarkdown([{ name: LINE.kramdownPart, prefix: PART_PREFIX }])],
  };
}
