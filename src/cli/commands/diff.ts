import { Command, Option } from 'commander';
import { DIFF_FORMATS, type DiffFormat } from '../../diff/formats.js';
import { addReferenceOptions, referenceOptionsFrom } from '../reference-options.js';
import { dateOptionOk, printDiagnostics } from '../output.js';

/**
 * `draftsmith diff OLD [NEW]`: compares two revisions of a draft. Exit status 0 whether or not
 * they differ (the output says), 1 when a revision cannot be read or rendered, 2 on bad options.
 */
export function diffCommand(): Command {
  return addReferenceOptions(new Command('diff'))
    .description('compare two revisions of a draft (Markdown, XML or text files, or file@git-revision); '
      + 'with one argument, the working copy against its newest draft-<name>-NN tag')
    .argument('<old>', 'the old revision: a file, or file@rev (draft.md@draft-foo-bar-03, draft.md@HEAD~2)')
    .argument('[new]', 'the new revision (default: OLD is the working copy, compared with its last released tag)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...DIFF_FORMATS]).default('text'))
    .option('-o, --out <file>', 'write the diff to this file instead of standard output')
    .option('-C, --context <lines>', 'unchanged lines shown around each change', '3')
    .option('--words', 'text format: a word diff ([-removed-] {+added+}), like wdiff', false)
    .option('--allow-missing-refs', 'list unresolved references as placeholders instead of failing', false)
    .option('--date <YYYY-MM-DD>', 'the date both revisions are rendered with (default: the new revision\'s date, else today)')
    .action(async (oldSpec: string, newSpec: string | undefined, opts) => {
      const context = Number(opts.context);
      if (!Number.isInteger(context) || context < 0) {
        process.stderr.write(`draftsmith: --context must be a whole number of lines, not "${opts.context}"\n`);
        process.exitCode = 2;
        return;
      }
      if (!dateOptionOk(opts.date)) return;
      const references = referenceOptionsFrom(opts);
      if (!references) return;
      // The command's modules load when it runs (see src/cli/index.ts).
      const { DiffInputError, diffRevisions, formatDiff } = await import('../../diff/index.js');
      const { writeFileAtomic } = await import('../../util/atomic-write.js');
      try {
        const diff = await diffRevisions(oldSpec, newSpec, {
          ...references, context, allowMissingRefs: !!opts.allowMissingRefs, date: opts.date,
        });
        const out = formatDiff(diff, opts.format as DiffFormat, { words: !!opts.words });
        // Atomically: a reader of --out never sees half a diff.
        if (opts.out) writeFileAtomic(opts.out, out);
        else process.stdout.write(out);
      } catch (e) {
        if (e instanceof DiffInputError) {
          printDiagnostics(e.toDiagnostics(), false);
          if (e.diagnostics.length) process.stderr.write(`draftsmith: ${e.file}: ${e.message}\n`);
          process.exitCode = 1;
          return;
        }
        const code = (e as NodeJS.ErrnoException).code;
        if (opts.out && code) {
          process.stderr.write(`draftsmith: cannot write ${opts.out} (${code})\n  hint: check that its folder exists and is writable\n`);
          process.exitCode = 1;
          return;
        }
        throw e;
      }
    });
}
