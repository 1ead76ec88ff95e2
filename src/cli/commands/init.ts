import { Command } from 'commander';

/** `draftsmith init [draft-<name>]`: a repository set up for one draft; never overwrites a file. */
export function initCommand(): Command {
  return new Command('init')
    .description('set this repository up for a draft: spec/<name>.md, CI workflows for GitHub and GitLab, .gitignore, '
      + 'package.json and a README section; files that exist are left alone')
    .argument('[name]', 'the draft\'s name, draft-<owner>-<topic> (default: the folder\'s name if it is one)')
    .option('--title <title>', 'the draft\'s title')
    .option('--group <wg>', 'the working group (default: from draft-ietf-<wg>-…)')
    .option('--mail <address>', 'the mailing list where the work is discussed')
    .option('--repo <url>', 'the repository\'s web address (default: the origin remote)')
    .action(async (name: string | undefined, opts) => {
      // The command's modules load when it runs (see src/cli/index.ts).
      const { initRepository } = await import('../../init/init.js');
      const dir = process.cwd();
      const draft = name ?? dir.split(/[\\/]/).pop() ?? '';
      try {
        const r = initRepository(dir, { name: draft, title: opts.title, group: opts.group, mail: opts.mail, repo: opts.repo });
        for (const f of r.written) process.stderr.write(`draftsmith: wrote ${f}\n`);
        for (const f of r.kept) process.stderr.write(`draftsmith: kept ${f} (it exists)\n`);
        if (r.readmeSection) process.stdout.write(`Add this section to README.md:\n\n${r.readmeSection}`);
        process.stderr.write(`draftsmith: next: edit spec/${draft}.md, then npm install && npx draftsmith build\n`);
      } catch (e) {
        process.stderr.write(`draftsmith: ${(e as Error).message}\n  hint: draftsmith init draft-yourname-topic\n`);
        process.exitCode = 2;
      }
    });
}
