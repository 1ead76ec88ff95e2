import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** Workflow-command escaping: data escapes %, CR, LF; properties also : and ,. */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands (`::error file=…,line=…::…`), shown as annotations on the diff. */
export function formatGithub(findings: readonly Diagnostic[]): string {
  return findings.map((f) => {
    const level = f.severity === 'info' ? 'notice' : f.severity;
    const props = [f.file ? `file=${property(f.file)}` : '', f.line ? `line=${f.line}` : '', f.column ? `col=${f.column}` : '', `title=${property(f.ruleId)}`]
      .filter(Boolean).join(',');
    return `::${level} ${props}::${data(f.message + (f.hint ? ` (${f.hint})` : ''))}`;
  }).join('\n') + (findings.length ? '\n' : '');
}
