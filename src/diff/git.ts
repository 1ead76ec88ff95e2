import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { DiffInputError } from './errors.js';
import { releaseTags } from '../release/git.js';

/** Runs git with these arguments in `cwd`, never through a shell; stdout, or a DiffInputError. */
function git(args: string[], cwd: string, file: string): Promise<Buffer> {
  return new Promise((done, fail) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return done(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return fail(new DiffInputError(file, 'git is not installed (or not on the PATH)', 'install git to compare revisions, or give two files'));
      fail(new DiffInputError(file, String(stderr).trim().split('\n')[0] || error.message, 'check the revision and the path'));
    });
  });
}

/** The repository holding `path` and the path relative to its top, with "/" separators. */
async function locate(path: string, label: string): Promise<{ top: string; rel: string }> {
  let dir: string;
  try {
    dir = realpathSync(dirname(resolve(path)));
  } catch {
    throw new DiffInputError(label, `no such folder: ${dirname(path)}`, 'check the path');
  }
  const top = (await git(['rev-parse', '--show-toplevel'], dir, label).catch(() => {
    throw new DiffInputError(label, `${dirname(path)} is not inside a git repository`, 'a revision (file@rev) needs the file to be in a git working copy');
  })).toString('utf8').trim();
  return { top, rel: relative(top, `${dir}${sep}${basename(path)}`).split(sep).join('/') };
}

/** The file's content at a revision: `git show <rev>:<path>`, once `git cat-file -t` says it is a file. */
export async function showAtRevision(path: string, revision: string): Promise<Buffer> {
  const label = `${path}@${revision}`;
  if (!revision || revision.startsWith('-')) throw new DiffInputError(label, `"${revision}" is not a revision`, 'write file@rev, e.g. draft.md@HEAD~1 or draft.md@draft-foo-bar-03');
  const { top, rel } = await locate(path, label);
  await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], top, label).catch(() => {
    throw new DiffInputError(label, `unknown revision "${revision}"`, 'list tags with `git tag`, commits with `git log --oneline`');
  });
  const type = (await git(['cat-file', '-t', `${revision}:${rel}`], top, label).catch(() => {
    throw new DiffInputError(label, `${rel} does not exist in revision ${revision}`, 'check the file name at that revision with `git show --stat <rev>`');
  })).toString('utf8').trim();
  // `git show rev:folder` would list the folder: only a file's content is a revision of a draft.
  if (type !== 'blob') throw new DiffInputError(label, `${rel} is not a file in revision ${revision}`, 'name a Markdown, XML or text file');
  return git(['show', `${revision}:${rel}`], top, label);
}

/**
 * The newest released revision of a draft: the `draft-<name>-NN` tag with the highest NN, as
 * i-d-template's `make diff` takes it. `name` is the draft's name without its revision.
 */
export async function latestReleaseTag(path: string, name: string): Promise<string> {
  const { top } = await locate(path, path);
  let tags: string[];
  try {
    tags = releaseTags(top, name);
  } catch (e) {
    throw new DiffInputError(path, (e as Error).message, 'check the repository');
  }
  if (!tags.length) {
    throw new DiffInputError(path, `no ${name}-NN tag in this repository, so there is no released revision to compare with`,
      'name both revisions: draftsmith diff OLD NEW (e.g. draft.md@HEAD~1 draft.md)');
  }
  return tags[tags.length - 1];
}
