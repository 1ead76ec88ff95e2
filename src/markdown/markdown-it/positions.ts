import type { MarkdownIt, StateBlock, StateInline, Token } from 'markdown-it';
import type { Point } from 'unist';

/**
 * Source positions for markdown-it tokens. markdown-it gives block tokens line ranges only and
 * inline tokens nothing; mdast nodes need line, column and offset. So:
 * - every inline token gets `srcStart`/`srcEnd`, offsets in its inline content string (the
 *   rule wrappers and the state subclass below record where each rule started and stopped);
 * - an InlineMap maps those offsets back to the source (each content line is found in its
 *   source line, after the container markers);
 * - block tokens get `srcStart`, the source offset where the construct starts (recorded when
 *   its rule starts); their ends come from their last line or last child (to-mdast.ts).
 */
export interface Located {
  srcStart?: number;
  srcEnd?: number;
  /** Where the state was when the token was pushed (for links: the label's start or end). */
  srcAt?: number;
  /** Block tokens: columns of indent before srcStart beyond the container's content column. */
  srcIndent?: number;
}

export type LocatedToken = Token & Located;

/** The index of the last value at or before `x` in ascending `sorted` (which starts at or before it). */
function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Line starts of a text, and offset → unist Point (columns count UTF-16 units, as micromark's). */
export class SourceIndex {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }
  point(offset: number): Point {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line] + 1, offset };
  }
  lineStart(line: number): number {
    return this.starts[line] ?? this.text.length;
  }
  /** Offset of the end of a 0-based line, before its line ending. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.text.length : next - 1;
  }
}

/**
 * Maps offsets in an inline token's content to source offsets: the content's lines are found
 * in their source lines (a content line is what is left of its source line after container
 * markers and indentation; table cells and headings are found from a starting point). Where a
 * content character is not the next source character (a table cell's `\|` became `|`), a new
 * segment starts.
 */
export class InlineMap {
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  constructor(content: string, index: SourceIndex, firstLine: number, startAt: number) {
    const src = index.text;
    let c = 0;
    let line = firstLine;
    while (c <= content.length) {
      let nl = content.indexOf('\n', c);
      if (nl < 0) nl = content.length;
      const ls = index.lineStart(line);
      const le = index.lineEnd(line);
      let lead = 0;
      while (c + lead < nl && isBlank(content.charCodeAt(c + lead))) lead++;
      let at = -1;
      const length = nl - c - lead;
      if (length > 0) {
        // Mostly a content line is the end of its source line: compare from the end.
        if (line !== firstLine && length <= le - ls && endsWith(src, le, content, c + lead, nl)) at = le - length;
        else {
          const hint = line === firstLine ? Math.max(ls, startAt) : ls;
          // A first line starts where its block's content does; else search the line.
          if (hint + length <= le && endsWith(src, hint + length, content, c + lead, nl)) at = hint;
          else {
            at = src.indexOf(content.slice(c + lead, nl), hint);
            if (at < 0 || at + length > le) at = -1;
          }
        }
      }
      if (at >= 0) {
        this.add(c, Math.max(ls, at - lead));
        if (lead) this.add(c + lead, at);
      } else if (length > 0) {
        // Not found as is: walk the content and the source line side by side.
        this.align(content, c, nl, src, line === firstLine ? Math.max(ls, startAt) : ls, le);
      } else {
        this.add(c, line === firstLine ? Math.max(ls, startAt) : le - (nl - c));
      }
      if (nl >= content.length) break;
      c = nl + 1;
      line++;
    }
  }

  private add(contentOffset: number, sourceOffset: number): void {
    const n = this.from.length;
    if (n && this.from[n - 1] === contentOffset) {
      this.to[n - 1] = sourceOffset;
      return;
    }
    this.from.push(contentOffset);
    this.to.push(sourceOffset);
  }

  private align(content: string, c: number, end: number, src: string, s: number, le: number): void {
    // Skip white space on both sides, then match character by character.
    while (c < end && isBlank(content.charCodeAt(c))) c++;
    while (s < le && src.charCodeAt(s) !== content.charCodeAt(c)) s++;
    this.add(c, s);
    while (c < end && s < le) {
      if (content.charCodeAt(c) === src.charCodeAt(s)) {
        c++;
        s++;
        continue;
      }
      s++;
      while (s < le && src.charCodeAt(s) !== content.charCodeAt(c)) s++;
      this.add(c, s);
    }
  }

  /** Source offset of a content offset. */
  map(offset: number): number {
    const i = lastAtOrBefore(this.from, offset);
    return this.to[i] + (offset - this.from[i]);
  }
}

