import { isElement, textContent, type RfcElement } from '../../tree/nodes.js';
import { unicodeName } from '../../writers/text/unicode-name.js';
import type { CheckContext, Place, Rule } from '../rule.js';
import { titleOf } from './util.js';

/** Running text: where RFC 7997 wants ASCII, or the character spelled out with `<u>`. */
const PROSE = new Set(['t', 'li', 'dd', 'dt', 'td', 'th', 'name']);

/**
 * Where RFC 7997 (§3) lets non-ASCII characters stand as they are: `<u>` (which prints the
 * code point beside them), code and art (examples), authors' names and addresses, and the
 * reference lists (names and titles of cited works).
 */
const EXEMPT = new Set(['u', 'sourcecode', 'artwork', 'artset', 'contact', 'author', 'references', 'reference', 'referencegroup', 'svg']);

/** Sections that are lists of people, whose names RFC 7997 §3.2 lets be written as they are. */
const PEOPLE = /^(\d+(\.\d+)*\.?\s+)?(acknowledge?ments?|contributors|contributing authors|authors?)\b/i;

/**
 * What the text writer prints as ASCII anyway: the no-break spaces and the other Unicode spaces
 * become spaces, the line and paragraph separators (which xml2rfc documents use for line
 * breaks) break the line, the no-break hyphen is a hyphen, and the zero-width space, word
 * joiner and BOM disappear.
 */
const RENDERED_AS_ASCII = /[\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\u2011\u2060\ufeff]/u;

/** Quotes, dashes and the ellipsis: typography with a plain ASCII equivalent. */
const TYPOGRAPHY: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2012': '-', '\u2013': '-', '\u2014': '--', '\u2015': '--', '\u2212': '-',
  '\u2026': '...', '\u00ad': '',
};

function reported(ch: string): boolean {
  return ch.codePointAt(0)! > 0x7f && !RENDERED_AS_ASCII.test(ch);
}

function describe(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const name = unicodeName(cp);
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}${name ? ` ${name}` : ''}`;
}

interface Finding {
  chars: string[];
  /** The prose element, or its nearest ancestor with a position. */
  at: RfcElement;
  /** The first reported character's text around it (one line, for finding it in the source). */
  snippet: string;
}

/**
 * Whether the paragraph gives the character's code point (RFC 7997 §3.4: a character the
 * text needs comes with its name or code point, "U+0394"): then it may stand as it is.
 */
function spelledOut(paragraph: string, ch: string): boolean {
  const hex = ch.codePointAt(0)!.toString(16);
  return new RegExp(`U\\+0*${hex}\\b`, 'i').test(paragraph);
}

/** Each prose element holding a non-ASCII character outside `<u>`, with the characters found in it. */
function findings(root: RfcElement): Map<RfcElement, Finding> {
  const out = new Map<RfcElement, Finding>();
  const texts = new Map<RfcElement, string>();
  const textOf = (e: RfcElement) => texts.get(e) ?? texts.set(e, textContent(e)).get(e)!;
  const walk = (e: RfcElement, prose: { e: RfcElement; at: RfcElement } | undefined, at: RfcElement) => {
    if (EXEMPT.has(e.name)) return;
    if (e.name === 'section' && PEOPLE.test(titleOf(e))) return;
    const here = e.position ? e : at;
    // The innermost prose element gets the finding: a paragraph inside a list item, not the item.
    const own = PROSE.has(e.name) ? { e, at: here } : prose;
    for (const c of e.children) {
      if (isElement(c)) walk(c, own, here);
      else if (c.type === 'text' && own) {
        for (const [i, ch] of [...c.value].entries()) {
          if (!reported(ch) || spelledOut(textOf(own.e), ch)) continue;
          const entry = out.get(own.e) ?? { chars: [], at: own.at, snippet: snippet([...c.value], i) };
          if (!entry.chars.includes(ch)) entry.chars.push(ch);
          out.set(own.e, entry);
        }
      }
    }
  };
  walk(root, undefined, root);
  return out;
}

/** Up to eight characters either side of `chars[i]`, within its line of text. */
function snippet(chars: string[], i: number): string {
  let from = i;
  let to = i + 1;
  while (from > 0 && i - from < 8 && !/[\n\r]/.test(chars[from - 1])) from--;
  while (to < chars.length && to - i < 9 && !/[\n\r]/.test(chars[to])) to++;
  return chars.slice(from, to).join('');
}

/**
 * Where a piece of an element's text is in the source: `snippet` (a run of its text on one
 * line), searched for from the element's first line (to its last, where the tree knows it; an
 * element without a position of its own passes its nearest ancestor's), pointing at `index`
 * within it. Lines are the tree's (counted in the text with includes expanded), read in the
 * file through the line map; the element, where the text is not found as written (an entity,
 * markup inside, an included file).
 */
export function textPlace(ctx: CheckContext, at: RfcElement, snippet: string, index: number): Place {
  const pos = at.position;
  if (!pos || !snippet) return at;
  const lines = ctx.source.split('\n');
  const count = ctx.lineMap?.length ?? lines.length;
  const last = Math.min(count, pos.end?.line ?? count);
  for (let i = pos.start.line - 1; i < last; i++) {
    const mapped = ctx.lineMap?.[i];
    if (mapped && mapped.file !== ctx.file) continue;
    const k = (lines[mapped ? mapped.line - 1 : i] ?? '').indexOf(snippet);
    if (k >= 0) return { start: { line: i + 1, column: k + index + 1 } };
  }
  return at;
}

/** RFC 7997: RFC text is ASCII, except where non-ASCII characters are the point. */
export const nonAscii: Rule = {
  id: 'non-ascii',
  description: 'running text is ASCII, or spells out its non-ASCII characters with <u> (RFC 7997)',
  severity: 'warning',
  docs: 'RFC 7997 allows non-ASCII characters where they are needed: people\'s names and addresses, the titles and '
    + 'authors of references, and examples. In running text a character that matters to the protocol is written '
    + 'with `<u>`, which prints its code point and name beside it so a reader without the glyph can still follow; '
    + 'other text is plain ASCII. Curly quotes, dashes and the ellipsis print as they are in the text output, so '
    + 'they are reported too: write "", \' and -- instead. A character whose code point the paragraph gives '
    + '("U+0394") is not reported (RFC 7997 §3.4), nor are no-break spaces and hyphens, other Unicode spaces, line '
    + 'separators, zero-width spaces and word joiners: they print as ASCII. Acknowledgments and Contributors '
    + 'sections are not checked, since they are lists of names. One finding per paragraph.',
  run(ctx, report) {
    for (const finding of findings(ctx.document.root).values()) {
      const { chars } = finding;
      const typographic = chars.every((ch) => ch in TYPOGRAPHY);
      const list = chars.slice(0, 3).map((ch) => `"${ch}" (${describe(ch)})`).join(', ') + (chars.length > 3 ? `, and ${chars.length - 3} more` : '');
      const hint = typographic
        ? `write ASCII instead: ${chars.map((ch) => `${TYPOGRAPHY[ch] ? `\`${TYPOGRAPHY[ch]}\`` : 'nothing'} for ${ch}`).join(', ')}`
        : 'write the text in ASCII, or put a character the text needs in <u> (RFC 7997 §3.1) so its code point is printed with it';
      report(`non-ASCII ${chars.length > 1 ? 'characters' : 'character'} in running text: ${list}`, textPlace(ctx, finding.at, finding.snippet, finding.snippet.indexOf(chars[0])), hint);
    }
  },
};
