/**
 * Shared helpers for the robustness tests (not a test file itself): the CLI run as a separate
 * process, and a 127.0.0.1 HTTP server that counts every connection made to it.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../unit/helpers.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A stack trace line ("    at foo (file.js:1:2)") anywhere in a text. */
export const STACK = /^\s+at\s+\S.*:\d+:\d+\)?$/m;

/**
 * Runs `draftsmith ARGS` in its own process (asynchronously, so a server in this process can
 * still answer), with `cache` as the per-user reference cache.
 */
export function draftsmith(args: string[], cache: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cache };
  delete env.DRAFTSMITH_DEBUG;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(repoRoot(), 'bin', 'draftsmith.js'), ...args], { env, encoding: 'utf8', maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ status: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

/** A local HTTP server that answers everything with a marker and records who came. */
export interface CountingServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Connections opened (a client that connects and never sends a request still counts). */
  connections: number;
  /** Request lines received ("GET /x"). */
  requests: string[];
  close(): Promise<void>;
}

/** The text every answer of the counting server carries: output holding it came from the network. */
export const SERVED_MARKER = 'SERVED-BY-LOCAL-SERVER';

export async function countingServer(): Promise<CountingServer> {
  const server: Server = createServer((req, res) => {
    counting.requests.push(`${req.method} ${req.url}`);
    res.setHeader('content-type', 'application/xml');
    res.end(`<reference anchor="X"><front><title>${SERVED_MARKER}</title></front></reference>`);
  });
  const counting: CountingServer = {
    origin: '',
    connections: 0,
    requests: [],
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  server.on('connection', () => counting.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  counting.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return counting;
}
