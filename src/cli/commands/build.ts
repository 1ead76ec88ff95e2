import { Command } from 'commander';
import { buildFile, expandInputs, FORMATS, type OutputFormat } from '../../api/build.js';
import { dateOptionOk, printDiagnostics } from '../output.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function buildCommand(): Command {
  return new Command('build')
    .description('convert Markdown drafts (or RFC XML) to RFC XML v3, plain text and HTML, and check them')
    .argument('[inputs...]', 'Markdown files or folders', ['spec'])
    .option('-o, --out-dir <dir>', 'where to write the artifacts', 'build')
    .option('-f, --format <formats>', `output formats, comma-separated (${FORMATS.join(', ')})`, 'xml')
    .option('--refcache <dir>', 'a folder of bibxml entries (reference.RFC.2119.xml …); repeatable', collect, [])
    .option('--offline', 'never fetch references from the network', false)
    .option('--allow-outside-includes', 'let includes and src= files come from outside the document\'s folder (or repository)', false)
    .option('--allow-missing-refs', 'list unresolved references as placeholders instead of failing', false)
    .option('--date <YYYY-MM-DD>', 'the date to use when a draft gives none (default: today)')
    .option('--paginate', 'text: pages with headers and footers (default for Internet-Drafts)')
    .option('--no-pagination', 'text: one continuous page (default for RFCs)')
    .option('--legacy-date-format', 'text: "September 2, 2009" instead of "2 September 2009"')
    .option('--no-check', 'skip the checks of draftsmith check')
    .option('--strict', 'fail the build when a check finds an error', false)
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
      const files = expandInputs(inputs);
      if (!files.length) {
        process.stderr.write(`draftsmith: no Markdown files in ${inputs.join(', ')}\n`);
        process.exitCode = 1;
        return;
      }
      let failed = 0;
      const claimed = new Set<string>();
      for (const file of files) {
        const outcome = await buildFile(file, {
          outDir: opts.outDir, formats: formats as OutputFormat[], refcache: opts.refcache, offline: !!opts.offline,
          allowMissingRefs: !!opts.allowMissingRefs, allowOutside: !!opts.allowOutsideIncludes, date: opts.date, legacyDateFormat: !!opts.legacyDateFormat,
          paginate: opts.paginate ? true : opts.pagination === false ? false : undefined,
          check: opts.check === false ? 'off' : opts.strict ? 'strict' : 'report',
        }, claimed);
        printDiagnostics(outcome.diagnostics, !!opts.quiet);
        if (outcome.failed) {
          failed++;
          process.stderr.write(`draftsmith: ${file}: not built (see the errors above)\n`);
        } else if (!opts.quiet) {
          for (const path of Object.values(outcome.outputs)) process.stderr.write(`draftsmith: wrote ${path}\n`);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
