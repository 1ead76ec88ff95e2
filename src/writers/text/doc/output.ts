import { columnAt, type Indentation } from './indentation.js';
import { textWidth } from './width.js';

/**
 * The printer's output: finished lines plus the line being written. A line is opened lazily by
 * the first text written to it, and padded to that text's indentation then, so blank lines carry
 * no indentation and a block's first line is indented like the rest of it.
 */
export class LineOutput {
  private readonly done: string[] = [];
  private current: string | null = null;
  private currentWidth = 0;

  /** Index of the line being written (or about to be). */
  get lineIndex(): number {
    return this.done.length;
  }

  /** Whether text has been written to the current line. */
  get isOpen(): boolean {
    return this.current !== null;
  }

  /** The column the next text would start at, if written under this indentation. */
  column(indentation: Indentation | null): number {
    return this.current === null ? columnAt(indentation, this.done.length) : this.currentWidth;
  }

  /** Writes text on the current line, opening it at the indentation if needed. */
  write(text: string, indentation: Indentation | null): void {
    this.writeMeasured(text, textWidth(text), indentation);
  }

  /** `write` for text whose width the caller has already measured (`columns`: its `textWidth`). */
  writeMeasured(text: string, columns: number, indentation: Indentation | null): void {
    if (text === '') return;
    if (this.current === null) {
      const pad = columnAt(indentation, this.done.length);
      this.current = ' '.repeat(pad);
      this.currentWidth = pad;
    }
    this.current += text;
    this.currentWidth += columns;
  }

  /** Ends the current line (an empty one if none is open). */
  newline(): void {
    this.done.push(trimEnd(this.current ?? ''));
    this.current = null;
    this.currentWidth = 0;
  }

  /** The finished lines, the open one included. */
  finish(): string[] {
    if (this.current !== null) this.newline();
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
