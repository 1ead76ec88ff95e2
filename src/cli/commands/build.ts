import { Command } from 'commander';
import type { BuildOptions, BuildOutcome } from '../../api/build.js';
import { FORMATS, type OutputFormat } from '../../api/formats.js';
import { dateOptionOk, printDiagnostics } from '../output.js';
import { addReferenceOptions, referenceOptionsFrom } from '../reference-options.js';

export function buildCommand(): Command {
  return addReferenceOptions(new Command('build'))
    .description('convert Markdown drafts (or RFC XML) to RFC XML v3, plain text and HTML, and check them')
    .argument('[inputs...]', 'Markdown files or folders', ['spec'])
    .option('-o, --out-dir <dir>', 'where to write the artifacts', 'build')
    .option('-f, --format <formats>', `output formats, comma-separated (${FORMATS.join(', ')})`, 'xml')
    .option('--allow-outside-includes', 'let includes and src= files come from outside the document\'s folder (or repository)', false)
    .option('--allow-missing-refs', 'list unresolved references as placeholders instead of failing', false)
    .option('--date <YYYY-MM-DD>', 'the date to use when a draft gives none (default: today)')
    .option('--paginate', 'text: pages with headers and footers (default for Internet-Drafts)')
    .option('--no-pagination', 'text: one continuous page (default for RFCs)')
    .option('--legacy-date-format', 'text: "September 2, 2009" instead of "2 September 2009"')
    .option('--no-check', 'skip the checks of draftsmith check')
    .option('--strict', 'fail the build when a check finds an error', false)
    .option('-j, --jobs <n>', 'drafts built at once, each in a worker thread (default: the number of cores)')
    .option('--rev <tag>', 'rebuild a released revision from git history (draft-<name>-NN): its source at that tag, its docName and date')
    .option('-q, --quiet', 'print only errors', false)
    .action(async (inputs: string[], opts) => {
      const formats = String(opts.format).split(',').map((f) => f.trim()).filter(Boolean);
      const unknown = formats.filter((f) => !FORMATS.includes(f as OutputFormat));
      if (unknown.length) {
        process.stderr.write(`draftsmith: unknown format ${unknown.join(', ')}; available: ${FORMATS.join(', ')}\n`);
        process.exitCode = 2;
        return;
      }
      if (!dateOptionOk(opts.date)) return;
      const references = referenceOptionsFrom(opts);
      if (!references) return;
      if (opts.jobs !== undefined && !(Number.isInteger(Number(opts.jobs)) && Number(opts.jobs) > 0)) {
        process.stderr.write(`draftsmith: --jobs takes a whole number of drafts at once, not "${opts.jobs}"\n`);
        process.exitCode = 2;
        return;
      }
      const buildOptions: BuildOptions = {
        ...references, outDir: opts.outDir, formats: formats as OutputFormat[],
        allowMissingRefs: !!opts.allowMissingRefs, allowOutside: !!opts.allowOutsideIncludes, date: opts.date, legacyDateFormat: !!opts.legacyDateFormat,
        paginate: opts.paginate ? true : opts.pagination === false ? false : undefined,
        check: opts.check === false ? 'off' : opts.strict ? 'strict' : 'report',
      };
      // The command's modules load when it runs (see src/cli/index.ts).
      const { buildMany } = await import('../../api/build-many.js');
      const { buildProgress, buildSummary } = await import('../build-progress.js');
      const { expandInputs } = await import('../../api/build.js');
      const { rebuildRevision, RevisionError } = await import('../../release/rebuild.js');
      let outcomes: BuildOutcome[] = [];
      let summary = '';
      if (opts.rev) {
        try {
          outcomes = await rebuildRevision(inputs, opts.rev, buildOptions);
        } catch (e) {
          if (!(e instanceof RevisionError)) throw e;
          process.stderr.write(`draftsmith: ${e.message}\n  hint: ${e.hint}\n`);
          process.exitCode = 1;
          return;
        }
      } else {
        const files = expandInputs(inputs);
        if (!files.length) {
          process.stderr.write(`draftsmith: no Markdown files in ${inputs.join(', ')}\n`);
          process.exitCode = 1;
          return;
        }
        const times = new Map<string, number>();
        const show = files.length > 1 && !opts.quiet ? buildProgress(files, !!process.stderr.isTTY) : undefined;
        outcomes = await buildMany(files, buildOptions, {
          workers: opts.jobs === undefined ? undefined : Number(opts.jobs),
          onProgress: (e) => {
            if (e.type === 'done') times.set(e.input, e.ms);
            show?.(e);
          },
        });
        if (show) summary = buildSummary(outcomes, times);
      }
      let failed = 0;
      for (const outcome of outcomes) {
        printDiagnostics(outcome.diagnostics, !!opts.quiet);
        if (outcome.failed) {
          failed++;
          process.stderr.write(`draftsmith: ${outcome.input}: not built (see the errors above)\n`);
        } else if (!opts.quiet) {
          for (const path of Object.values(outcome.outputs)) process.stderr.write(`draftsmith: wrote ${path}\n`);
        }
      }
      if (summary) process.stderr.write(`\n${summary}`);
      if (failed) process.exitCode = 1;
    });
}
