/**
 * The diff page (draftsmith diff --format html) in Chromium: it loads with no console errors
 * and no requests, every href="#change-N" (and every other internal link) has its element, and
 * following the "next" links from change to change brings each change into view below the
 * sticky bar, as does the bar's own link to the last change; at phone width nothing sticks
 * out sideways. On a small diff with markup-like text, and on QUIC transport -33 against -34.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { compareRevisions } from '../../src/diff/compare.js';
import { renderHtml } from '../../src/diff/render-html.js';
import { hasCorpus, QUIC_33, QUIC_34, renderCorpusDraft } from '../unit/diff/corpus.js';
import { browserOrSkip } from './chromium.js';
import { danglingInternalLinks, horizontalOverflow, loadFile, spread } from './page-checks.js';

describe('browser: the diff page in Chromium', function () {
  this.timeout(180_000);
  let browser: Browser | undefined;
  let dir = '';

  before(async function () {
    browser = await browserOrSkip(this);
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-diff-browser-'));
  });

  after(async function () {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Loads the page and checks it; returns the change numbers it stepped through. */
  async function check(name: string, html: string, changes: number, steps: number): Promise<number[]> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const loaded = await loadFile(browser!, file, 'wide');
    try {
      const { page } = loaded;
      assert.deepEqual(loaded.consoleErrors, []);
      assert.deepEqual(loaded.pageErrors, []);
      assert.deepEqual(loaded.foreignRequests, []);
      assert.deepEqual(await danglingInternalLinks(page), []);
      const hrefs = await page.locator('a[href^="#change-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.length >= changes, `${hrefs.length} change links for ${changes} changes`);
      assert.equal(await page.locator('[id^="change-"]').count(), changes);
      // Step through changes by their "next" links, as a reviewer does.
      const reached: number[] = [];
      for (const n of spread(Array.from({ length: changes - 1 }, (_, i) => i + 1), steps)) {
        await page.locator(`#change-${n} a`, { hasText: 'next' }).click();
        assert.ok(page.url().endsWith(`#change-${n + 1}`), page.url());
        const bar = (await page.locator('nav.bar').boundingBox())!;
        const box = (await page.locator(`#change-${n + 1}`).boundingBox())!;
        assert.ok(box.y >= bar.y + bar.height - 2 && box.y < 900, `change ${n + 1} at y=${box.y}, bar ends at ${bar.y + bar.height}`);
        reached.push(n + 1);
      }
      // The bar's link to the last change.
      await page.locator(`nav.bar a[href="#change-${changes}"]`).click();
      const bar = (await page.locator('nav.bar').boundingBox())!;
      const last = (await page.locator(`#change-${changes}`).boundingBox())!;
      assert.ok(last.y >= bar.y + bar.height - 2 && last.y < 900, `last change at y=${last.y}`);
      return reached;
    } finally {
      await loaded.close();
    }
  }

  /** At phone width the page does not stick out sideways (the bar's strip scrolls instead). */
  async function checkNarrow(name: string): Promise<void> {
    const loaded = await loadFile(browser!, join(dir, `${name}.html`), 'narrow');
    try {
      assert.deepEqual(loaded.consoleErrors, []);
      assert.equal(await horizontalOverflow(loaded.page), 0);
    } finally {
      await loaded.close();
    }
  }

  it('a small diff with markup-like text', async () => {
    const old = ['Abstract', '', '   <script>alert(1)</script> stays text.', '', '1.  Intro', '', ...Array.from({ length: 60 }, (_, i) => `   Line ${i} & more.`)];
    const neu = [...old];
    neu[2] = '   <script>alert(2)</script> stays text.';
    neu[40] = '   Line 34 & less.';
    const diff = compareRevisions({ label: 'old <a>', text: old.join('\n') }, { label: 'new "b"', text: neu.join('\n') });
    assert.equal(diff.changes.length, 2);
    assert.deepEqual(await check('small', renderHtml(diff), 2, 1), [2]);
    await checkNarrow('small');
  });

  it('QUIC transport -33 against -34', async function () {
    if (!hasCorpus()) this.skip();
    const [a, b] = await Promise.all([renderCorpusDraft(QUIC_33), renderCorpusDraft(QUIC_34)]);
    const diff = compareRevisions({ label: 'draft-33', text: a.unpaginated, root: a.root }, { label: 'draft-34', text: b.unpaginated, root: b.root });
    const reached = await check('quic-33-34', renderHtml(diff), diff.changes.length, 25);
    assert.equal(reached.length, 25);
    await checkNarrow('quic-33-34');
  });
});
