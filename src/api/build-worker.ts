/**
 * A worker thread of `buildMany`: renders the inputs it is sent (convert, check, render: the
 * CPU-bound part) and sends back what to write; the main thread writes, so that output
 * collisions are decided in input order.
 */
import { parentPort } from 'node:worker_threads';
import { renderFile, type BuildOptions } from './build.js';

parentPort?.on('message', async (job: { id: number; input: string; options: BuildOptions }) => {
  try {
    parentPort!.postMessage({ id: job.id, rendered: await renderFile(job.input, job.options) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message });
  }
});
