import { releaseTags, repositoryTop } from '../release/git.js';
import { dirname, resolve } from 'node:path';

/**
 * The last revision submitted before the one at hand, as far as it can be known: the
 * datatracker's submission API has no way to ask, so it comes from `--previous NN` when given,
 * else from the git tags `draft-<name>-NN` of the repository holding the file (the tags
 * `draftsmith release` creates). A tag for the revision at hand itself is not counted.
 */
export interface PreviousRevision {
  /** The previous revision number, or undefined when none is known (then 00 is expected). */
  rev?: number;
  /** Where it was read: `--previous`, `git tags` or `none`. */
  source: 'option' | 'git' | 'none';
  /** The tags seen above the revision at hand (a revision older than one already tagged). */
  newer: string[];
}

/** Revisions from the repository's `draft-<name>-NN` tags, or undefined outside a git repository. */
export function taggedRevisions(file: string, name: string): number[] | undefined {
  const top = repositoryTop(dirname(resolve(file)));
  if (!top) return undefined;
  try {
    return releaseTags(top, name).map((t) => Number(t.slice(-2)));
  } catch {
    return undefined;
  }
}

/** The previous revision of draft `name` submitted as revision `rev`. */
export function previousRevision(file: string, name: string, rev: number, option?: number | 'none'): PreviousRevision {
  if (option === 'none') return { source: 'option', newer: [] };
  if (option !== undefined) return { rev: option, source: 'option', newer: [] };
  const tags = taggedRevisions(file, name);
  if (!tags?.length) return { source: 'none', newer: [] };
  const below = tags.filter((t) => t < rev);
  return {
    rev: below.length ? below[below.length - 1] : undefined,
    source: 'git',
    newer: tags.filter((t) => t > rev).map((t) => `${name}-${String(t).padStart(2, '0')}`),
  };
}