/** Does src end at `end` with content[from, to)? */
function endsWith(src: string, end: number, content: string, from: number, to: number): boolean {
  for (let i = to - 1, j = end - 1; i >= from; i--, j--) if (src.charCodeAt(j) !== content.charCodeAt(i)) return false;
  return true;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

type InlineRule = (state: StateInline, silent: boolean) => boolean;
type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
interface RuleEntry<F> { name: string; fn: F }
interface RulerInternals<F> { __rules__: RuleEntry<F>[]; __cache__: unknown }

/** Rules that push one token per delimiter character (runs of `*`, `_`, `~`). */
const DELIMITER_RULES = new Set(['emphasis', 'strikethrough']);

/**
 * Makes markdown-it record positions: call once the rules are all in place.
 */
export function trackPositions(md: MarkdownIt): void {
  const inline = md.inline as unknown as { State: new (...a: unknown[]) => StateInline; ruler: RulerInternals<InlineRule> };
  const block = md.block as unknown as { State: new (...a: unknown[]) => StateBlock; ruler: RulerInternals<BlockRule> };
  inline.State = locatingInlineState(inline.State);
  block.State = locatingBlockState(block.State);

  for (const rule of inline.ruler.__rules__) {
    const fn = rule.fn;
    const sequential = DELIMITER_RULES.has(rule.name);
    rule.fn = (state, silent) => {
      if (silent) return fn(state, silent);
      const start = state.pos;
      const n = state.tokens.length;
      if (!fn(state, false)) return false;
      const tokens = state.tokens as LocatedToken[];
      let p = start;
      for (let i = n; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.srcEnd !== undefined) continue;
        if (sequential) {
          t.srcStart = p;
          p += t.content.length;
          t.srcEnd = p;
        } else {
          t.srcStart = start;
          t.srcEnd = state.pos;
        }
      }
      if (rule.name === 'link' || rule.name === 'image') markLabel(tokens, n);
      return true;
    };
  }
  inline.ruler.__cache__ = null;

  for (const rule of block.ruler.__rules__) {
    const fn = rule.fn;
    rule.fn = (state, startLine, endLine, silent) => {
      if (silent) return fn(state, startLine, endLine, silent);
      const start = state.bMarks[startLine] + state.tShift[startLine];
      const indent = state.sCount[startLine] - state.blkIndent;
      const n = state.tokens.length;
      if (!fn(state, startLine, endLine, false)) return false;
      const t = state.tokens[n] as LocatedToken | undefined;
      if (t && t.srcStart === undefined) {
        t.srcStart = start;
        t.srcIndent = indent;
      }
      return true;
    };
  }
  block.ruler.__cache__ = null;
}

/**
 * Records where a link's or image's label starts and ends (meta.labelStart, meta.labelEnd),
 * so that the converter can tell `[text](url)` from `[text][ref]`, `[text][]` and `[text]`.
 * The link rule pushes its open token at the label's start and its close token at its end.
 */
function markLabel(tokens: LocatedToken[], n: number): void {
  for (let i = n; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'image') {
      // The image rule pushes its token at the `!`; the label follows `![`.
      const labelStart = (t.srcAt ?? 0) + 2;
      t.meta = { labelStart, labelEnd: labelStart + t.content.length };
      return;
    }
    if (t.type === 'link_open') {
      const close = tokens[tokens.length - 1];
      t.meta = { labelStart: t.srcAt, labelEnd: close.srcAt };
      return;
    }
  }
}

function locatingInlineState(Base: new (...a: unknown[]) => StateInline): new (...a: unknown[]) => StateInline {
  class LocatingInlineState extends (Base as new (...a: unknown[]) => StateInline & { pushPending(): Token }) {
    /** Where the pending text started: rules add to it at `pos` before moving on. */
    pendingStart = 0;
    ownPending = '';
    override pushPending(): Token {
      const start = this.pendingStart;
      const token = super.pushPending() as LocatedToken;
      token.srcStart = start;
      token.srcEnd = start + token.content.length;
      return token;
    }
    override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
      const token = super.push(type, tag, nesting) as LocatedToken;
      token.srcAt = this.pos;
      return token;
    }
  }
  // `pending` as an accessor on the prototype (markdown-it's constructor assigns it, which
  // goes through the setter): the moment it goes from empty to not is where its text starts.
  Object.defineProperty(LocatingInlineState.prototype, 'pending', {
    configurable: true,
    get(this: LocatingInlineState) {
      return this.ownPending;
    },
    set(this: LocatingInlineState, v: string) {
      if (!this.ownPending && v) this.pendingStart = this.pos;
      this.ownPending = v;
    },
  });
  return LocatingInlineState;
}

function locatingBlockState(Base: new (...a: unknown[]) => StateBlock): new (...a: unknown[]) => StateBlock {
  return class LocatingBlockState extends Base {
    override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
      const token = super.push(type, tag, nesting) as LocatedToken;
      // The list rule pushes each item when `line` is the item's first line, before it moves
      // the line's content start past the marker: so this is the marker's place.
      if (type === 'list_item_open') token.srcStart = this.bMarks[this.line] + this.tShift[this.line];
      return token;
    }
  };
}
