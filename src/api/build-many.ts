import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderFile, writeRendered, type BuildOptions, type BuildOutcome, type RenderOutcome } from './build.js';
import { readSiblings } from './siblings.js';

/** What `buildMany` tells a progress display, per input. */
export type BuildProgress =
  | { type: 'start'; index: number; input: string }
  | { type: 'done'; index: number; input: string; outcome: BuildOutcome; ms: number };

export interface BuildManyOptions {
  /** Worker threads (default: the cores, at most one per input; 1 builds in this thread). */
  workers?: number;
  onProgress?: (event: BuildProgress) => void;
}

/**
 * Builds several drafts, in parallel across the cores (worker threads), each as `buildFile`
 * would; they may cite one another by name and get each other's current revision. Outcomes
 * come back in input order, and files are written in input order (two drafts with one docName:
 * the second is refused).
 */
export async function buildMany(files: string[], options: BuildOptions, many: BuildManyOptions = {}): Promise<BuildOutcome[]> {
  const siblings = files.length > 1 ? readSiblings(files) : [];
  const withSiblings: BuildOptions = siblings.length ? { ...options, siblings } : options;
  const workers = Math.max(1, Math.min(many.workers ?? availableParallelism(), files.length));
  const rendered = workers === 1 ? await renderHere(files, withSiblings, many) : await renderInWorkers(files, withSiblings, workers, many);
  const claimed = new Set<string>();
  return rendered.map((r) => writeRendered(r, claimed));
}

async function renderHere(files: string[], options: BuildOptions, many: BuildManyOptions): Promise<RenderOutcome[]> {
  const out: RenderOutcome[] = [];
  for (const [index, input] of files.entries()) {
    many.onProgress?.({ type: 'start', index, input });
    const t0 = Date.now();
    const r = await renderFile(input, options);
    many.onProgress?.({ type: 'done', index, input, outcome: r, ms: Date.now() - t0 });
    out.push(r);
  }
  return out;
}

/** Functions cannot go to a worker: they stay behind (progress of reference fetching is the main thread's). */
function transferable(options: BuildOptions): BuildOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v !== 'function')) as BuildOptions;
}

function renderInWorkers(files: string[], options: BuildOptions, count: number, many: BuildManyOptions): Promise<RenderOutcome[]> {
  const results = new Array<RenderOutcome>(files.length);
  const started = new Map<number, number>();
  const opts = transferable(options);
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    const pool: Worker[] = [];
    const stop = () => { for (const w of pool) void w.terminate(); };
    const feed = (w: Worker) => {
      if (next >= files.length) return;
      const id = next++;
      started.set(id, Date.now());
      many.onProgress?.({ type: 'start', index: id, input: files[id] });
      w.postMessage({ id, input: files[id], options: opts });
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(new URL('./build-worker.js', import.meta.url));
      pool.push(w);
      w.on('message', (m: { id: number; rendered?: RenderOutcome; error?: string }) => {
        const input = files[m.id];
        results[m.id] = m.rendered ?? { input, outputs: {}, failed: true, artifacts: [], diagnostics: [{ severity: 'error', ruleId: 'internal-error', file: input, line: 1, column: 1,
          message: `the build failed: ${m.error}`, hint: 'this is a draftsmith bug; please report it with this input' }] };
        many.onProgress?.({ type: 'done', index: m.id, input, outcome: results[m.id], ms: Date.now() - (started.get(m.id) ?? Date.now()) });
        if (++finished === files.length) {
          stop();
          resolve(results);
        } else feed(w);
      });
      w.on('error', (e) => {
        stop();
        reject(e);
      });
      feed(w);
    }
  });
}
