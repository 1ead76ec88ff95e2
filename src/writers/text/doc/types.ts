/**
 * The document algebra of the text writer: immutable data that says what to print and where a
 * line may break, laid out by one printer (`printer.ts`). Element renderers return a `Doc`;
 * they never measure columns themselves.
 *
 * A `string` is a doc: text printed as-is on the current line (it must not contain a newline).
 */
export type Doc = string | Concat | Indent | Hang | HardLine | Line | Group | Fill | Verbatim | Mark;

/** Docs printed one after the other. */
export interface Concat {
  readonly type: 'concat';
  readonly parts: readonly Doc[];
}

/** Lines started inside `contents` begin `columns` further right (the first one too, if it starts inside). */
export interface Indent {
  readonly type: 'indent';
  readonly columns: number;
  readonly contents: Doc;
}

/**
 * A hanging indent: the line `contents` starts on keeps its indentation, every later line that
 * starts inside `contents` begins `columns` further right ("1.  text" with the rest under "text").
 */
export interface Hang {
  readonly type: 'hang';
  readonly columns: number;
  readonly contents: Doc;
}

/** Ends the current line; ends an empty one when no line is open, so two in a row leave a blank line. */
export interface HardLine {
  readonly type: 'hardline';
}

/**
 * A break opportunity owned by the nearest enclosing group: prints `flat` when the group fits on
 * the line, and ends the line when it does not (or when there is no enclosing group).
 */
export interface Line {
  readonly type: 'line';
  readonly flat: string;
}

/** Prints `contents` flat (every `line` as its flat text) if it fits in the rest of the line, else broken. */
export interface Group {
  readonly type: 'group';
  readonly contents: Doc;
}

/**
 * One unbreakable piece of a filled paragraph. Between two pieces a line may break; when it does
 * not, the second piece's `gap` is printed before it (one space, two after a sentence end, or ''
 * after a hyphen, a slash or a zero-width space).
 */
export interface FillWord {
  readonly text: string;
  readonly gap: string;
  /**
   * The piece cut again, for when it is longer than a line at the fill's indentation: then the
   * parts are placed instead (the first with this piece's gap), as xml2rfc re-splits a chunk
   * longer than the line.
   */
  readonly parts?: readonly FillWord[];
}

/** Greedy paragraph filling: as many words on each line as fit, continuation lines at the current indentation. */
export interface Fill {
  readonly type: 'fill';
  readonly words: readonly FillWord[];
  /**
   * Set when no piece or gap holds an astral character, so each one's width is its length:
   * the printer then need not measure every piece (`fillText` knows it from its input).
   */
  readonly widthIsLength?: boolean;
}

/** Lines printed exactly as given (artwork, sourcecode): never wrapped, each at the current indentation. */
export interface Verbatim {
  readonly type: 'verbatim';
  readonly lines: readonly string[];
}

/**
 * Prints nothing; records where it falls in the output (see `printDocMarked`), so that a later
 * stage knows on which line a heading or a figure starts and ends: the page numbers of the
 * Table of Contents and the ranges pagination keeps on one page come from marks.
 */
export interface Mark {
  readonly type: 'mark';
  readonly id: string;
}
