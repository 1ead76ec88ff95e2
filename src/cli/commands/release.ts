import { Command } from 'commander';
import { relative } from 'node:path';
import { dateOptionOk, printDiagnostics } from '../output.js';
import { addReferenceOptions, referenceOptionsFrom } from '../reference-options.js';

/**
 * `draftsmith release [DRAFT]`: the next revision, built, checked for submission, compared with
 * the previous one and tagged. Exit status 1 when it is refused or fails.
 */
export function releaseCommand(): Command {
  return addReferenceOptions(new Command('release'))
    .description('publish the next revision: draft-<name>-NN built into the output folder, checked as the datatracker would, '
      + 'compared with the previous revision, and tagged')
    .argument('[draft]', 'the draft (default: the one draft in spec/)')
    .option('-o, --out-dir <dir>', 'where to write the revision\'s files', 'build')
    .option('--dry-run', 'do everything but create the tag', false)
    .option('--date <YYYY-MM-DD>', 'the revision\'s date (default: today)')
    .option('--allow-missing-refs', 'list unresolved references as placeholders instead of failing', false)
    .action(async (draft: string | undefined, opts) => {
      if (!dateOptionOk(opts.date)) return;
      const references = referenceOptionsFrom(opts);
      if (!references) return;
      // The command's modules load when it runs (see src/cli/index.ts).
      const { expandInputs } = await import('../../api/build.js');
      const { releaseDraft } = await import('../../release/release.js');
      let file = draft;
      if (!file) {
        const found = expandInputs(['spec']);
        if (found.length !== 1) {
          process.stderr.write(`draftsmith: ${found.length ? `spec/ holds ${found.length} drafts` : 'there is no draft in spec/'}; name the one to release\n`);
          process.exitCode = 2;
          return;
        }
        file = found[0];
      }
      const r = await releaseDraft(file, { ...references, outDir: opts.outDir, date: opts.date, allowMissingRefs: !!opts.allowMissingRefs, dryRun: !!opts.dryRun });
      printDiagnostics(r.diagnostics, false);
      if (r.refused) {
        process.stderr.write(`draftsmith: ${file}: not released: ${r.refused.message}\n  hint: ${r.refused.hint}\n`);
        process.exitCode = 1;
        return;
      }
      for (const f of r.files) process.stderr.write(`draftsmith: wrote ${relative('.', f)}\n`);
      if (r.summary) process.stdout.write(`Changes from ${r.previous} to ${r.revision}:\n${r.summary}${r.summary.endsWith('\n') ? '' : '\n'}`);
      process.stderr.write(r.tagged ? `draftsmith: tagged ${r.revision}; push it with: git push origin ${r.revision}\n`
        : `draftsmith: ${r.revision} is ready (dry run: not tagged)\n`);
    });
}
