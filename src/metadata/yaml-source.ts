import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node as YamlNode } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';
import type { Reporter } from '../diagnostics/diagnostic.js';

/**
 * A parsed YAML header that can say where each key stands in the draft file, so that
 * every message about a header value points at its line.
 */
export class YamlSource {
  readonly value: unknown;
  private readonly lines = new LineCounter();
  private readonly doc: Document;

  constructor(text: string, private readonly lineOffset: number, reporter: Reporter) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false, prettyErrors: false });
    for (const e of this.doc.errors) {
      // An unclosed bracket or quote is found where the parser gives up; point at the opener.
      const opener = /end with a [\]}]|Missing closing/.test(e.message) ? unclosedOpener(text, e.pos[0]) : undefined;
      const p = this.lines.linePos(opener ?? e.pos[0]);
      reporter.error('yaml-syntax', `invalid YAML in the header: ${e.message.split('\n')[0]}`,
        { line: p.line + lineOffset - 1, column: p.col },
        'fix the YAML syntax; quote values that contain ": " or start with a special character');
    }
    for (const w of this.doc.warnings) {
      const p = this.lines.linePos(w.pos[0]);
      reporter.warn('yaml-syntax', w.message.split('\n')[0], { line: p.line + lineOffset - 1, column: p.col });
    }
    this.value = this.doc.errors.length ? {} : this.doc.toJS({ maxAliasCount: 100 });
  }

  /** The position of the node at a key path (`['author', 0, 'email']`), or of its nearest parent. */
  positionOf(path: (string | number)[]): Position | undefined {
    let node: unknown = this.doc.contents;
    let keyNode: YamlNode | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        keyNode = pair.key as YamlNode;
        node = pair.value;
      } else if (node && typeof node === 'object' && 'items' in node && typeof key === 'number') {
        node = (node as { items: unknown[] }).items[key];
        keyNode = node as YamlNode;
      } else break;
    }
    const range = (keyNode ?? (node as YamlNode | undefined))?.range;
    if (!range) return undefined;
    const p = this.lines.linePos(range[0]);
    return { start: { line: p.line + this.lineOffset - 1, column: p.col } };
  }
}

/** The offset of the last bracket or quote opened before `end` and not closed by then. */
function unclosedOpener(text: string, end: number): number | undefined {
  const stack: number[] = [];
  let quote: string | null = null;
  let quoteAt = -1;
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < end && text[i] !== '\n') i++;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s:,[{-]/.test(text[i - 1]))) {
      quote = c;
      quoteAt = i;
    } else if (c === '[' || c === '{') stack.push(i);
    else if ((c === ']' || c === '}') && stack.length) stack.pop();
  }
  if (quote) return quoteAt;
  return stack.length ? stack[stack.length - 1] : undefined;
}
