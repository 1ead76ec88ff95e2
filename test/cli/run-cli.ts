import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../unit/helpers.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `draftsmith ARGS` as a separate process, as a user does, in `cwd`, with the per-user
 * reference cache under `cwd` (so no test reads or fills the real one).
 */
export function runCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'draftsmith.js'), ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(cwd, '.cache'), ...env },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
