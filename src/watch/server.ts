import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WatchBuild } from './builder.js';
import { errorPage, EVENTS_PATH, servedPage } from './page.js';

const TYPES: Record<string, string> = { html: 'text/html', txt: 'text/plain', xml: 'application/xml' };

/**
 * The preview server: `/` is the newest build's HTML with the reload script (or the page of
 * its errors), the written artifacts are served under their own names, and `/__draftsmith/events`
 * streams the number of each finished build (Server-Sent Events).
 */
export class PreviewServer {
  private readonly server: Server;
  private readonly clients = new Set<ServerResponse>();
  private readonly keepAlive: NodeJS.Timeout;

  constructor(private readonly input: string, private current: () => WatchBuild) {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.keepAlive = setInterval(() => {
      for (const c of this.clients) c.write(': keep-alive\n\n');
    }, 15000);
    this.keepAlive.unref();
  }

  /** Listens on host:port (0: any free port); the URL of the page. */
  listen(port: number, host: string): Promise<string> {
    return new Promise((done, fail) => {
      const onError = (e: NodeJS.ErrnoException) => {
        fail(new Error(e.code === 'EADDRINUSE' ? `port ${port} on ${host} is in use; choose another with --port (0 picks a free one)`
          : e.code === 'EACCES' ? `port ${port} on ${host} is not allowed; choose one above 1023 with --port` : `cannot listen on ${host}:${port}: ${e.message}`));
      };
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        const a = this.server.address() as AddressInfo;
        done(`http://${host.includes(':') ? `[${host}]` : host}:${a.port}/`);
      });
    });
  }

  /** Tells every open page that a build finished. */
  announce(build: WatchBuild): void {
    for (const c of this.clients) c.write(`event: build\ndata: ${build.number}\n\n`);
  }

  close(): Promise<void> {
    clearInterval(this.keepAlive);
    for (const c of this.clients) c.end();
    this.clients.clear();
    return new Promise((done) => {
      this.server.close(() => done());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('only GET and HEAD\n');
      return;
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const build = this.current();
    if (path === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`retry: 1000\nevent: build\ndata: ${build.number}\n\n`);
      this.clients.add(res);
      req.on('close', () => this.clients.delete(res));
      return;
    }
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', 'x-draftsmith-build': String(build.number) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (path === '/' || path === '/index.html') {
      if (build.ok && build.html !== undefined) send(200, 'text/html', servedPage(build.html, build.number));
      else send(200, 'text/html', errorPage(this.input, build.diagnostics, build.number));
      return;
    }
    // The artifacts of the newest good build, by their base names (no other file is served).
    const file = Object.values(build.outputs).find((p) => `/${basename(p)}` === path);
    if (file) {
      try {
        const body = await readFile(file);
        const ext = file.slice(file.lastIndexOf('.') + 1);
        send(200, TYPES[ext] ?? 'application/octet-stream', ext === 'html' ? servedPage(body.toString('utf8'), build.number) : body);
      } catch {
        send(404, 'text/plain', `${path} is gone; save the draft to build it again\n`);
      }
      return;
    }
    send(404, 'text/plain', `${path}: not here; the draft is at /\n`);
  }
}
