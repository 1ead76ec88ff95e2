import { isElement, type RfcElement, type RfcNode } from '../../../tree/nodes.js';
import { printDoc, textWidth, type Doc } from '../doc/index.js';
import { filled } from '../elements/paragraph.js';
import type { TextState } from '../state.js';

/** How the words of a cell may break, beyond white space and zero-width spaces. */
export type BreakMode =
  /** Only at white space: for measuring a column's narrowest width while the table fits. */
  | 'words'
  /** As any paragraph breaks (after a hyphen between letters, after a slash before a word). */
  | 'text'
  /** As text, and after every hyphen: once a table is too wide for its words. */
  | 'hyphens';

/** The content of one cell, laid out at any width. */
export interface CellContent {
  /** The cell's lines at `width` columns: blocks separated by a blank line. */
  linesAt(width: number): string[];
  /** The width of its longest unbreakable piece (code lines do not count: they never wrap). */
  minWidth: number;
}

/** Blocks drawn as they are, never wrapped. */
const VERBATIM = new Set(['artwork', 'sourcecode', 'artset', 'figure']);
const VERBATIM_INDENT = '   ';
const WORD_JOINER = '\u2060';
const ZERO_WIDTH_SPACE = '\u200b';
const LINE_SEPARATOR = '\u2028';

/** Text with its breaks adjusted to `mode`, and U+2028 turned into `<br>`s. */
function adjustText(value: string, mode: BreakMode): RfcNode[] {
  let v = value;
  // A joiner after a hyphen or slash forbids the break a paragraph would allow there.
  if (mode === 'words') v = v.replace(/([-/])(?=[^\s\u200b])/g, `$1${WORD_JOINER}`);
  if (mode === 'hyphens') v = v.replace(/-(?=[^\s\u200b])/g, `-${ZERO_WIDTH_SPACE}`);
  const out: RfcNode[] = [];
  v.split(LINE_SEPARATOR).forEach((part, i) => {
    if (i) out.push({ type: 'element', name: 'br', attributes: {}, children: [] } as unknown as RfcElement);
    if (part) out.push({ type: 'text', value: part } as RfcNode);
  });
  return out;
}

/** A copy of the nodes with their text adjusted (code is left alone). */
function adjust(nodes: readonly RfcNode[], mode: BreakMode): RfcNode[] {
  return nodes.flatMap((n): RfcNode[] => {
    if (n.type === 'text') return adjustText(n.value, mode);
    if (n.type !== 'element' || VERBATIM.has(n.name)) return [n];
    return [{ ...n, children: adjust(n.children, mode) } as RfcElement];
  });
}

type Block = { kind: 'flow'; doc: Doc } | { kind: 'verbatim'; lines: string[] };

const INLINE = new Set(['em', 'strong', 'tt', 'xref', 'eref', 'bcp14', 'sub', 'sup', 'iref', 'cref', 'br', 'contact', 'u', 'span']);

/**
 * The blocks of a cell: inline content as one paragraph, `<t>`s and lists as in the body,
 * artwork and source code verbatim, indented three columns (as xml2rfc draws code in a cell).
 */
function blocks(state: TextState, children: readonly RfcNode[]): Block[] {
  const out: Block[] = [];
  const run: RfcNode[] = [];
  const flush = () => {
    if (run.some((n) => (n.type === 'text' ? n.value.trim() : n.type === 'element' && n.name !== 'iref'))) {
      out.push({ kind: 'flow', doc: filled(state, { type: 'element', name: 't', attributes: {}, children: [...run] } as unknown as RfcElement) });
    }
    run.length = 0;
  };
  for (const c of children) {
    if (c.type === 'text' || (isElement(c) && INLINE.has(c.name))) {
      run.push(c);
      continue;
    }
    if (!isElement(c)) continue;
    flush();
    if (VERBATIM.has(c.name)) {
      const lines = printDoc(state.block(c), 1 << 16);
      while (lines.length && !lines[0].trim()) lines.shift();
      while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
      if (lines.length) out.push({ kind: 'verbatim', lines: lines.map((l) => (l ? VERBATIM_INDENT + l : l)) });
    } else {
      const doc = state.block(c);
      if (doc !== '') out.push({ kind: 'flow', doc });
    }
  }
  flush();
  return out;
}

function layout(list: Block[], width: number): string[] {
  const out: string[] = [];
  list.forEach((b, i) => {
    if (i) out.push('');
    out.push(...(b.kind === 'flow' ? printDoc(b.doc, Math.max(1, width)) : b.lines));
  });
  return out;
}

/** The content of a `<td>`/`<th>`, its words breaking as `mode` says. */
export function cellContent(state: TextState, cell: RfcElement, mode: BreakMode): CellContent {
  const shown = blocks(state, adjust(cell.children, mode === 'words' ? 'text' : mode));
  const measured = mode === 'words' ? blocks(state, adjust(cell.children, 'words')) : shown;
  let minWidth = 0;
  for (const b of measured) {
    if (b.kind !== 'flow') continue;
    for (const l of printDoc(b.doc, 1)) minWidth = Math.max(minWidth, textWidth(l));
  }
  const cache = new Map<number, string[]>();
  return {
    minWidth,
    linesAt(width) {
      let lines = cache.get(width);
      if (!lines) cache.set(width, (lines = layout(shown, width)));
      return lines;
    },
  };
}
