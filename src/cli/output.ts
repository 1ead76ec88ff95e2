import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Prints diagnostics to stderr, errors first; warnings only when not quiet. */
export function printDiagnostics(diagnostics: Diagnostic[], quiet: boolean): void {
  const shown = diagnostics.filter((d) => d.severity === 'error' || !quiet);
  shown.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const d of shown) process.stderr.write(formatDiagnostic(d) + '\n');
}
