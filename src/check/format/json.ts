import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/**
 * The JSON form (version 1): `{ "version": 1, "findings": [{ "ruleId", "severity"
 * ("error" | "warning" | "info"), "message", "file", "line", "column", "hint" }], "summary":
 * { "error": n, "warning": n, "info": n } }`. Fields without a value are left out.
 */
export function formatJson(findings: readonly Diagnostic[]): string {
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  const out = findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, file: f.file, line: f.line, column: f.column, hint: f.hint }));
  return JSON.stringify({ version: 1, findings: out, summary }, null, 2) + '\n';
}
