/**
 * The HTML output in a real browser: Debian's Chromium (/usr/bin/chromium) driven by
 * playwright-core, on the HTML of the spec (spec/*.md) and of two corpus drafts.
 *
 * For each document: the page loads with no console errors and no network requests, every
 * internal href="#…" has an element with that id, TOC links bring their sections to the top
 * of the window (in the sidebar layout at 1280×900 and the inline one at 360×800), nothing
 * sticks out sideways at 360px, and screenshots of both sizes are written to
 * build/screenshots/ for people to look at (the HTML itself goes to build/browser/).
 *
 * A hand-made page that breaks each of those rules shows that the checks do fail.
 *
 * Without /usr/bin/chromium the suite is skipped, except on CI (CI set), where it fails;
 * without ../shared/corpus (or $DRAFTSMITH_CORPUS) the corpus drafts are skipped.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildFile, expandInputs } from '../../src/api/build.js';
import { repoRoot, show } from '../unit/helpers.js';
import { browserOrSkip } from './chromium.js';
import {
  clickTocLinks, danglingInternalLinks, horizontalOverflow, landedAtTop, layoutFacts, loadFile, pilcrowsVisibleOnHover,
  printLayoutFacts, screenshotTop, VIEWPORTS, type ViewportName,
} from './page-checks.js';

const ROOT = repoRoot();
const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'));
const HTML_DIR = join(ROOT, 'build', 'browser');
const SCREENSHOT_DIR = join(ROOT, 'build', 'screenshots');
/** The build date, fixed so that the output does not change from day to day. */
const DATE = '2024-01-15';
/** How many TOC links each document has clicked, spread across its TOC. */
const TOC_CLICKS = 40;

interface Doc {
  input: string;
  /** Lives in ../shared/corpus (skipped when the corpus is absent). */
  corpus: boolean;
}

const DOCS: Doc[] = [
  ...expandInputs([join(ROOT, 'spec')]).map((input) => ({ input, corpus: false })),
  // A short mmark draft, and a long kramdown-rfc one with many figures, tables and references.
  { input: join(CORPUS, 'drafts', 'draft-dnsop-rfc6303-bis', 'draft-dnsop-rfc6303-bis.md'), corpus: true },
  { input: join(CORPUS, 'drafts', 'base-drafts', 'rfc9001.md'), corpus: true },
];

