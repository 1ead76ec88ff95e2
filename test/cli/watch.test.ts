/**
 * `draftsmith watch`: the library function on a temporary draft with port 0, fetched over
 * loopback (the page, the event stream, the artifacts), and the CLI as a separate process.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { get, createServer, type IncomingMessage } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWatch, type WatchSession } from '../../src/watch/index.js';
import { lines, repoRoot } from '../unit/helpers.js';

const STACK = /^\s+at\s+\S.*:\d+:\d+\)?$/m;

function draft(body: string, docname = 'draft-smith-watch-00'): string {
  return lines('---', 'title: A Watched Draft', `docname: ${docname}`, 'date: 2026-11-22', '--- abstract', '', 'The abstract.', '', '--- middle', '',
    '# Introduction', '', body, '');
}

/** The text of a page, tags removed. */
function plain(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

async function fetchText(url: string): Promise<{ status: number; type: string; body: string }> {
  const r = await fetch(url);
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: await r.text() };
}

/** The build numbers the event stream announces, as they come. */
function eventStream(url: string): { builds: number[]; waitFor(n: number, ms?: number): Promise<void>; close(): void } {
  const builds: number[] = [];
  let wake = () => {};
  let response: IncomingMessage | undefined;
  const req = get(url, (res) => {
    response = res;
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const m = /^event: build\ndata: (\d+)$/m.exec(event);
        if (m) builds.push(Number(m[1]));
        wake();
      }
    });
  });
  req.on('error', () => {});
  return {
    builds,
    async waitFor(n, ms = 15000) {
      const until = Date.now() + ms;
      while (!builds.includes(n)) {
        if (Date.now() > until) throw new Error(`no build ${n} announced (saw ${builds.join(', ')})`);
        await new Promise<void>((done) => {
          wake = done;
          setTimeout(done, 200);
        });
      }
    },
    close() {
      response?.destroy();
      req.destroy();
    },
  };
}

