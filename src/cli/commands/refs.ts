import { Command } from 'commander';
import { relative } from 'node:path';
import type { ReferenceOptions } from '../../api/build.js';
import { dateOptionOk, printDiagnostics } from '../output.js';
import { addReferenceOptions, referenceOptionsFrom } from '../reference-options.js';

const count = (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'}`;

/** The inputs, expanded; false (exit 1) when there are none. */
async function inputFiles(inputs: string[]): Promise<string[] | false> {
  const { expandInputs } = await import('../../api/build.js');
  const files = expandInputs(inputs);
  if (files.length) return files;
  process.stderr.write(`draftsmith: no Markdown files in ${inputs.join(', ')}\n`);
  process.exitCode = 1;
  return false;
}

/**
 * A `refs` subcommand: the inputs and the reference options, parsed and checked, handed to
 * `run` (nothing runs after a usage error).
 */
function refsSubcommand(name: string, description: string, run: (files: string[], options: ReferenceOptions & { date?: string }) => Promise<void>): Command {
  return addReferenceOptions(new Command(name))
    .description(description)
    .argument('[inputs...]', 'Markdown or RFC XML files, or folders', ['spec'])
    .option('--date <YYYY-MM-DD>', 'the date to convert with (default: today)')
    .action(async (inputs: string[], opts) => {
      if (!dateOptionOk(opts.date)) return;
      const references = referenceOptionsFrom(opts);
      const files = references && await inputFiles(inputs);
      if (references && files) await run(files, { ...references, date: opts.date });
    });
}

function lockCommand(name: 'lock' | 'update', description: string): Command {
  return refsSubcommand(name, description, async (files, references) => {
    if (references.offline && name === 'update') {
      process.stderr.write('draftsmith: refs update fetches every entry again; it cannot run --offline\n');
      process.exitCode = 2;
      return;
    }
    // The command's modules load when it runs (see src/cli/index.ts).
    const { lockReferences } = await import('../../api/refs.js');
    for (const o of await lockReferences(files, references, name === 'update')) {
      for (const d of o.drafts) printDiagnostics(d.diagnostics, true);
      if (!o.entries) {
        process.stderr.write(`draftsmith: ${relative('.', o.lockPath)}: not written (see the errors above)\n`);
        process.exitCode = 1;
        continue;
      }
      const changes = [
        o.added.length ? `${o.added.length} added` : '', o.changed.length ? `${o.changed.length} changed` : '', o.removed.length ? `${o.removed.length} removed` : '',
      ].filter(Boolean).join(', ');
      process.stderr.write(`draftsmith: wrote ${relative('.', o.lockPath)}: ${count(Object.keys(o.entries).length)}${changes ? ` (${changes})` : ''}\n`);
    }
  });
}

/** `draftsmith refs list|lock|update`: what drafts cite, and pinning it in references.lock. */
export function refsCommand(): Command {
  const list = refsSubcommand('list', 'show the citation library entries each draft uses and where each comes from', async (files, references) => {
    const { draftReferences } = await import('../../api/refs.js');
    for (const file of files) {
      const r = await draftReferences(file, references);
      printDiagnostics(r.diagnostics.filter((d) => d.ruleId === 'unresolved-reference' || d.ruleId === 'reference-lock' || d.ruleId === 'input'), false);
      process.stdout.write(`${file}: ${count(r.used.length)}\n`);
      const width = Math.max(0, ...r.used.map((u) => u.name.length));
      for (const u of r.used) process.stdout.write(`  ${u.name.padEnd(width)}  ${u.source}\n`);
      if (r.failed) process.exitCode = 1;
    }
  });
  return new Command('refs')
    .description('the references drafts cite: list them, pin them in references.lock, refresh the lock')
    .addCommand(list)
    .addCommand(lockCommand('lock', 'write references.lock beside the drafts: every entry they use, with its content hash (entries already locked are kept)'))
    .addCommand(lockCommand('update', 'fetch every entry the drafts use again and rewrite references.lock'));
}
