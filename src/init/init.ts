import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../util/atomic-write.js';
import { git } from '../release/git.js';

/** The templates folder shipped with draftsmith. */
const TEMPLATES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates', 'init');

/** What the new draft and its venue are called. */
export interface InitOptions {
  /** `draft-<name>`, without a revision. */
  name: string;
  title?: string;
  group?: string;
  mail?: string;
  /** The repository's web address (default: the git remote `origin`, when it is a GitHub or GitLab one). */
  repo?: string;
  author?: string;
  email?: string;
  org?: string;
}

export interface InitOutcome {
  /** Files written, relative to the folder. */
  written: string[];
  /** Files that existed and were left alone. */
  kept: string[];
  /** The README section, when README.md existed (so it was not written). */
  readmeSection?: string;
}

/** The datatracker's rule for a draft's name (without its revision). */
export const DRAFT_NAME = /^draft-[a-z0-9]+(-[a-z0-9]+)+$/;

/**
 * Sets a repository up for one draft: `spec/<name>.md` from the skeleton, the GitHub Actions
 * workflow and the GitLab CI file, `.gitignore`, `package.json` and a README section. It never
 * overwrites a file that exists: those are listed as kept (and the README section is returned
 * for the author to paste).
 */
export function initRepository(dir: string, options: InitOptions): InitOutcome {
  if (!DRAFT_NAME.test(options.name)) throw new Error(`"${options.name}" is not a draft name the datatracker accepts (draft-<owner>-<topic>, lowercase letters, digits and dashes, no revision)`);
  const values = placeholders(dir, options);
  const files: [string, string][] = [
    [join('spec', `${options.name}.md`), 'draft.md'],
    [join('.github', 'workflows', 'draftsmith.yml'), 'github-workflow.yml'],
    ['.gitlab-ci.yml', 'gitlab-ci.yml'],
    ['.gitignore', 'gitignore'],
  ];
  const outcome: InitOutcome = { written: [], kept: [] };
  const put = (path: string, text: string) => {
    if (existsSync(join(dir, path))) outcome.kept.push(path);
    else {
      writeFileAtomic(join(dir, path), text);
      outcome.written.push(path);
    }
  };
  for (const [path, template] of files) put(path, fill(readFileSync(join(TEMPLATES, template), 'utf8'), values));
  put('package.json', `${JSON.stringify({ private: true, scripts: { build: 'draftsmith build', check: 'draftsmith check' }, devDependencies: { draftsmith: '^0.1.0' } }, null, 2)}\n`);
  const section = fill(readFileSync(join(TEMPLATES, 'readme-section.md'), 'utf8'), values);
  if (existsSync(join(dir, 'README.md'))) {
    outcome.kept.push('README.md');
    outcome.readmeSection = section;
  } else put('README.md', `# ${values.TITLE}\n\n${section.replace(/^## .*\n\n/, '')}`);
  return outcome;
}

/** Replaces `@KEY@` with its value (unknown keys stay as they are). */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/@([A-Z]+)@/g, (all, key: string) => values[key] ?? all);
}

function placeholders(dir: string, o: InitOptions): Record<string, string> {
  const config = (key: string) => {
    try {
      return git(['config', '--get', key], dir).trim();
    } catch {
      return '';
    }
  };
  // draft-ietf-<group>-…: the working group's name is in the draft's.
  const group = o.group ?? (/^draft-(?:ietf|irtf)-([a-z0-9]+)-/.exec(o.name)?.[1] ?? '');
  const repo = o.repo ?? webAddress(config('remote.origin.url'));
  const title = o.title ?? o.name.replace(/^draft-/, '').split('-').slice(1).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  const pages = /^https:\/\/github\.com\/([^/]+)\/([^/]+)$/.exec(repo);
  const mail = o.mail ?? (group ? `${group}@ietf.org` : '');
  const venues = [group && mail ? `the ${group.toUpperCase()} working group's mailing list (<${mail}>)` : '', repo ? `the issues and pull requests of ${repo}` : ''].filter(Boolean);
  return {
    NAME: o.name, TITLE: title, ABBREV: title.length > 42 ? title.slice(0, 42) : title, AREA: '', GROUP: group, KEYWORD: 'TODO', MAIL: mail, REPO: repo,
    AUTHOR: o.author ?? (config('user.name') || 'Your Name'), EMAIL: o.email ?? (config('user.email') || 'you@example.com'), ORG: o.org ?? 'TODO',
    PAGES: pages ? `https://${pages[1]}.github.io/${pages[2]}/` : '', VENUE: venues.length ? venues.join(' and in ') : 'the venue the authors name',
  };
}

/** A git remote as a web address: `git@github.com:o/r.git` → `https://github.com/o/r`. */
function webAddress(remote: string): string {
  const ssh = /^git@([^:]+):(.+?)(\.git)?$/.exec(remote);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const https = /^(https:\/\/[^\s]+?)(\.git)?$/.exec(remote);
  return https ? https[1] : '';
}
