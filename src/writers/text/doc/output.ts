import { columnAt, type Indentation } from './indentation.js';
import { textWidth } from './width.js';

/**
 * The printer's output: finished lines plus the line being written. A line is opened lazily by
 * the first text written to it, and padded to that text's indentation then, so blank lines carry
 * no indentation and a block's first line is indented like the rest of it.
 */
export class LineOutput {
  private readonly done: string[] = [];
  /**
   * The pieces of the line being written, joined when it ends (one string made per line,
   * rather than one per piece added); `open` says whether a line is being written at all.
   */
  private readonly current: string[] = [];
  private open = false;
  private currentWidth = 0;

  /** Index of the line being written (or about to be). */
  get lineIndex(): number {
    return this.done.length;
  }

  /** Whether text has been written to the current line. */
  get isOpen(): boolean {
    return this.open;
  }

  /** The column the next text would start at, if written under this indentation. */
  column(indentation: Indentation | null): number {
    return this.open ? this.currentWidth : columnAt(indentation, this.done.length);
  }

  /** Writes text on the current line, opening it at the indentation if needed. */
  write(text: string, indentation: Indentation | null): void {
    this.writeMeasured(text, textWidth(text), indentation);
  }

  /** `write` for text whose width the caller has already measured (`columns`: its `textWidth`). */
  writeMeasured(text: string, columns: number, indentation: Indentation | null): void {
    if (text === '') return;
    if (!this.open) {
      const pad = columnAt(indentation, this.done.length);
      this.current.push(' '.repeat(pad));
      this.currentWidth = pad;
      this.open = true;
    }
    this.current.push(text);
    this.currentWidth += columns;
  }

  /** Ends the current line (an empty one if none is open). */
  newline(): void {
    this.done.push(trimEnd(this.current.join('')));
    this.current.length = 0;
    this.open = false;
    this.currentWidth = 0;
  }

  /** The finished lines, the open one included. */
  finish(): string[] {
    if (this.open) this.newline();
    return this.done;
  }
}

/** RFC text never has trailing white space (idnits flags it), whatever the doc said. */
function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0 && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
