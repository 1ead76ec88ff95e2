import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Prints diagnostics to stderr, errors first; warnings only when not quiet. */
export function printDiagnostics(diagnostics: Diagnostic[], quiet: boolean): void {
  const shown = diagnostics.filter((d) => d.severity === 'error' || !quiet);
  shown.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const d of shown) process.stderr.write(formatDiagnostic(d) + '\n');
}

/** A usage error: the message on stderr and exit status 2. Returns false, for `if (!ok) return`. */
export function usageError(message: string): false {
  process.stderr.write(`draftsmith: ${message}\n`);
  process.exitCode = 2;
  return false;
}

/** Whether a `--date` option is absent or YYYY-MM-DD (a usage error otherwise). */
export function dateOptionOk(date: string | undefined): boolean {
  return !date || /^\d{4}-\d{2}-\d{2}$/.test(date) || usageError(`--date must be YYYY-MM-DD, not "${date}"`);
}