/** Width and height of a PNG file, read from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${path} is not a PNG file`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('browser: HTML in Chromium', function () {
  this.timeout(180_000);
  let browser: Browser | undefined;

  before(async function () {
    browser = await browserOrSkip(this);
  });

  after(async function () {
    await browser?.close();
  });

  // The checks must be able to fail: a hand-made page that breaks every rule they enforce.
  describe('the checks themselves, on a page made to fail them', function () {
    let dir = '';
    let page = '';

    before(function () {
      dir = mkdtempSync(join(tmpdir(), 'draftsmith-browser-'));
      page = join(dir, 'bad.html');
      writeFileSync(page, [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bad</title>',
        // a local file that does not exist: a request, and no network involved
        '<link rel="stylesheet" href="missing.css"></head><body>',
        '<script>console.error("boom"); throw new Error("bang");</script>',
        '<div id="toc"><nav class="toc"><ul>',
        '<li><p><a href="#section-1">1</a>. <a href="#hidden">Hidden</a></p></li>',
        '</ul></nav></div>',
        '<p><a href="#nowhere">dangling</a> <a href="#section-1">fine</a> <a href="#">top</a></p>',
        '<section id="section-1"><h2>One</h2><p>text</p></section>',
        '<section id="hidden" style="display: none"><h2>Hidden</h2></section>',
        `<div style="height: ${VIEWPORTS.wide.height * 3}px"></div>`,
        '</body></html>',
      ].join('\n'));
    });

    after(function () {
      rmSync(dir, { recursive: true, force: true });
    });

    it('report its console error, its exception, its request and its dangling link', async function () {
      const loaded = await loadFile(browser!, page, 'wide');
      try {
        assert.ok(loaded.consoleErrors.some((m) => m.includes('boom')), `console errors: ${loaded.consoleErrors.join(' | ')}`);
        assert.deepEqual(loaded.pageErrors, ['bang']);
        assert.deepEqual(loaded.foreignRequests, [new URL('missing.css', loaded.url).href]);
        assert.deepEqual(await danglingInternalLinks(loaded.page), ['#nowhere']);
      } finally {
        await loaded.close();
      }
    });

    it('tell a TOC link that scrolls its section to the top from one whose target is not shown', async function () {
      const loaded = await loadFile(browser!, page, 'wide');
      try {
        const landings = await clickTocLinks(loaded.page);
        assert.deepEqual(landings.map((l) => [l.href, landedAtTop(l, VIEWPORTS.wide.height)]), [['#section-1', true], ['#hidden', false]]);
      } finally {
        await loaded.close();
      }
    });
  });

  for (const doc of DOCS) {
    describe(basename(doc.input), function () {
      let html = '';
      let name = '';

      before(async function () {
        if (doc.corpus && !existsSync(CORPUS)) {
          console.log(`      (skipped: ${CORPUS} is not there)`);
          this.skip();
        }
        const outcome = await buildFile(doc.input, {
          outDir: HTML_DIR, formats: ['html'], refcache: [join(CORPUS, 'bibxml')], offline: true,
          allowMissingRefs: false, noUserCache: true, date: DATE,
        });
        assert.ok(!outcome.failed && outcome.outputs.html, `the build failed:\n${show(outcome.diagnostics)}`);
        html = outcome.outputs.html;
        name = basename(html, '.html');
      });

      it('loads with no console errors, no page errors and no network requests', async function () {
        for (const viewport of ['wide', 'narrow'] as ViewportName[]) {
          const loaded = await loadFile(browser!, html, viewport);
          try {
            assert.deepEqual(loaded.consoleErrors, [], `console errors (${viewport})`);
            assert.deepEqual(loaded.pageErrors, [], `page errors (${viewport})`);
            assert.deepEqual(loaded.foreignRequests, [], `requests for something other than the page (${viewport})`);
          } finally {
            await loaded.close();
          }
        }
      });

      it('has an element with the id of every internal href="#…"', async function () {
        const loaded = await loadFile(browser!, html, 'wide');
        try {
          const dangling = await danglingInternalLinks(loaded.page);
          assert.deepEqual(dangling, [], `${dangling.length} internal links point at no id`);
        } finally {
          await loaded.close();
        }
      });

      for (const viewport of ['wide', 'narrow'] as ViewportName[]) {
        const { width, height } = VIEWPORTS[viewport];
        const layout = viewport === 'wide' ? 'the TOC as a sidebar' : 'the TOC inline';
        it(`TOC links bring their sections to the top of the window (${width}×${height}, ${layout})`, async function () {
          const loaded = await loadFile(browser!, html, viewport);
          try {
            const landings = await clickTocLinks(loaded.page, TOC_CLICKS);
            assert.ok(landings.length >= 3, `only ${landings.length} TOC links found`);
            const wrong = landings.filter((l) => !landedAtTop(l, height));
            assert.deepEqual(wrong, [], `${wrong.length} of ${landings.length} TOC links did not bring their target to the top`);
          } finally {
            await loaded.close();
          }
        });
      }

      it('fits a 360px wide window without scrolling sideways', async function () {
        const loaded = await loadFile(browser!, html, 'narrow');
        try {
          assert.equal(await horizontalOverflow(loaded.page), 0, 'px the page is wider than the window');
        } finally {
          await loaded.close();
        }
      });

      it('shows the TOC as a sidebar at 1280px and inline at 360px, pilcrows on hover only, neither in print', async function () {
        const wide = await loadFile(browser!, html, 'wide');
        try {
          const screen = await layoutFacts(wide.page);
          assert.equal(screen.tocPosition, 'fixed', '#toc position at 1280px');
          assert.equal(screen.tocOverflowY, 'auto', 'the sidebar scrolls on its own');
          assert.ok(screen.abstractLeft !== null && screen.tocRight !== null && screen.abstractLeft >= screen.tocRight,
            `the text (left edge ${screen.abstractLeft}px) clears the sidebar (right edge ${screen.tocRight}px)`);
          assert.ok(screen.pilcrows > 0, 'the page has pilcrows');
          assert.equal(screen.visiblePilcrows, 0, 'pilcrows visible without hovering');
          assert.equal(await pilcrowsVisibleOnHover(wide.page), 1, 'pilcrows visible while hovering one paragraph');
          const print = await printLayoutFacts(wide.page);
          assert.equal(print.tocPosition, 'static', '#toc position in print');
          assert.equal(print.visiblePilcrows, 0, 'pilcrows visible in print');
        } finally {
          await wide.close();
        }
        const narrow = await loadFile(browser!, html, 'narrow');
        try {
          assert.equal((await layoutFacts(narrow.page)).tocPosition, 'static', '#toc position at 360px');
        } finally {
          await narrow.close();
        }
      });

      it('writes screenshots of both window sizes under build/screenshots/', async function () {
        for (const viewport of ['wide', 'narrow'] as ViewportName[]) {
          const loaded = await loadFile(browser!, html, viewport);
          try {
            const path = await screenshotTop(loaded.page, SCREENSHOT_DIR, name, viewport);
            assert.equal(path, join(SCREENSHOT_DIR, `${name}-${viewport}.png`));
            const { width, height } = VIEWPORTS[viewport];
            assert.deepEqual(pngSize(path), { width, height });
          } finally {
            await loaded.close();
          }
        }
      });
    });
  }
});
