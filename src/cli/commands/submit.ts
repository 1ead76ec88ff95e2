import { statSync } from 'node:fs';
import { Command } from 'commander';
import type { SubmitOutcome } from '../../submit/index.js';
import { dateOptionOk, printDiagnostics, usageError } from '../output.js';

/** What the datatracker said, in plain words, and what happens next. */
function report(outcome: SubmitOutcome, file: string, email: string): void {
  const say = (line: string) => process.stderr.write(`draftsmith: ${line}\n`);
  const a = outcome.answer;
  if (!a) return;
  switch (a.kind) {
    case 'accepted': {
      const name = a.name ? `${a.name}${a.rev ? `-${a.rev}` : ''}` : outcome.docName ?? file;
      say(`the datatracker accepted ${name}${a.id ? ` (submission ${a.id})` : ''}${a.state ? `; status: ${a.state}` : ''}`);
      if (a.message) say(`it says: ${a.message}`);
      say(`next: the datatracker checks the draft and sends a confirmation request to ${email} (and to the authors); ` +
        'follow the link in that e-mail to post it');
      if (a.statusUrl) say(`follow the submission at ${a.statusUrl}`);
      break;
    }
    case 'refused':
      say(`${file}: the datatracker refused the submission (HTTP ${a.status}): ${a.message}`);
      say('fix what it names and submit again');
      break;
    case 'server-error':
      say(`${file}: the datatracker failed (HTTP ${a.status}): ${a.message}`);
      say('nothing was submitted; try again later, or upload the file at https://datatracker.ietf.org/submit/');
      break;
    case 'unreachable':
      say(`${file}: ${a.message}`);
      say('check the network connection and the API URL (--api, DRAFTSMITH_SUBMIT_API), then try again');
      break;
  }
}

export function submitCommand(): Command {
  return new Command('submit')
    .description('submit an Internet-Draft\'s XML to the IETF datatracker, after the datatracker\'s own checks')
    .argument('<file>', 'the draft\'s XML, e.g. build/draft-smith-foo-01.xml (draftsmith release writes it)')
    .requiredOption('--email <address>', 'your e-mail address: the datatracker sends the confirmation request there')
    .option('--replaces <names>', 'the draft this one replaces (its name without revision; several separated by commas)')
    .option('--api <url>', 'the submission API (default: DRAFTSMITH_SUBMIT_API, else https://datatracker.ietf.org/api/submission)')
    .option('--previous <NN>', 'the last revision the datatracker has, or "none" (default: read from the git tags draft-<name>-NN)')
    .option('--date <YYYY-MM-DD>', 'check the document date as if today were this date')
    .option('--dry-run', 'run the checks and show what would be sent, sending nothing', false)
    .action(async (file: string, opts) => {
      if (!dateOptionOk(opts.date)) return;
      let previous: number | 'none' | undefined;
      if (opts.previous !== undefined) {
        if (opts.previous === 'none') previous = 'none';
        else if (/^\d\d$/.test(opts.previous)) previous = Number(opts.previous);
        else {
          usageError(`--previous takes a two-digit revision (e.g. 02) or "none", not "${opts.previous}"`);
          return;
        }
      }
      let isFile = false;
      try {
        isFile = statSync(file).isFile();
      } catch {
        // reported below
      }
      if (!isFile) {
        process.stderr.write(`draftsmith: ${file}: no such file\n  hint: build the release first (draftsmith release) and submit build/draft-<name>-NN.xml\n`);
        process.exitCode = 1;
        return;
      }
      // The command's modules load when it runs (see src/cli/index.ts).
      const { submitDraft } = await import('../../submit/index.js');
      const outcome = await submitDraft(file, {
        email: opts.email, replaces: opts.replaces, api: opts.api, previous, date: opts.date, dryRun: !!opts.dryRun,
      });
      printDiagnostics(outcome.diagnostics, false);
      if (!outcome.fields) {
        process.stderr.write(`draftsmith: ${file}: not submitted (fix the errors above)\n`);
        process.exitCode = 1;
        return;
      }
      if (opts.dryRun) {
        const size = statSync(file).size;
        process.stdout.write([
          `${file}: the checks pass; would POST to ${outcome.api} (multipart/form-data):`,
          `  user: ${outcome.fields.user}`,
          `  xml: ${file} (application/xml, ${size} bytes)`,
          ...(outcome.fields.replaces ? [`  replaces: ${outcome.fields.replaces}`] : []),
          'nothing was sent (--dry-run)',
        ].join('\n') + '\n');
        return;
      }
      report(outcome, file, opts.email);
      if (!outcome.ok) process.exitCode = 1;
    });
}
