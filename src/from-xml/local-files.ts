import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';

/** Where a local file named by a document lives, or why it may not be read. */
export type LocalFile = { path: string } | { error: 'outside' | 'missing' };

/**
 * Resolves `href` against the document's folder. Symbolic links are followed before the check,
 * so a link inside the folder cannot point outside it; `..` and absolute paths are refused too,
 * unless `allowOutside`.
 */
export function localFile(docFile: string | undefined, href: string, allowOutside = false): LocalFile {
  // A URL (file:///etc/passwd, an external entity's system id) is never read as a local file.
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^[a-z]:[\\/]/i.test(href)) return { error: 'outside' };
  const docDir = docFile ? dirname(resolve(docFile)) : process.cwd();
  const path = isAbsolute(href) ? href : resolve(docDir, href);
  const real = existsSync(path) ? realpathSync(path) : path;
  const root = existsSync(docDir) ? realpathSync(docDir) : docDir;
  if (!allowOutside && real !== root && !real.startsWith(root + sep)) return { error: 'outside' };
  // A folder is no file to read (reading it would throw).
  if (!existsSync(real) || !statSync(real).isFile()) return { error: 'missing' };
  return { path: real };
}
