/** A position in a source file: 1-based line and column. */
export interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** A span in a source file. */
export interface Position {
  start: Point;
  end?: Point;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about an input: what is wrong, where (file:line:col), and what to do.
 * Every stage reports through these instead of throwing, so a build can report all
 * problems of a file at once.
 */
export interface Diagnostic {
  severity: Severity;
  message: string;
  /** Short stable identifier, e.g. `unresolved-reference`. */
  ruleId: string;
  file?: string;
  line?: number;
  column?: number;
  /** What the author can do about it. */
  hint?: string;
}

/** Formats a diagnostic the way compilers do: `file:line:col: severity: message (hint)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file ?? '<input>', d.line, d.column].filter((x) => x !== undefined).join(':');
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${where}: ${d.severity}: ${d.message} [${d.ruleId}]${hint}`;
}

/** Where a line of the text being converted came from (after includes are expanded). */
export interface SourceLine {
  file: string;
  line: number;
}

/** The file and line a line of expanded text (1-based) came from, through a line map. */
export function mapLine(lineMap: SourceLine[] | undefined, file: string | undefined, line: number | undefined): { file: string | undefined; line: number | undefined } {
  const mapped = line !== undefined ? lineMap?.[line - 1] : undefined;
  return mapped ? { file: mapped.file, line: mapped.line } : { file, line };
}

/** Collects diagnostics for one input file. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  /**
   * Maps a line of the expanded text (1-based index) to the file and line it came from, when
   * files were included. Unset: lines are the input file's own.
   */
  lineMap?: SourceLine[];
  private readonly seen = new Set<string>();
  constructor(readonly file?: string) {}

  report(
    severity: Severity,
    ruleId: string,
    message: string,
    at?: Point | Position | null,
    hint?: string,
  ): void {
    const point = at && 'start' in at ? at.start : (at as Point | undefined | null);
    const { file, line } = mapLine(this.lineMap, this.file, point?.line);
    // One construct can yield the same finding more than once (e.g. a citation of several
    // sections of one reference): report it once.
    const key = `${severity}|${ruleId}|${message}|${file}|${line}|${point?.column}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push({ severity, ruleId, message, file, line, column: point?.column, hint });
  }

  error(ruleId: string, message: string, at?: Point | Position | null, hint?: string): void {
    this.report('error', ruleId, message, at, hint);
  }

  warn(ruleId: string, message: string, at?: Point | Position | null, hint?: string): void {
    this.report('warning', ruleId, message, at, hint);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}

/** Thrown when an input cannot be converted at all; carries the diagnostics that explain why. */
export class DraftsmithError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'DraftsmithError';
  }
}
