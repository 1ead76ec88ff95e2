import type { RfcElement, RfcNode } from '../../tree/nodes.js';
import { textContent } from '../../tree/nodes.js';
import { noBreak } from './fill.js';
import { unicodeName } from './unicode-name.js';
import type { TextState } from './state.js';

type Piece = string | ReturnType<typeof noBreak>;

/**
 * Starts a `<cref>` line. Its text is what joins it into one-line contexts (a heading, the
 * TOC); a filled paragraph prints the line and its continuations after "// " instead.
 */
export const CREF_START = noBreak('// ');

/**
 * Inline content as fill input, the way xml2rfc's text writer words it: emphasis as `_x_`,
 * strong as `*x*`, code and bcp14 as written, xrefs as their derived text ("Section 3",
 * "[RFC2119]"), erefs as "text (URL)" or "<URL>", line breaks kept.
 */
export function inline(state: TextState, nodes: readonly RfcNode[]): Piece[] {
  const out: Piece[] = [];
  const rfc = !!state.root.attributes.number;
  for (const n of nodes) {
    if (n.type === 'text') out.push(...(rfc ? keepUrls(n.value) : [n.value]));
    else if (n.type === 'element') out.push(...element(state, n));
  }
  return out;
}

/** An address written as plain text: scheme, `://`, then up to white space or a bracket. */
const PLAIN_URL = /\bhttps?:\/\/[^\s<>()[\]"]+/g;

/**
 * In an RFC, xml2rfc never breaks an address written in the text, as it never breaks an eref
 * (the boilerplate's "(https://trustee.ietf.org/license-info)" moves to the next line whole,
 * where a draft breaks it after "org/").
 */
function keepUrls(text: string): Piece[] {
  if (!text.includes('://')) return [text];
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(PLAIN_URL)) {
    // A sentence's full stop after an address is not part of it.
    const url = m[0].replace(/[.,;:!?]+$/, '');
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(noBreak(url));
    last = m.index + url.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function element(state: TextState, e: RfcElement): Piece[] {
  switch (e.name) {
    case 'em': return marked('_', inline(state, e.children), '_');
    case 'strong': return marked('*', inline(state, e.children), '*');
    case 'tt': case 'bcp14': case 'span': return inline(state, e.children);
    // Plain text has no raised or lowered letters: xml2rfc writes 2^10 and H_2O.
    case 'sup': return outside(inline(state, e.children), (c) => script('^', c));
    case 'sub': return outside(inline(state, e.children), (c) => script('_', c));
    case 'xref': return xref(state, e);
    case 'eref': return eref(state, e);
    case 'iref': return [];
    // A comment starts a line of its own, each of its lines marked "// " (see `filled`).
    case 'cref': return e.attributes.display === 'false' ? [] : ['\n', CREF_START, ...inline(state, e.children)];
    case 'br': return ['\n'];
    case 'u': return [unicodeText(e)];
    case 'contact': {
      // A non-Latin name is followed by its ASCII form: "奥 一穂 (Kazuho Oku)".
      const a = e.attributes;
      const name = a.fullname || textContent(e);
      const full = a.asciiFullname && a.asciiFullname !== name ? `${name} (${a.asciiFullname})` : name;
      // An initial's period is not a sentence end, and the line does not break after it:
      // "Gary E. Miller" (RFC 9109), as xml2rfc joins it with a no-break space.
      return [full.replace(/\. /g, '.\u00a0')];
    }
    default: return inline(state, e.children);
  }
}

/**
 * White space at the ends of marked-up text goes outside the marks, as xml2rfc prints it:
 * `<em> Emphatically. </em>` is " _Emphatically._ ", never "_ Emphatically. _".
 */
function outside(content: Piece[], wrap: (inner: Piece[]) => Piece[]): Piece[] {
  const inner = [...content];
  let before = '';
  let after = '';
  while (typeof inner[0] === 'string' && /^\s/.test(inner[0])) {
    before = ' ';
    inner[0] = inner[0].trimStart();
    if (inner[0] === '') inner.shift();
  }
  while (inner.length && typeof inner[inner.length - 1] === 'string' && /\s$/.test(inner[inner.length - 1] as string)) {
    after = ' ';
    inner[inner.length - 1] = (inner[inner.length - 1] as string).trimEnd();
    if (inner[inner.length - 1] === '') inner.pop();
  }
  return [before, ...wrap(inner), after].filter((p) => p !== '');
}

function marked(open: string, content: Piece[], close: string): Piece[] {
  return outside(content, (inner) => [open, ...inner, close]);
}

/**
 * `^2`, `^-1`, `_3.2a` or `^(n+1)` as written for a signed word or a parenthesised expression;
 * anything else in parentheses: `^(x+y)`, `_(two words)`.
 */
function script(mark: string, content: Piece[]): Piece[] {
  const text = content.map((p) => (typeof p === 'string' ? p : p.noBreak)).join('');
  return /^[+-]?(?:[\p{L}\p{N}]*|\p{N}[\p{N}.]*[\p{L}\p{N}]*|\(.*\))$/u.test(text) ? [mark, ...content] : [`${mark}(`, ...content, ')'];
}

function xref(state: TextState, e: RfcElement): Piece[] {
  const content = textContent(e).trim() ? inline(state, e.children) : [];
  const format = e.attributes.format ?? 'default';
  const derived = e.attributes.derivedContent ?? e.attributes.target;
  const target = state.byId.get(e.attributes.target);
  const isReference = target?.name === 'reference' || target?.name === 'referencegroup';
  // A title is text that may break like any other; labels ("Section 3", "[RFC2119]") may not.
  const title = format === 'title';
  const label: Piece | undefined = !derived ? undefined
    : title ? derived : noBreak(isReference && format !== 'none' ? `[${derived}]` : derived);
  if (e.attributes.section && isReference) {
    const section = /^[A-Z]/.test(e.attributes.section) ? `Appendix ${e.attributes.section}` : `Section ${e.attributes.section}`;
    // Text given with a section names the document: "Section 3 of Some Title [RFC1]".
    const cited: Piece[] = content.length ? [...content, ...(label ? [' ', label] : [])] : label ? [label] : [];
    switch (e.attributes.sectionFormat) {
      case 'comma': return [...cited, ', ', noBreak(section)];
      case 'parens': return [...cited, ' (', noBreak(section), ')'];
      case 'bare': return content.length ? [noBreak(e.attributes.section), ' (', ...content, ')'] : [noBreak(e.attributes.section)];
      default: return [noBreak(section), ' of ', ...cited];
    }
  }
  if (content.length) {
    // Text given in the document stands for itself, followed by the citation in brackets
    // ("text [RFC2119]") or the derived text in parentheses ("text (Section 3)").
    if (format === 'none' || !label) return content;
    if (isReference && !title) return [...content, ' ', label];
    return [...content, ' (', label, ')'];
  }
  return label ? [label] : [];
}

function eref(state: TextState, e: RfcElement): Piece[] {
  const url = e.attributes.target;
  const content = inline(state, e.children);
  // xml2rfc 3.32: a bare address by default, in angle brackets with brackets="angle"; after
  // link text, in parentheses by default and in angle brackets with brackets="angle". Link text
  // that repeats the address is still link text: "X (X)", as xml2rfc prints mmark's autolinks
  // (rfc6303-bis) and kramdown-rfc's (rfc6265bis).
  // It never breaks an address in an RFC; in a draft it may break after its last slash.
  const whole = (u: string) => (state.root.attributes.number ? noBreak(u) : u);
  const angle = e.attributes.brackets === 'angle';
  if (!content.length) return [whole(angle ? `<${url}>` : url)];
  return angle ? [...content, ' ', whole(`<${url}>`)] : [...content, ' (', whole(url), ')'];
}


/**
 * `<u>` (RFC 7997 §3.1, RFC 7991 §2.60): non-ASCII text with its ASCII description, in the
 * element's `format` ("lit-name-num" by default; "num-lit" means "U+0394 ("Δ")"; braces
 * give a template). Names come from a table of the blocks RFC text uses (`unicode-name.ts`).
 */
/** "U+0394". */
function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function unicodeText(e: RfcElement): string {
  const text = textContent(e);
  // Empty (a character XML cannot hold, such as U+000C): nothing to show.
  if (!text) return '';
  const chars = [...text];
  const parts: Record<string, string> = {
    lit: `"${text}"`,
    char: text,
    num: chars.map(codePoint).join(' '),
    ascii: `"${e.attributes.ascii ?? text}"`,
  };
  // A character without a known name shows its code point, as xml2rfc does for control characters.
  parts.name = chars.map((c) => unicodeName(c.codePointAt(0)!) ?? codePoint(c)).join(', ');
  const format = e.attributes.format ?? 'lit-name-num';
  if (format.includes('{')) return format.replace(/\{(\w+)\}/g, (m, k: string) => parts[k] ?? m);
  const [first, ...rest] = format.split('-').map((k) => parts[k] ?? k);
  return rest.length ? `${first} (${rest.join(', ')})` : first;
}
