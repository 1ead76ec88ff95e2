import type { Extension as FromMarkdownExtension, Token, CompileContext } from 'mdast-util-from-markdown';
import type { SpanSyntax } from './tokenize.js';

/**
 * An IETF inline span in mdast: `kind` says which syntax it was, `value` is the text between
 * the delimiters, exactly as written.
 */
export interface IetfSpan {
  type: 'ietfSpan';
  kind: string;
  value: string;
  position?: import('unist').Position;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    ietfSpan: IetfSpan;
  }
  interface RootContentMap {
    ietfSpan: IetfSpan;
  }
}

/** Turns span tokens into `ietfSpan` nodes. */
export function spanFromMarkdown(syntaxes: SpanSyntax[]): FromMarkdownExtension {
  const enter: Record<string, (this: CompileContext, token: Token) => void> = {};
  const exit: Record<string, (this: CompileContext, token: Token) => void> = {};
  for (const s of syntaxes) {
    enter[s.name] = function (token) {
      this.enter({ type: 'ietfSpan', kind: s.name, value: '' } as never, token);
    };
    exit[s.name] = function (token) {
      const node = this.stack[this.stack.length - 1] as unknown as IetfSpan;
      const raw = this.sliceSerialize(token);
      node.value = raw.slice(s.open.length, raw.length - s.close.length);
      this.exit(token);
    };
  }
  return { enter, exit };
}
