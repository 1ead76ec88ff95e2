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
      const p = this.lines.linePos(e.pos[0]);
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
