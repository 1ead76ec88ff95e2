import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, State, TokenizeContext, Effects, TokenType } from 'micromark-util-types';

/**
 * A line construct: a fixed prefix at the start of a line, then the rest of the line as its
 * value. Used for kramdown-rfc's part markers (`--- middle`) and mmark's special headings
 * (`.# Abstract`). They may interrupt a paragraph, since both tools split on them by line.
 */
export function lineConstruct(name: string, prefix: string, accept: (rest: string) => boolean): Construct {
  return { name, tokenize, concrete: false };

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    let index = 0;
    let rest = '';
    const type = name as TokenType;
    return start;

    // --- middle
    // ^
    function start(code: Code): State | undefined {
      // Only at the very start of a line, never inside a container's content.
      if (self.now().column !== 1) return nok(code);
      effects.enter(type);
      return head(code);
    }

    // --- middle
    // ^^^
    function head(code: Code): State | undefined {
      if (code !== prefix.charCodeAt(index)) return nok(code);
      effects.consume(code);
      index++;
      return index === prefix.length ? tail : head;
    }

    // --- middle
    //    ^^^^^^^
    function tail(code: Code): State | undefined {
      if (code === null || markdownLineEnding(code)) {
        if (!accept(rest)) return nok(code);
        effects.exit(type);
        return ok(code);
      }
      effects.consume(code);
      rest += String.fromCodePoint(code < 0 ? 32 : code);
      return tail;
    }
  }
}
