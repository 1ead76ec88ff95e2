import { relative } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Rule } from '../rule.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

// The log is typed with @types/sarif (generated from the OASIS SARIF 2.1.0 schema), so tsc
// checks every property name and value against the standard.

/** SARIF 2.1.0 (OASIS), as code-scanning services read it: one run, the rules, the results. */
export function formatSarif(findings: readonly Diagnostic[], rules: readonly Rule[], version: string, base = process.cwd()): string {
  const ids = [...new Set([...rules.map((r) => r.id), ...findings.map((f) => f.ruleId)])];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'draftsmith', version, informationUri: 'https://github.com/draftsmith/draftsmith',
          rules: ids.map((id): ReportingDescriptor => {
            const r = byId.get(id);
            return {
              id, shortDescription: { text: r?.description ?? id }, ...(r ? { fullDescription: { text: r.docs } } : {}),
              defaultConfiguration: { level: LEVEL[r?.severity ?? 'error'] },
            };
          }),
        },
      },
      results: findings.map((f): Result => ({
        ruleId: f.ruleId, ruleIndex: ids.indexOf(f.ruleId), level: LEVEL[f.severity],
        message: { text: f.message + (f.hint ? ` (${f.hint})` : '') },
        ...(f.file ? {
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: relative(base, f.file).split('\\').join('/') || f.file },
              ...(f.line ? { region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) } } : {}),
            },
          }],
        } : {}),
      })),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
