import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DiffInputError } from './errors.js';
import { latestReleaseTag, showAtRevision } from './git.js';
import { draftName, sourceDocName } from '../release/revision.js';

/** One revision as read: where it came from and its bytes as text. */
export interface LoadedRevision {
  /** The path, or path@revision. */
  label: string;
  /** The file's path (its working-copy path for a revision). */
  path: string;
  kind: 'markdown' | 'xml' | 'text';
  content: string;
}

const MARKDOWN = new Set(['.md', '.mkd', '.markdown']);
const TEXT = new Set(['.txt', '.text']);

/**
 * Splits "draft.md@draft-foo-bar-03" into a path and a revision. A file that exists under the
 * whole name (an "@" in a file name) is taken as a file.
 */
export function parseRevisionSpec(spec: string): { path: string; revision?: string } {
  const at = spec.lastIndexOf('@');
  if (at <= 0 || existsSync(spec)) return { path: spec };
  return { path: spec.slice(0, at), revision: spec.slice(at + 1) };
}

/** Reads a revision given as a path or path@revision. */
export async function loadRevision(spec: string): Promise<LoadedRevision> {
  const { path, revision } = parseRevisionSpec(spec);
  let bytes: Buffer;
  if (revision !== undefined) bytes = await showAtRevision(path, revision);
  else {
    try {
      if (statSync(path).isDirectory()) throw new DiffInputError(path, 'is a folder, not a file', 'give a Markdown, XML or text file');
      bytes = readFileSync(path);
    } catch (e) {
      if (e instanceof DiffInputError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new DiffInputError(path, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`, 'check the path');
    }
  }
  // A NUL byte does not occur in a draft's text, Markdown or XML: this is some other file.
  if (bytes.includes(0)) throw new DiffInputError(spec, 'is a binary file, not a draft', 'give a Markdown, XML or text file');
  const content = bytes.toString('utf8');
  return { label: spec, path, kind: kindOf(path, content), content };
}

function kindOf(path: string, content: string): LoadedRevision['kind'] {
  const ext = extname(path).toLowerCase();
  if (MARKDOWN.has(ext)) return 'markdown';
  if (ext === '.xml') return 'xml';
  if (TEXT.has(ext)) return 'text';
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<?xml') || start.startsWith('<rfc')) return 'xml';
  if (/^(---|%%%|% \w)/.test(start)) return 'markdown';
  return 'text';
}

/**
 * The old revision `draftsmith diff draft.md` compares with: the newest `draft-<name>-NN` tag,
 * the name taken from the draft's docName (without -NN or -latest), else from the file name.
 */
export async function lastReleased(path: string, content: string): Promise<string> {
  const name = draftName(sourceDocName(content) ?? basename(path, extname(path)));
  return `${path}@${await latestReleaseTag(path, name)}`;
}
