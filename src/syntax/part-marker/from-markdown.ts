import type { Extension as FromMarkdownExtension, Token, CompileContext } from 'mdast-util-from-markdown';

/** A line construct in mdast: `kind` names it, `value` is the text after the prefix, trimmed. */
export interface IetfLine {
  type: 'ietfLine';
  kind: string;
  value: string;
  position?: import('unist').Position;
}

declare module 'mdast' {
  interface RootContentMap {
    ietfLine: IetfLine;
  }
  interface BlockContentMap {
    ietfLine: IetfLine;
  }
}

export function lineFromMarkdown(kinds: { name: string; prefix: string }[]): FromMarkdownExtension {
  const enter: Record<string, (this: CompileContext, token: Token) => void> = {};
  const exit: Record<string, (this: CompileContext, token: Token) => void> = {};
  for (const k of kinds) {
    enter[k.name] = function (token) {
      this.enter({ type: 'ietfLine', kind: k.name, value: '' } as never, token);
    };
    exit[k.name] = function (token) {
      const node = this.stack[this.stack.length - 1] as unknown as IetfLine;
      node.value = this.sliceSerialize(token).slice(k.prefix.length).trim();
      this.exit(token);
    };
  }
  return { enter, exit };
}
