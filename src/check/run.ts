import { mapLine, type Diagnostic, type Position, type Severity } from '../diagnostics/diagnostic.js';
import type { CheckContext, Fix, Place, Rule } from './rule.js';
import { RULES } from './rules/index.js';

/** A rule's severity as configured: `off` leaves it out. */
export type RuleSetting = Severity | 'off';

function positionOf(at: Place): Position | undefined {
  if (!at) return undefined;
  if ('type' in at && at.type === 'element') return at.position;
  return at as Position;
}

/**
 * Runs the rules on one input and returns their findings, each named after its rule and
 * placed at the file and line the author edits (through the include line map). A rule that
 * throws is a bug: it becomes one internal-error finding, and the other rules still run.
 */
export function runChecks(ctx: CheckContext, settings: Record<string, RuleSetting> = {}, rules: readonly Rule[] = RULES): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (rule.submissionOnly && !ctx.submission) continue;
    const setting = settings[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    const report = (message: string, at?: Place, hint?: string) => {
      const point = positionOf(at)?.start;
      const mapped = mapLine(ctx.lineMap, ctx.file, point?.line);
      const file = mapped.file ?? ctx.file;
      const line = mapped.line;
      const key = `${rule.id}|${message}|${file}|${line}|${point?.column}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ severity: setting, ruleId: rule.id, message, file, line, column: line === undefined ? undefined : point?.column, hint });
    };
    try {
      rule.run(ctx, report);
    } catch (e) {
      out.push({ severity: 'error', ruleId: 'internal-error', file: ctx.file, message: `the check ${rule.id} failed: ${(e as Error).message}`,
        hint: 'this is a draftsmith bug; please report it with this input' });
    }
  }
  return out.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * The safe fixes of the enabled rules for a Markdown input, applied to its source: the new
 * source and what was changed. XML inputs are not edited.
 */
export function applyFixes(ctx: CheckContext, settings: Record<string, RuleSetting> = {}, rules: readonly Rule[] = RULES): { source: string; applied: Fix[] } {
  if (ctx.kind !== 'markdown') return { source: ctx.source, applied: [] };
  const fixes: Fix[] = [];
  for (const rule of rules) {
    if (!rule.fix || (settings[rule.id] ?? rule.severity) === 'off') continue;
    fixes.push(...rule.fix(ctx));
  }
  // Bottom up, so earlier line numbers stay true; an edit overlapping one already taken is dropped.
  fixes.sort((a, b) => b.line - a.line);
  const lines = ctx.source.split('\n');
  const applied: Fix[] = [];
  let floor = Infinity;
  for (const f of fixes) {
    if (f.line + Math.max(f.remove, 1) - 1 >= floor && f.remove > 0) continue;
    if (f.remove === 0 && f.line >= floor) continue;
    lines.splice(f.line - 1, f.remove, ...f.insert);
    applied.push(f);
    floor = f.line;
  }
  return { source: lines.join('\n'), applied: applied.reverse() };
}
