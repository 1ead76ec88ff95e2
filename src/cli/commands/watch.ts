import { Command } from 'commander';
import type { WatchBuild, WatchSession } from '../../watch/index.js';
import { printDiagnostics, usageError } from '../output.js';
import { addReferenceOptions, referenceOptionsFrom } from '../reference-options.js';

function say(line: string): void {
  process.stderr.write(`draftsmith: ${line}\n`);
}

/** One line per build, and its messages. */
function printBuild(build: WatchBuild, input: string): void {
  printDiagnostics(build.diagnostics, false);
  if (build.ok) say(`${input}: built ${Object.values(build.outputs).length} files in ${build.ms} ms (build ${build.number})`);
  else say(`${input}: not built (build ${build.number}); the page shows the errors until they are fixed`);
}

export function watchCommand(): Command {
  return addReferenceOptions(new Command('watch'))
    .description('build a draft on every save and serve its HTML on 127.0.0.1 with live reload')
    .argument('[input]', 'the Markdown draft (or a folder holding exactly one)', 'spec')
    .option('-p, --port <n>', 'the port to serve on (0: any free port)', '8000')
    .option('-o, --out-dir <dir>', 'where to write the artifacts (XML, text, HTML)', 'build')
    .option('--allow-missing-refs', 'list unresolved references as placeholders instead of failing', false)
    .action(async (input: string, opts) => {
      if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) {
        usageError(`--port takes a number from 0 to 65535, not "${opts.port}"`);
        return;
      }
      const references = referenceOptionsFrom(opts);
      if (!references) return;
      // The command's modules load when it runs (see src/cli/index.ts).
      const { expandInputs } = await import('../../api/build.js');
      const { startWatch } = await import('../../watch/index.js');
      const files = expandInputs([input]);
      if (files.length !== 1) {
        usageError(files.length ? `${input} holds ${files.length} drafts (${files.join(', ')}); name the one to watch`
          : `no Markdown draft in ${input}; name the draft to watch`);
        return;
      }
      const file = files[0];
      let session: WatchSession;
      try {
        session = await startWatch({
          ...references, input: file, outDir: opts.outDir, port: Number(opts.port), allowMissingRefs: !!opts.allowMissingRefs,
          onBuild: (b) => printBuild(b, file),
        });
      } catch (e) {
        say((e as Error).message);
        process.exitCode = 1;
        return;
      }
      say(`serving ${file} at ${session.url} (Ctrl-C to stop)`);
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          say('stopping');
          void session.close().then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