describe('draftsmith watch', function () {
  this.timeout(60000);
  let dir: string;
  let session: WatchSession | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-watch-'));
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  function start(input: string, debounceMs = 100): Promise<WatchSession> {
    return startWatch({ input, outDir: join(dir, 'build'), port: 0, refcache: [], offline: true, noUserCache: true, debounceMs });
  }

  it('serves the HTML on 127.0.0.1 with a reload script the page policy allows, and keeps the written HTML script-free', async () => {
    const input = join(dir, 'draft.md');
    writeFileSync(input, draft('Hello, first version.'));
    session = await start(input);
    assert.match(session.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetchText(session.url);
    assert.equal(page.status, 200);
    assert.match(page.type, /^text\/html/);
    assert.match(plain(page.body), /Hello, first version\./);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page.body)?.[1] ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(policy)?.[1];
    assert.ok(nonce, policy);
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /connect-src 'self'/);
    assert.ok(page.body.includes(`<script nonce="${nonce}">`), 'the script carries the nonce of the policy');
    assert.match(page.body, /new EventSource\("\/__draftsmith\/events"\)/);
    // A new nonce for every response.
    assert.notEqual(/nonce-([^']+)/.exec((await fetchText(session.url)).body)?.[1], nonce);
    // The build folder's copy is the build's: no script, the strict policy.
    const written = readFileSync(join(dir, 'build', 'draft-smith-watch-00.html'), 'utf8');
    assert.doesNotMatch(written, /<script/i);
    assert.doesNotMatch(written, /nonce-/);
    assert.match(readFileSync(join(dir, 'build', 'draft-smith-watch-00.txt'), 'utf8'), /Hello, first version\./);
    assert.match(readFileSync(join(dir, 'build', 'draft-smith-watch-00.xml'), 'utf8'), /Hello, first version\./);
    // The artifacts by name; nothing else.
    const txt = await fetchText(`${session.url}draft-smith-watch-00.txt`);
    assert.equal(txt.status, 200);
    assert.match(txt.type, /^text\/plain/);
    assert.match(txt.body, /Hello, first version\./);
    assert.equal((await fetchText(`${session.url}../draft.md`)).status, 404);
    assert.equal((await fetchText(`${session.url}draft.md`)).status, 404);
    assert.equal((await fetch(session.url, { method: 'POST' })).status, 405);
  });

  it('rebuilds on save, announces the build, and serves the new content; shows an error with its position until fixed', async () => {
    const input = join(dir, 'draft.md');
    writeFileSync(input, draft('Hello, first version.'));
    session = await start(input);
    const events = eventStream(`${session.url}__draftsmith/events`);
    try {
      await events.waitFor(1);
      writeFileSync(input, draft('Hello, second version.'));
      await events.waitFor(2);
      const second = plain((await fetchText(session.url)).body);
      assert.match(second, /Hello, second version\./);
      assert.doesNotMatch(second, /first version/);

      // Line 13, column 5: the citation of an anchor that does not exist.
      writeFileSync(input, draft('See {{nowhere}} here.'));
      await events.waitFor(3);
      const broken = await fetchText(session.url);
      assert.equal(broken.status, 200);
      assert.ok(plain(broken.body).includes(`${input}:13:5: "nowhere" is not a section`), plain(broken.body));
      assert.match(broken.body, /<title>Build failed: /);
      assert.match(broken.body, /<script nonce="([^"]+)">[^]*new EventSource/);
      assert.equal(session.current().ok, false);
      // The last good HTML stays in the build folder.
      assert.match(readFileSync(join(dir, 'build', 'draft-smith-watch-00.html'), 'utf8'), /second version/);

      writeFileSync(input, draft('Hello, fixed version.'));
      await events.waitFor(4);
      const fixed = plain((await fetchText(session.url)).body);
      assert.match(fixed, /Hello, fixed version\./);
      assert.doesNotMatch(fixed, /nowhere/);
    } finally {
      events.close();
    }
  });

  it('rebuilds when an included file is saved', async () => {
    const input = join(dir, 'draft.md');
    writeFileSync(join(dir, 'part.md'), 'Included text, first.\n');
    writeFileSync(input, draft('{::include part.md}'));
    session = await start(input);
    assert.match(plain((await fetchText(session.url)).body), /Included text, first\./);
    assert.deepEqual(session.current().includes.map((f) => f.replace(/.*[\\/]/, '')), ['part.md']);
    const next = session.nextBuild();
    writeFileSync(join(dir, 'part.md'), 'Included text, second.\n');
    await next;
    assert.match(plain((await fetchText(session.url)).body), /Included text, second\./);
  });

  it('makes one build of saves in quick succession', async () => {
    const input = join(dir, 'draft.md');
    writeFileSync(input, draft('Version 0.'));
    session = await start(input, 400);
    const next = session.nextBuild();
    for (let i = 1; i <= 5; i++) {
      writeFileSync(input, draft(`Version ${i}.`));
      await new Promise((done) => setTimeout(done, 30));
    }
    const build = await next;
    assert.equal(build.number, 2);
    assert.match(plain((await fetchText(session.url)).body), /Version 5\./);
    await new Promise((done) => setTimeout(done, 800));
    assert.equal(session.current().number, 2, 'no more builds');
  });

  describe('the CLI', () => {
    const root = repoRoot();

    function spawnWatch(args: string[]) {
      const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') };
      delete env.DRAFTSMITH_DEBUG;
      const child = spawn(process.execPath, [join(root, 'bin', 'draftsmith.js'), 'watch', ...args], { cwd: dir, env });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
      const url = async (): Promise<string> => {
        const until = Date.now() + 30000;
        for (;;) {
          const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
          if (m) return m[1];
          if (child.exitCode !== null || Date.now() > until) throw new Error(`no URL: ${stderr}`);
          await new Promise((done) => setTimeout(done, 50));
        }
      };
      return { child, exited, url, stderr: () => stderr };
    }

    it('serves on a free port with --port 0, prints each build, and stops cleanly on Ctrl-C', async () => {
      writeFileSync(join(dir, 'draft.md'), draft('From the command line.'));
      const w = spawnWatch(['draft.md', '--port', '0', '--offline', '--out-dir', 'out']);
      const url = await w.url();
      assert.match(plain((await fetchText(url)).body), /From the command line\./);
      assert.match(w.stderr(), /draft\.md: built 3 files in \d+ ms \(build 1\)/);
      writeFileSync(join(dir, 'draft.md'), draft('See {{nowhere}} here.'));
      const until = Date.now() + 15000;
      while (!/not built \(build 2\)/.test(w.stderr()) && Date.now() < until) await new Promise((done) => setTimeout(done, 50));
      assert.match(w.stderr(), /draft\.md:13:5: error: "nowhere" is not a section/);
      w.child.kill('SIGINT');
      assert.equal(await w.exited, 0, w.stderr());
      assert.match(w.stderr(), /stopping/);
      assert.doesNotMatch(w.stderr(), STACK);
      await assert.rejects(fetch(url));
    });

    it('says so when the port is taken', async () => {
      const busy = createServer();
      await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
      try {
        writeFileSync(join(dir, 'draft.md'), draft('Hello.'));
        const w = spawnWatch(['draft.md', '--port', String((busy.address() as AddressInfo).port), '--offline', '--out-dir', 'out']);
        assert.equal(await w.exited, 1);
        assert.match(w.stderr(), /port \d+ on 127\.0\.0\.1 is in use; choose another with --port \(0 picks a free one\)/);
        assert.doesNotMatch(w.stderr(), STACK);
      } finally {
        busy.close();
      }
    });

    it('refuses a folder of several drafts and a bad port', async () => {
      writeFileSync(join(dir, 'a.md'), draft('A.'));
      writeFileSync(join(dir, 'b.md'), draft('B.', 'draft-smith-other-00'));
      const several = spawnWatch(['.', '--port', '0']);
      assert.equal(await several.exited, 2);
      assert.match(several.stderr(), /holds 2 drafts .*; name the one to watch/);
      const port = spawnWatch(['a.md', '--port', 'eighty']);
      assert.equal(await port.exited, 2);
      assert.match(port.stderr(), /--port takes a number from 0 to 65535, not "eighty"/);
    });
  });
});
