import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

/** How the test server answers one entry file (by its file name, e.g. `reference.RFC.2119.xml`). */
export interface Behaviour {
  /** Wait this long before answering. */
  delayMs?: number;
  /** Close the connection without an answer, this many times. */
  drop?: number;
  /** Answer 503 this many times. */
  unavailable?: number;
  /** Answer 200 with this body instead of the file. */
  body?: string;
}

/**
 * A bibliography service on 127.0.0.1 for the tests: `/public/rfc/<folder>/<file>` answers the
 * file of that name from `dir` (404 when there is none), as bib.ietf.org does, with the
 * behaviours asked for (slow, dropped connections, 503s, garbage). It counts what it serves.
 */
export class RefServer {
  readonly requests: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Every answer waits this long (to see concurrency). */
  delayAllMs = 0;
  private server!: Server;

  /** `dirs`: folders of entry files, searched in order. */
  constructor(dirs: string | string[], readonly behaviours: Record<string, Behaviour> = {}) {
    this.dirs = Array.isArray(dirs) ? dirs : [dirs];
  }

  private readonly dirs: string[];

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/public/rfc/`;
  }

  requestsFor(file: string): number {
    return this.requests.filter((r) => r.endsWith(`/${file}`)).length;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = decodeURIComponent((req.url ?? '').split('?')[0]);
      this.requests.push(path);
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      const done = () => { this.inFlight--; };
      res.on('close', done);
      const m = /^\/public\/rfc\/[\w-]+\/(reference\..+\.xml)$/.exec(path);
      const file = m?.[1].replace(/\//g, '_');
      const b = (file && this.behaviours[file]) || {};
      setTimeout(() => {
        if (b.drop) {
          b.drop--;
          req.socket.destroy();
          return;
        }
        if (b.unavailable) {
          b.unavailable--;
          res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
          return;
        }
        if (b.body !== undefined) {
          res.writeHead(200, { 'content-type': 'application/xml' }).end(b.body);
          return;
        }
        const full = file ? this.dirs.map((d) => join(d, file)).find((p) => existsSync(p)) : undefined;
        if (!full) {
          res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not found</body></html>');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/xml' }).end(readFileSync(full));
      }, (b.delayMs ?? 0) + this.delayAllMs);
    });
    // Keep-alive sockets would hold the server open after the tests.
    this.server.keepAliveTimeout = 1;
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
