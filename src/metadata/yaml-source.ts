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
    recordKeyOrder(this.doc.contents, this.value);
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

/**
 * The keys of a mapping in the order the header wrote them. A JavaScript object lists
 * integer-like keys (`'2018': Edition`) first whatever their place, so every mapping read
 * from YAML carries its source order under this symbol.
 */
const KEY_ORDER = Symbol('yaml key order');
/** The keys of a mapping whose value was written as a quoted string. */
const QUOTED = Symbol('yaml quoted values');

function recordKeyOrder(node: unknown, value: unknown, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 50) return;
  if (isMap(node)) {
    const keys: string[] = [];
    const quoted = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      keys.push(key);
      if (isScalar(pair.value) && (pair.value.type === 'QUOTE_DOUBLE' || pair.value.type === 'QUOTE_SINGLE')) quoted.add(key);
      recordKeyOrder(pair.value, (value as Record<string, unknown>)[key], depth + 1);
    }
    // Enumerable symbols: they survive `{ ...rest }` copies, and Object.keys and JSON ignore them.
    Object.defineProperty(value, KEY_ORDER, { value: keys, enumerable: true });
    Object.defineProperty(value, QUOTED, { value: quoted, enumerable: true });
  } else if (node && typeof node === 'object' && 'items' in node && Array.isArray(value)) {
    (node as { items: unknown[] }).items.forEach((item, i) => recordKeyOrder(item, value[i], depth + 1));
  }
}

/**
 * Whether the header wrote this key's value in quotes. (Ruby's YAML, which kramdown-rfc
 * reads headers with, makes a Date of a bare `2009-10-01` but keeps a quoted one a string.)
 */
export function wasQuoted(map: object, key: string): boolean {
  return (map as { [QUOTED]?: Set<string> })[QUOTED]?.has(key) ?? false;
}

/** The entries of a mapping read from YAML, in the order the header wrote them. */
export function orderedEntries(map: object): [string, unknown][] {
  const record = map as Record<string, unknown>;
  const order = (map as { [KEY_ORDER]?: string[] })[KEY_ORDER];
  if (!order) return Object.entries(record);
  const seen = new Set<string>();
  const out: [string, unknown][] = [];
  for (const k of order) {
    if (seen.has(k) || !Object.hasOwn(record, k)) continue;
    seen.add(k);
    out.push([k, record[k]]);
  }
  for (const [k, v] of Object.entries(record)) if (!seen.has(k)) out.push([k, v]);
  return out;
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
