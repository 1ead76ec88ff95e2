import type { Extension as MicromarkExtension, Construct } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Dialect } from '../markdown/split.js';
import { dialectSyntax } from './dialects.js';
import { spanConstruct, type SpanSyntax } from './inline-span/tokenize.js';
import { spanFromMarkdown } from './inline-span/from-markdown.js';
import { lineConstruct } from './part-marker/tokenize.js';
import { lineFromMarkdown } from './part-marker/from-markdown.js';

function spansExtension(spans: SpanSyntax[]): MicromarkExtension {
  const text: Record<number, Construct[]> = {};
  for (const s of spans) {
    const code = s.open.charCodeAt(0);
    (text[code] ??= []).push(spanConstruct(s));
  }
  return { text };
}

/** The micromark and mdast-util-from-markdown extensions for one dialect. */
export function dialectExtensions(dialect: Dialect): { micromark: MicromarkExtension[]; fromMarkdown: FromMarkdownExtension[] } {
  const { spans, lines } = dialectSyntax(dialect);
  const flow: Record<number, Construct[]> = {};
  for (const l of lines) (flow[l.prefix.charCodeAt(0)] ??= []).push(lineConstruct(l.name, l.prefix, l.accept));
  return {
    micromark: [spansExtension(spans), { flow }],
    fromMarkdown: [spanFromMarkdown(spans), lineFromMarkdown(lines)],
  };
}
