import { Command, CommanderError } from 'commander';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { refsCommand } from './commands/refs.js';
import { releaseCommand } from './commands/release.js';
import { initCommand } from './commands/init.js';
import { submitCommand } from './commands/submit.js';
import { watchCommand } from './commands/watch.js';

/**
 * The `draftsmith` program: a thin shell over the library API. The command files define the
 * options only; each action imports what it runs, so a start reads the modules of one command,
 * not of all eight (`--version` and `--help` read almost none).
 */
export function program(): Command {
  return new Command('draftsmith')
    .description('Markdown to IETF Internet-Draft toolchain')
    .version('0.1.0')
    .showHelpAfterError()
    .addCommand(buildCommand())
    .addCommand(diffCommand())
    .addCommand(checkCommand())
    .addCommand(refsCommand())
    .addCommand(initCommand())
    .addCommand(releaseCommand())
    .addCommand(submitCommand())
    .addCommand(watchCommand());
}

export async function main(argv: string[]): Promise<void> {
  try {
    await program().exitOverride().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    // A crash is a bug: say so plainly, without a stack trace unless asked.
    process.stderr.write(`draftsmith: internal error: ${(e as Error).message}\n` +
      'This is a bug in draftsmith; please report it with the input that caused it' +
      (process.env.DRAFTSMITH_DEBUG ? `\n${(e as Error).stack}` : ' (set DRAFTSMITH_DEBUG=1 for details)') + '\n');
    process.exitCode = 70;
  }
}
