import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** The temporary name of `name` while process `pid` writes it. */
function temporaryName(name: string, pid: number): string {
  return `.${name}.${pid}.${Date.now()}.tmp`;
}

/** Whether a process with this id is running (on this machine). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed writer of `name` left in `dir` (those of a process that
 * is no longer running), so that interrupted builds do not pile them up.
 */
function removeAbandoned(dir: string, name: string): void {
  const prefix = `.${name}.`;
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const m = /^(\d+)\.\d+\.tmp$/.exec(entry.slice(prefix.length));
    if (m && Number(m[1]) !== process.pid && !running(Number(m[1]))) rmSync(join(dir, entry), { force: true });
  }
}

/**
 * Writes a file so that readers see either the old file or the complete new one: the data
 * goes to a temporary file in the same folder, which is then renamed over the target. A
 * process killed while writing leaves only its temporary file, which the next write of the
 * same file removes.
 */
export function writeFileAtomic(path: string, data: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  removeAbandoned(dir, basename(path));
  const tmp = join(dir, temporaryName(basename(path), process.pid));
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
