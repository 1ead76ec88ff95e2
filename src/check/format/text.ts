import { formatDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';

/** One finding per line, as compilers print them, then a count. */
export function formatText(findings: readonly Diagnostic[]): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const lines = findings.map(formatDiagnostic);
  lines.push(`${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`);
  return lines.join('\n') + '\n';
}
