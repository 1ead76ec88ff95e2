import { resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { buildOnce, type WatchBuild, type WatchBuildOptions } from './builder.js';
import { PreviewServer } from './server.js';

export { buildOnce, type WatchBuild, type WatchBuildOptions } from './builder.js';
export { errorPage, servedPage, EVENTS_PATH } from './page.js';
export { PreviewServer } from './server.js';

export interface WatchOptions extends WatchBuildOptions {
  /** The draft (Markdown or RFC XML). */
  input: string;
  /** The port to serve on: 8000 by default, 0 for any free one. */
  port?: number;
  /** Always 127.0.0.1 unless a caller says otherwise. */
  host?: string;
  /** How long to wait after a save for more saves before building (default 150 ms). */
  debounceMs?: number;
  /** Told about every finished build (the CLI prints its messages). */
  onBuild?: (build: WatchBuild) => void;
}

export interface WatchSession {
  /** The page's URL, e.g. http://127.0.0.1:8000/. */
  url: string;
  /** The newest finished build. */
  current(): WatchBuild;
  /** Resolves with the next build that finishes. */
  nextBuild(): Promise<WatchBuild>;
  /** Stops watching and serving; resolves when everything is closed. */
  close(): Promise<void>;
}

/**
 * Builds the draft, serves its HTML on 127.0.0.1 with live reload, and rebuilds whenever the
 * draft or a file it includes is saved (saves in quick succession make one build). A failed
 * build shows its errors in the page until a save fixes it. Throws only when the port cannot
 * be opened.
 */
export async function startWatch(options: WatchOptions): Promise<WatchSession> {
  const input = options.input;
  let current = await buildOnce(input, options, 1);
  options.onBuild?.(current);
  const server = new PreviewServer(input, () => current);
  const url = await server.listen(options.port ?? 8000, options.host ?? '127.0.0.1');

  let watched = new Set([resolve(input), ...current.includes]);
  const watcher: FSWatcher = watch([...watched], { ignoreInitial: true, awaitWriteFinish: false });
  await new Promise<void>((done) => watcher.once('ready', () => done()));

  let waiters: ((b: WatchBuild) => void)[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const rebuild = async () => {
    const build = await buildOnce(input, options, current.number + 1);
    if (closed) return;
    current = build;
    const next = new Set([resolve(input), ...build.includes]);
    const added = [...next].filter((f) => !watched.has(f));
    const removed = [...watched].filter((f) => !next.has(f));
    if (added.length) watcher.add(added);
    if (removed.length) watcher.unwatch(removed);
    watched = next;
    options.onBuild?.(build);
    server.announce(build);
    const w = waiters;
    waiters = [];
    for (const f of w) f(build);
  };
  const run = () => {
    timer = undefined;
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = rebuild().finally(() => {
      running = undefined;
      if (again && !closed) {
        again = false;
        schedule();
      }
    });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, options.debounceMs ?? 150);
  };
  watcher.on('all', (event) => {
    if (event === 'change' || event === 'add' || event === 'unlink') schedule();
  });

  return {
    url,
    current: () => current,
    nextBuild: () => new Promise((done) => waiters.push(done)),
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await Promise.all([watcher.close(), server.close(), running]);
    },
  };
}
