import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, State, TokenizeContext, Effects, TokenType } from 'micromark-util-types';

/** How one delimited inline construct looks: `{{` … `}}`, `[@` … `]`, `(#` … `)`. */
export interface SpanSyntax {
  /** Token type, also the mdast node's `kind`. */
  name: string;
  open: string;
  close: string;
  /** May the span run over a line ending? (No syntax uses it: kramdown-rfc and mmark do not.) */
  multiline?: boolean;
  /** Are `"…"` and `'…'` opaque inside the span, so a close delimiter in them does not end it? */
  quotes?: boolean;
  /** Refuse to open right after the opener's own character (so `~~` stays strikethrough). */
  notAfterSame?: boolean;
  /** Accept or refuse the text between the delimiters; refused spans stay ordinary text. */
  accept: (inner: string) => boolean;
}

/** A multi-line span's text on its second and later lines (no mdast handler: it is inside the span). */
const SPAN_LINE = 'ietfSpanLine' as TokenType;

/** Spans longer than this are not taken as spans. */
export const MAX_SPAN = 4000;

/**
 * Makes a micromark text construct that reads a delimited span whole. The text inside is
 * not parsed as Markdown: it is a citation, an anchor or an attribute list.
 */
export function spanConstruct(syntax: SpanSyntax): Construct {
  // When a span opened at some point of a line finds no close before the line ends, no later
  // opener on that line can find one either: remembering that keeps a line full of openers
  // (`{{{{{{…`) linear instead of quadratic.
  let deadLine = -1;
  let deadFrom = Infinity;
  return { name: syntax.name, tokenize };

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    let index = 0;
    let inner = '';
    let quote: number | null = null;
    const type = syntax.name as TokenType;
    const begin = self.now();
    /** Is a `spanLine` token open (from a line ending inside the span to the next one)? */
    let lineOpen = false;
    let afterLineEnding = false;
    return start;

    // {{RFC2119}}
    // ^
    function start(code: Code): State | undefined {
      if (!syntax.multiline && begin.line === deadLine && begin.offset >= deadFrom) return nok(code);
      if (syntax.notAfterSame && self.previous === syntax.open.charCodeAt(0)) return nok(code);
      effects.enter(type);
      return opening(code);
    }

    /** No close on this line: remember it (quotes can hide a close, so not then). */
    function dead(code: Code): State | undefined {
      if (!syntax.multiline && quote === null) {
        deadLine = begin.line;
        deadFrom = begin.offset;
      }
      return nok(code);
    }

    // {{RFC2119}}
    //  ^
    function opening(code: Code): State | undefined {
      if (code !== syntax.open.charCodeAt(index)) return nok(code);
      effects.consume(code);
      index++;
      return index === syntax.open.length ? body : opening;
    }

    // {{RFC2119}}
    //   ^^^^^^^^^
    function body(code: Code): State | undefined {
      if (code === null) return dead(code);
      if (markdownLineEnding(code)) {
        if (!syntax.multiline) return dead(code);
        // micromark splits a paragraph's text back into its lines (subtokenize) at each
        // void token (an enter right before its exit) that spans lines, and gives each line
        // the events up to the next. A span must therefore mark its line endings with
        // `lineEnding` tokens, not be such a void token itself, and hold a token of its own
        // on each line after the first: a line left with only the span's exit (a span that
        // ends the paragraph) made an empty jump there and the parser loop forever.
        if (lineOpen) effects.exit(SPAN_LINE);
        lineOpen = false;
        afterLineEnding = true;
        effects.enter('lineEnding');
        effects.consume(code);
        effects.exit('lineEnding');
        inner += '\n';
        return body;
      }
      if (afterLineEnding && !lineOpen) {
        effects.enter(SPAN_LINE);
        lineOpen = true;
      }
      effects.consume(code);
      inner += String.fromCodePoint(code < 0 ? 32 : code);
      if (syntax.quotes && (code === 34 || code === 39)) {
        if (quote === null) quote = code;
        else if (quote === code) quote = null;
      }
      if (quote === null && inner.endsWith(syntax.close)) {
        // Too long to be meant as one span: leave it as text (but keep scanning lines
        // without a close to the end once, above, so that they are known dead).
        if (inner.length > MAX_SPAN) return nok(code);
        const content = inner.slice(0, -syntax.close.length);
        if (!syntax.accept(content)) return nok(code);
        if (lineOpen) effects.exit(SPAN_LINE);
        effects.exit(type);
        return ok;
      }
      return body;
    }
  }
}
