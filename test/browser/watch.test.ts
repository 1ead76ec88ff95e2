/**
 * `draftsmith watch` in a real browser (Debian's Chromium through playwright-core): the served
 * page's reload script runs under its Content-Security-Policy (no violation), reloads the page
 * when the draft is saved, shows a build error in place, and comes back when it is fixed.
 * Every request outside the watch server is refused and recorded.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startWatch, type WatchSession } from '../../src/watch/index.js';
import { lines } from '../unit/helpers.js';
import { browserOrSkip } from './chromium.js';

function draft(body: string): string {
  return lines('---', 'title: A Watched Draft', 'docname: draft-smith-watch-00', 'date: 2026-11-22', '--- abstract', '', 'The abstract.', '', '--- middle', '',
    '# Introduction', '', body, '');
}

/* eslint-disable @typescript-eslint/no-explicit-any -- functions run in the page; the tests compile without the DOM types */

describe('browser: draftsmith watch reloads the page', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let session: WatchSession | undefined;
  let dir: string;

  before(async function () {
    browser = await browserOrSkip(this);
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-watch-browser-'));
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('live reload under the page policy, an error shown in place, and the page back when fixed', async () => {
    const input = join(dir, 'draft.md');
    writeFileSync(input, draft('Hello, first version.'));
    session = await startWatch({ input, outDir: join(dir, 'build'), port: 0, refcache: [], offline: true, noUserCache: true, debounceMs: 100 });
    const origin = new URL(session.url).origin;
    const page = await browser!.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      problems.push(`request outside the server: ${route.request().url()}`);
      return route.abort();
    });
    try {
      await page.goto(session.url);
      assert.match(await page.textContent('body') ?? '', /Hello, first version\./);
      // The script is running (connected to the event stream) before the edit.
      await page.waitForFunction(() => (globalThis as any).document.documentElement.dataset.draftsmithLive === 'connected');

      writeFileSync(input, draft('Hello, second version.'));
      await page.waitForFunction(() => (globalThis as any).document.body.textContent.includes('Hello, second version.'), undefined, { timeout: 20_000 });

      writeFileSync(input, draft('See {{nowhere}} here.'));
      await page.waitForFunction(() => (globalThis as any).document.title.startsWith('Build failed'), undefined, { timeout: 20_000 });
      const text = (await page.textContent('body')) ?? '';
      assert.ok(text.includes(`${input}:13:5: "nowhere" is not a section`), text);

      writeFileSync(input, draft('Hello, fixed version.'));
      await page.waitForFunction(() => (globalThis as any).document.body.textContent.includes('Hello, fixed version.'), undefined, { timeout: 20_000 });
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
