import { eachPoint } from './each-point.js';
import type { Root } from 'mdast';
import type { Dialect } from './split.js';
import { parseMarkdown } from './parse.js';

/**
 * Bodies larger than this are parsed in pieces. micromark copies its whole list of events each
 * time a list or quote ends, so one parse of a body with many of them grows with the square of
 * its size (a 2 MB draft took 50 s, 10 MB did not finish in 10 minutes); pieces of this size
 * keep it linear. Smaller bodies, most real drafts among them, are parsed whole; a few of the
 * largest (QUIC transport, 390 KB) are cut in two.
 */
export const PIECE_BYTES = 256 * 1024;

/** A line opening or closing a fenced code block: its fence characters. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The fence a line opens, if it opens one (a backtick fence's info string holds no backtick). */
function openingFence(text: string): RegExpExecArray | null {
  const m = FENCE.exec(text);
  return m && m[1][0] === '`' && text.slice(m[0].length).includes('`') ? null : m;
}

/** HTML blocks that run across blank lines until their end marker (CommonMark kinds 1–5), with that marker. */
const LONG_HTML: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/], [/^ {0,3}<\?/, /\?>/], [/^ {0,3}<![A-Za-z]/, />/], [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** kramdown-rfc's extension blocks, which hold text that is not Markdown until they close. */
const KRAMDOWN_BLOCK = /^\{::(comment|nomarkdown)\}/;
/** A link or footnote definition's label at the start of a line. */
const DEFINITION = /^ {0,3}\[(\^?)((?:[^\]\\]|\\.){1,999})\]:/;

/** A label as micromark compares labels: blanks collapsed, case folded. */
function normalise(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}

export interface Piece {
  /** Offset of its first character in the body. */
  start: number;
  /** Lines before it in the body. */
  line: number;
  text: string;
}

/**
 * The body cut before ATX headings (`# ` to `###### `) that follow an empty line outside fenced code,
 * long HTML blocks and kramdown extension blocks: places where every block has ended, so each
 * piece parses as it does inside the whole. Pieces are at least `size` long.
 */
export function cutIntoPieces(body: string, size: number): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  let startLine = 0;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let kramdownEnd: string | undefined;
  let previousBlank = true;
  let offset = 0;
  let line = 0;
  while (offset < body.length) {
    const nl = body.indexOf('\n', offset);
    const end = nl < 0 ? body.length : nl + 1;
    const text = body.slice(offset, nl < 0 ? body.length : nl);
    if (fence) {
      const m = FENCE.exec(text);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && !text.slice(m[0].length).trim()) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(text)) htmlEnd = undefined;
    } else if (kramdownEnd) {
      if (text.includes(kramdownEnd)) kramdownEnd = undefined;
    } else {
      if (previousBlank && /^#{1,6} /.test(text) && offset - start >= size) {
        pieces.push({ start, line: startLine, text: body.slice(start, offset) });
        start = offset;
        startLine = line;
      }
      const f = openingFence(text);
      const html = LONG_HTML.find(([open]) => open.test(text));
      const k = KRAMDOWN_BLOCK.exec(text);
      if (f) fence = f[1];
      else if (html && !html[1].test(text.slice(text.indexOf('<') + 2))) htmlEnd = html[1];
      else if (k && !text.includes(`{:/${k[1]}}`) && !text.includes('{:/}')) kramdownEnd = '{:/';
    }
    previousBlank = text.trim() === '';
    offset = end;
    line++;
  }
  pieces.push({ start, line: startLine, text: body.slice(start) });
  return pieces;
}

/** The labels defined in `text` (outside fenced code), normalised, with one way each is written. */
function definedLabels(pieces: Piece[]): Map<string, string>[] {
  return pieces.map((p) => {
    const labels = new Map<string, string>();
    let fence: string | undefined;
    for (const text of p.text.split('\n')) {
      const f = FENCE.exec(text);
      if (fence) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
        continue;
      }
      if (f && openingFence(text)) {
        fence = f[1];
        continue;
      }
      const m = DEFINITION.exec(text);
      if (m) labels.set(m[1] + normalise(m[2]), `${m[1]}${m[2]}`);
    }
    return labels;
  });
}

/** Every point of the tree moved by `offset` characters (lines and columns are already right). */
function moveOffsets(root: Root, by: number): void {
  eachPoint(root, (p) => {
    if (p.offset !== undefined) p.offset += by;
  });
}

/**
 * Parses a body as `parseMarkdown` does, in pieces when it is larger than `size`: the same tree
 * (positions included), in time that grows linearly. Link and footnote labels defined in
 * another piece are declared at the end of a piece that uses them, so that its references
 * resolve as in the whole, and those declarations are dropped from the tree.
 */
export function parseMarkdownInPieces(body: string, dialect: Dialect, size = PIECE_BYTES): Root {
  if (body.length <= size) return parseMarkdown(body, dialect);
  const pieces = cutIntoPieces(body, size);
  if (pieces.length === 1) return parseMarkdown(body, dialect);
  const defined = definedLabels(pieces);
  const all = new Map<string, string>();
  for (const d of defined) for (const [k, v] of d) if (!all.has(k)) all.set(k, v);
  const root: Root = { type: 'root', children: [] };
  pieces.forEach((piece, i) => {
    // Labels this piece may use but does not define: each bracketed text is a candidate.
    const stubs: string[] = [];
    const wanted = new Set<string>();
    for (const m of piece.text.matchAll(/\[(\^?)((?:[^\]\\[]|\\.){1,999})\]/g)) wanted.add(m[1] + normalise(m[2]));
    for (const key of wanted) {
      const written = all.get(key);
      if (written !== undefined && !defined[i].has(key)) stubs.push(`[${written}]: ${written.startsWith('^') ? 'x' : '#'}`);
    }
    const tail = stubs.length ? `\n\n${stubs.join('\n\n')}\n` : '';
    const parsed = parseMarkdown('\n'.repeat(piece.line) + piece.text + tail, dialect);
    moveOffsets(parsed, piece.start - piece.line);
    const end = piece.start + piece.text.length;
    root.children.push(...parsed.children.filter((c) => (c.position?.start.offset ?? 0) < end));
  });
  const lines = body.split('\n');
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lines[lines.length - 1].length + 1, offset: body.length } };
  return root;
}
