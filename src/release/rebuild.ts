import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { buildFile, expandInputs, type BuildOptions, type BuildOutcome } from '../api/build.js';
import { fileAt, git, GitError, repositoryTop, tagDate } from './git.js';
import { draftName, sourceDocName } from './revision.js';

/** Why `build --rev` built nothing. */
export class RevisionError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

/**
 * Rebuilds a released revision from git history: the draft among `inputs` whose source, as the
 * tag holds it, names the tag's draft, built as that revision (its docName, the tag's date).
 * Files the draft includes are read from the working copy.
 */
export async function rebuildRevision(inputs: string[], tag: string, options: Omit<BuildOptions, 'revision' | 'source'>): Promise<BuildOutcome[]> {
  if (!/^draft-[a-z0-9-]+-\d\d$/.test(tag)) throw new RevisionError(`"${tag}" is not a draft revision`, 'name a tag such as draft-foo-bar-03');
  const files = expandInputs(inputs);
  const top = repositoryTop(files.length ? dirname(resolve(files[0])) : process.cwd());
  if (!top) throw new RevisionError('not in a git repository', 'run it in the draft\'s repository');
  try {
    git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], top);
  } catch (e) {
    if (e instanceof GitError) throw new RevisionError(`there is no tag ${tag}`, 'list the releases with `git tag --list "draft-*"`');
    throw e;
  }
  const name = draftName(tag);
  const date = tagDate(top, tag);
  const outcomes: BuildOutcome[] = [];
  for (const file of files) {
    const source = fileAt(top, tag, relative(top, resolve(file)).split(sep).join('/'));
    if (source === undefined) continue;
    const docName = sourceDocName(source);
    const matches = docName ? draftName(docName) === name : basename(file, extname(file)) === name;
    if (!matches) continue;
    outcomes.push(await buildFile(file, { ...options, source, date, revision: { docName: tag, date } }));
  }
  if (!outcomes.length) throw new RevisionError(`no draft in ${inputs.join(', ')} was ${name} at ${tag}`, 'name the draft\'s file or folder');
  return outcomes;
}
