import { relative } from 'node:path';
import type { BuildProgress } from '../api/build-many.js';
import type { BuildOutcome } from '../api/build.js';

/**
 * Progress of a build of several drafts on stderr: on a terminal, one line per draft, redrawn
 * as it changes (building, built, failed); elsewhere (CI logs) one plain line when each ends.
 */
export function buildProgress(inputs: string[], tty: boolean, write: (s: string) => void = (s) => process.stderr.write(s)): (e: BuildProgress) => void {
  const states = inputs.map(() => 'waiting');
  const label = (i: number) => relative('.', inputs[i]) || inputs[i];
  let drawn = false;
  const redraw = () => {
    if (drawn) write(`\x1b[${inputs.length}A`);
    for (let i = 0; i < inputs.length; i++) write(`\x1b[2K${states[i].padEnd(9)} ${label(i)}\n`);
    drawn = true;
  };
  return (e) => {
    if (e.type === 'start') states[e.index] = 'building';
    else states[e.index] = `${e.outcome.failed ? 'failed' : 'built'}`;
    if (tty) redraw();
    else if (e.type === 'done') write(`draftsmith: [${states.filter((s) => s === 'built' || s === 'failed').length}/${inputs.length}] ${label(e.index)}: ${states[e.index]} in ${(e.ms / 1000).toFixed(1)} s\n`);
  };
}

/** The table after a build of several drafts: each draft, its result, its findings and its files. */
export function buildSummary(outcomes: BuildOutcome[], times: Map<string, number>): string {
  const rows = outcomes.map((o) => {
    const errors = o.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = o.diagnostics.filter((d) => d.severity === 'warning').length;
    return [relative('.', o.input) || o.input, o.failed ? 'FAILED' : 'ok', `${((times.get(o.input) ?? 0) / 1000).toFixed(1)} s`,
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
      Object.values(o.outputs).map((p) => relative('.', p!)).join(' ')];
  });
  const head = ['draft', 'result', 'time', 'findings', 'written'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  const failed = outcomes.filter((o) => o.failed).length;
  return [line(head), ...rows.map(line), `${outcomes.length - failed} built, ${failed} failed`].join('\n') + '\n';
}
