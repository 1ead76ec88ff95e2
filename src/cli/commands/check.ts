import { Command } from 'commander';
import { addReferenceOptions, referenceOptionsFrom } from '../reference-options.js';
import { dateOptionOk } from '../output.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../../check/rule.js';
import type { RuleSetting } from '../../check/index.js';

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--rule ID=off|info|warn|error`, repeatable: the rule settings, or a usage message. */
function ruleSettings(specs: string[], rules: readonly Rule[]): Record<string, RuleSetting> | string {
  const out: Record<string, RuleSetting> = {};
  const known = new Set(rules.map((r) => r.id));
  for (const spec of specs) {
    const m = /^([\w-]+)=(off|info|warn|warning|error)$/.exec(spec);
    if (!m) return `--rule takes ID=off|info|warn|error, not "${spec}"`;
    if (!known.has(m[1])) return `there is no rule "${m[1]}" (see draftsmith check --list)`;
    out[m[1]] = m[2] === 'warn' ? 'warning' : (m[2] as RuleSetting);
  }
  return out;
}

export function checkCommand(): Command {
  return addReferenceOptions(new Command('check'))
    .description('check drafts for what reviewers and the datatracker would send back (idnits-class rules)')
    .argument('[inputs...]', 'Markdown or RFC XML files, or folders', ['spec'])
    .option('-f, --format <format>', `output format (${FORMATS.join(', ')})`, 'text')
    .option('--rule <ID=level>', 'set a rule to off, info, warn or error; repeatable', collect, [])
    .option('--submission', 'also apply the datatracker\'s submission checks (date within 3 days, a numbered revision)', false)
    .option('--list', 'list the rules and exit')
    .option('--fix', 'apply the safe fixes to Markdown inputs (BCP 14 boilerplate, trailing white space) and report them', false)
    .option('--allow-missing-refs', 'accept unresolved references', false)
    .option('--date <YYYY-MM-DD>', 'check as if today were this date')
    .action(async (inputs: string[], opts) => {
      // The command's modules load when it runs (see src/cli/index.ts).
      const { RULES, applyFixes, checkContext, formatGithub, formatJson, formatSarif, formatText, runChecks } = await import('../../check/index.js');
      const { expandInputs } = await import('../../api/build.js');
      const { writeFileAtomic } = await import('../../util/atomic-write.js');
      if (opts.list) {
        for (const r of RULES) process.stdout.write(`${r.id.padEnd(22)} ${r.severity.padEnd(8)} ${r.description}${r.submissionOnly ? ' (--submission)' : ''}\n`);
        return;
      }
      if (!FORMATS.includes(opts.format)) {
        process.stderr.write(`draftsmith: unknown format ${opts.format}; available: ${FORMATS.join(', ')}\n`);
        process.exitCode = 2;
        return;
      }
      if (!dateOptionOk(opts.date)) return;
      const references = referenceOptionsFrom(opts);
      if (!references) return;
      const settings = ruleSettings(opts.rule, RULES);
      if (typeof settings === 'string') {
        process.stderr.write(`draftsmith: ${settings}\n`);
        process.exitCode = 2;
        return;
      }
      const files = expandInputs(inputs);
      if (!files.length) {
        process.stderr.write(`draftsmith: no Markdown files in ${inputs.join(', ')}\n`);
        process.exitCode = 1;
        return;
      }
      const findings: Diagnostic[] = [];
      for (const file of files) {
        const { context, diagnostics } = await checkContext(file, {
          ...references, allowMissingRefs: !!opts.allowMissingRefs, date: opts.date, submission: !!opts.submission,
        });
        let ctx = context;
        let reported = diagnostics;
        if (ctx && opts.fix) {
          const { source, applied } = applyFixes(ctx, settings);
          if (applied.length) {
            writeFileAtomic(file, source);
            for (const f of applied) process.stderr.write(`draftsmith: ${file}:${f.line}: ${f.description}\n`);
            // Check what the file says now.
            ({ context: ctx, diagnostics: reported } = await checkContext(file, {
              ...references, allowMissingRefs: !!opts.allowMissingRefs, date: opts.date, submission: !!opts.submission,
            }));
          }
        }
        // What the conversion reported counts too (its errors stop the checks of that file).
        findings.push(...reported);
        if (ctx) findings.push(...runChecks(ctx, settings));
      }
      const out = opts.format === 'json' ? formatJson(findings) : opts.format === 'github' ? formatGithub(findings)
        : opts.format === 'sarif' ? formatSarif(findings, RULES, '0.1.0') : formatText(findings);
      process.stdout.write(out);
      if (findings.some((f) => f.severity === 'error')) process.exitCode = 1;
    });
}
