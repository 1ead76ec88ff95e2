import { execFileSync } from 'node:child_process';

/** A git command that failed, with git's own first line of explanation. */
export class GitError extends Error {}

/** Runs git in `cwd` (never through a shell) and returns its standard output. */
export function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new GitError('git is not installed (or not on the PATH)');
    throw new GitError(String(err.stderr ?? '').trim().split('\n')[0] || err.message);
  }
}

/** The top folder of the repository holding `dir`, or undefined outside one. */
export function repositoryTop(dir: string): string | undefined {
  try {
    return git(['rev-parse', '--show-toplevel'], dir).trim();
  } catch {
    return undefined;
  }
}

/** Tracked files with changes (staged or not), as `git status --porcelain` lists them. */
export function uncommittedChanges(top: string): string[] {
  return git(['status', '--porcelain', '--untracked-files=no'], top).split('\n').filter(Boolean);
}

/** The released revisions of a draft: its `draft-<name>-NN` tags, oldest first. */
export function releaseTags(top: string, name: string): string[] {
  return git(['tag', '--list', `${name}-[0-9][0-9]`], top).split('\n').map((t) => t.trim()).filter(Boolean)
    .sort((a, b) => Number(a.slice(-2)) - Number(b.slice(-2)));
}

/** The day a tag was made (an annotated tag's own date, else its commit's), as YYYY-MM-DD. */
export function tagDate(top: string, tag: string): string {
  const tagged = git(['for-each-ref', '--format=%(taggerdate:short)', `refs/tags/${tag}`], top).trim();
  return tagged || git(['log', '-1', '--format=%cs', `${tag}^{commit}`], top).trim();
}

/** A file's content at a revision (`path` relative to the repository top, with "/"). */
export function fileAt(top: string, revision: string, path: string): string | undefined {
  try {
    return git(['show', `${revision}:${path}`], top);
  } catch {
    return undefined;
  }
}
