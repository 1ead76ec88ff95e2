import { fits } from './fits.js';
import type { Frame } from './frame.js';
import { addIndentation, columnAt, type Indentation } from './indentation.js';
import { LineOutput } from './output.js';
import type { Doc, Fill, FillWord } from './types.js';
import { textWidth } from './width.js';

/** The line width of RFC text: 72 characters, not counting the line ending (RFC 7994). */
export const RFC_LINE_WIDTH = 72;

/**
 * Lays a doc out in lines of at most `width` columns (where the doc allows a break) and returns
 * them without line endings or trailing spaces. Runs an explicit stack rather than recursing, so
 * a whole RFC as one doc cannot overflow the call stack. Pages are not its business: a separate
 * stage cuts these lines into pages.
 */
export function printDoc(doc: Doc, width: number = RFC_LINE_WIDTH): string[] {
  return printDocMarked(doc, width).lines;
}

/**
 * Where a mark fell: `line` is the index of the line it was on (or the next line to be
 * written, if none was open), `open` whether text was already written to that line. A mark
 * after a block's last text is on that line (`open`); one before a block's first text is on
 * its first line.
 */
export interface MarkPosition {
  line: number;
  open: boolean;
}

/** `printDoc`, also reporting the position of every `mark` (the last one of each id wins). */
export function printDocMarked(doc: Doc, width: number = RFC_LINE_WIDTH): { lines: string[]; marks: Map<string, MarkPosition> } {
  const printer = new DocPrinter(width);
  printer.print(doc);
  return printer.finish();
}

/**
 * A printer fed docs one after another, printed as their concat would be: a whole document is
 * fed block by block, so that each block's doc can be dropped once printed rather than all of
 * them living until the end (a long draft's docs kept the garbage collector busy copying them).
 * A group looks ahead only as far as the end of the doc being printed, so a doc fed after
 * another must start with a line break (as blocks separated by `hardline`/`blankline` do):
 * then the lookahead of the concat would have stopped at that break too.
 */
export class DocPrinter {
  private readonly out = new LineOutput();
  private readonly marks = new Map<string, MarkPosition>();

  constructor(private readonly width: number = RFC_LINE_WIDTH) {}

  /** Prints `doc` after whatever was printed before. */
  print(doc: Doc): void {
    printFrames(doc, this.width, this.out, this.marks);
  }

  /** The lines printed, and where each mark fell. */
  finish(): { lines: string[]; marks: Map<string, MarkPosition> } {
    return { lines: this.out.finish(), marks: this.marks };
  }
}

function printFrames(doc: Doc, width: number, out: LineOutput, marks: Map<string, MarkPosition>): void {
  const stack: Frame[] = [{ doc, indentation: null, mode: 'break' }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { doc: d, indentation, mode } = frame;
    if (typeof d === 'string') {
      if (d.includes('\n')) throw new Error(`text cannot hold a line break: ${JSON.stringify(d)}`);
      out.write(d, indentation);
      continue;
    }
    switch (d.type) {
      case 'concat':
        for (let i = d.parts.length - 1; i >= 0; i--) stack.push({ doc: d.parts[i], indentation, mode });
        break;
      case 'indent':
        stack.push({ doc: d.contents, indentation: addIndentation(indentation, d.columns, out.lineIndex), mode });
        break;
      case 'hang':
        // The line the hang starts on keeps its indentation; only later lines move right.
        stack.push({ doc: d.contents, indentation: addIndentation(indentation, d.columns, out.lineIndex + 1), mode });
        break;
      case 'hardline':
        out.newline();
        break;
      case 'mark':
        marks.set(d.id, { line: out.lineIndex, open: out.isOpen });
        break;
      case 'line':
        if (mode === 'flat') out.write(d.flat, indentation);
        else out.newline();
        break;
      case 'group': {
        const flat = mode === 'flat' || fits(d.contents, stack, width - out.column(indentation));
        stack.push({ doc: d.contents, indentation, mode: flat ? 'flat' : 'break' });
        break;
      }
      case 'fill':
        printFill(d, indentation, width, out);
        break;
      case 'verbatim':
        for (let i = 0; i < d.lines.length; i++) {
          if (i > 0) out.newline();
          out.write(d.lines[i], indentation);
        }
        break;
    }
  }
}

/**
 * Greedy filling, as xml2rfc's textwrap does it: a piece goes on the current line if it fits
 * with its gap, otherwise it starts the next line without the gap. A piece that is the first of
 * this fill on its line is placed even if too long, so an over-long word (a URL) gets a line to
 * itself rather than an empty line before it.
 */
function printFill(fill: Fill, indentation: Indentation | null, width: number, out: LineOutput): void {
  let firstOnLine = true;
  const place = (word: FillWord): void => {
    // Each piece is measured once: its width decides the break and then moves the column.
    const columns = fill.widthIsLength ? word.text.length : textWidth(word.text);
    // Longer than a whole continuation line: its parts go instead, each placed like a piece.
    if (word.parts && columns > width - columnAt(indentation, out.lineIndex + 1)) {
      for (const part of word.parts) place(part);
      return;
    }
    if (!firstOnLine) {
      const gapColumns = fill.widthIsLength ? word.gap.length : textWidth(word.gap);
      if (out.column(indentation) + gapColumns + columns > width) {
        out.newline();
        firstOnLine = true;
      } else {
        out.writeMeasured(word.gap, gapColumns, indentation);
      }
    }
    out.writeMeasured(word.text, columns, indentation);
    firstOnLine = false;
  };
  for (const word of fill.words) place(word);
}
