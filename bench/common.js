// What the benchmarks share: where the corpus is, how many runs, and the median.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'));
/** Timed runs after the warm-up (BENCH_RUNS, default 10). */
export const N = Number(process.env.BENCH_RUNS) || 10;

/** Ends the benchmark quietly when the corpus beside the repository is not there. */
export function requireCorpus(name) {
  if (!existsSync(CORPUS)) {
    console.log(`../shared/corpus not found: ${name} benchmark skipped`);
    process.exit(0);
  }
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs `once` N times after a warm-up: median and minimum wall time, median CPU time (ms). */
export async function timeRuns(once) {
  await once();
  const times = [];
  const cpuTimes = [];
  for (let i = 0; i < N; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    await once();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), cpu: median(cpuTimes) };
}
