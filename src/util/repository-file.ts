import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';

/** A file a document names, found or refused. */
export type LocatedFile = { path: string } | { problem: 'missing' } | { problem: 'outside'; path: string };

function realpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/**
 * Finds a file named in a document: relative to the file the name is written in (`origin`),
 * a regular file, and, unless `allowOutside`, inside `root` (the repository) once symbolic
 * links are followed. The path returned is the real one (a build dependency).
 */
export function locateFile(name: string, origin: string, root: string, allowOutside = false): LocatedFile {
  const target = isAbsolute(name) ? name : resolve(dirname(resolve(origin)), name);
  if (!name || !existsSync(target) || !statSync(target).isFile()) return { problem: 'missing' };
  const real = realpath(target);
  const top = realpath(root);
  if (!allowOutside && real !== top && !real.startsWith(top + sep)) return { problem: 'outside', path: real };
  return { path: real };
}
