import type { MarkdownIt, StateInline } from 'markdown-it';
import { MAX_SPAN, type SpanSyntax } from '../../syntax/inline-span/tokenize.js';

/** Token type of a dialect span; `meta.kind` names the syntax, `content` is the text between the delimiters. */
export const SPAN_TOKEN = 'ietf_span';

type InlineRule = (state: StateInline, silent: boolean) => boolean;

/**
 * A markdown-it inline rule reading one delimited span whole (`{{RFC2119}}`, `[@RFC2119]`, …),
 * with the accept rules of the micromark construct (src/syntax/inline-span/tokenize.ts): the
 * span runs to the first close delimiter (outside quotes, for syntaxes with quotes) on its
 * line, and is refused, left as text, when `accept` refuses its text or it is longer than
 * MAX_SPAN. The text inside is not parsed as Markdown.
 */
export function spanRule(syntax: SpanSyntax): InlineRule {
  const { open, close } = syntax;
  const first = open.charCodeAt(0);
  // As in the micromark construct: when an opener finds no close before its line ends, no
  // later opener on that line can find one either (unless quotes hid a close). Remembering
  // that, per inline state, keeps a line full of openers (`{{{{{{…`) linear.
  const dead = new WeakMap<StateInline, { from: number; lineEnd: number }>();
  return function ietfSpan(state, silent) {
    const src = state.src;
    const start = state.pos;
    if (src.charCodeAt(start) !== first) return false;
    // micromark's `previous`: the character before, in the same inline content.
    if (syntax.notAfterSame && start > 0 && src.charCodeAt(start - 1) === first) return false;
    const d = dead.get(state);
    if (d && start >= d.from && start < d.lineEnd) return false;
    if (!src.startsWith(open, start)) return false;
    const max = state.posMax;
    const from = start + open.length;
    let quote = 0;
    let pos = from;
    for (; pos < max; pos++) {
      const c = src.charCodeAt(pos);
      if (c === 10) break;
      if (syntax.quotes && (c === 34 || c === 39)) {
        if (quote === 0) quote = c;
        else if (quote === c) quote = 0;
      }
      const closeStart = pos + 1 - close.length;
      if (quote === 0 && closeStart >= from && src.startsWith(close, closeStart)) {
        if (pos + 1 - from > MAX_SPAN) return false;
        const content = src.slice(from, closeStart);
        // micromark hands the construct a tab as white space.
        if (!syntax.accept(content.includes('\t') ? content.replace(/\t/g, ' ') : content)) return false;
        if (!silent) {
          const token = state.push(SPAN_TOKEN, '', 0);
          token.content = content;
          token.meta = { kind: syntax.name };
        }
        state.pos = pos + 1;
        return true;
      }
      // Inside quotes past MAX_SPAN no close can be accepted any more: stop (the line is not
      // known dead then, as in micromark), so that a line of quoted openers is not quadratic.
      if (quote !== 0 && pos - from > MAX_SPAN + close.length) return false;
    }
    // Dead only when the line (not a link label's end) stopped the scan.
    if (quote === 0 && (pos < max || max === src.length)) {
      let lineEnd = src.indexOf('\n', start);
      if (lineEnd < 0) lineEnd = src.length;
      dead.set(state, { from: start, lineEnd });
    }
    return false;
  };
}

/** Adds the rules for a dialect's spans, before the built-in rules (escapes, code, emphasis, links…). */
export function useSpans(md: MarkdownIt, spans: SpanSyntax[]): void {
  for (const s of spans) md.inline.ruler.before('escape', `ietf_${s.name}`, spanRule(s));
}
