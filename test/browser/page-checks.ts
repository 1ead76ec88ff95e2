/**
 * What the browser tests look at on one HTML page (not a test file itself): console errors,
 * network requests, internal links, what the TOC links do, sideways overflow, screenshots.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';

// The functions given to page.evaluate() run inside the page, where the DOM exists. The
// project compiles without TypeScript's DOM library, so this module declares the little of
// it those functions use (module-local declarations: nothing global changes).
interface DomElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  getBoundingClientRect(): { top: number; left: number; right: number };
  getClientRects(): { length: number };
}
interface DomScroller {
  scrollTop: number;
  scrollHeight: number;
  scrollWidth: number;
  clientWidth: number;
}
declare const document: {
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  getElementById(id: string): DomElement | null;
  scrollingElement: DomScroller | null;
  documentElement: DomScroller;
};
declare const window: {
  innerHeight: number;
  scrollTo(x: number, y: number): void;
  getComputedStyle(el: DomElement): { position: string; overflowY: string; display: string; opacity: string };
};
declare const location: { hash: string };

/** The two window sizes the tests use: a laptop (TOC as a sidebar) and a small phone. */
export const VIEWPORTS = {
  wide: { width: 1280, height: 900 },
  narrow: { width: 360, height: 800 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** A page opened from a file: URL, with everything it logged or asked for since. */
export interface LoadedPage {
  page: Page;
  /** The file: URL the page was loaded from. */
  url: string;
  /** Console messages of type "error". */
  consoleErrors: string[];
  /** Uncaught exceptions thrown by scripts on the page. */
  pageErrors: string[];
  /** Every request for anything but the page itself; all of them were aborted. */
  foreignRequests: string[];
  /** The messages of the dialogs (alert, confirm, prompt) the page opened; each was dismissed. */
  dialogs: string[];
  /** Closes the page's browser context. */
  close(): Promise<void>;
}

/** A fragment or href with its %-escapes decoded (as written when malformed). */
export function decodeFragment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The URL without its #fragment. */
function withoutFragment(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/**
 * Opens an HTML file in a new browser context of the given size, light colour scheme and
 * reduced motion. The page may fetch only its own file: every other request is recorded
 * and aborted, so a page that tries to load a font, image or script shows up in
 * `foreignRequests` instead of reaching the network.
 */
export async function loadFile(browser: Browser, file: string, viewport: ViewportName): Promise<LoadedPage> {
  const url = pathToFileURL(file).href;
  const context: BrowserContext = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const loaded: LoadedPage = {
    page: undefined as unknown as Page,
    url,
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    dialogs: [],
    close: () => context.close(),
  };
  context.on('dialog', (dialog) => {
    loaded.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => undefined);
  });
  try {
    await context.route('**/*', (route, request) => {
      if (withoutFragment(request.url()) === url) return route.continue();
      loaded.foreignRequests.push(request.url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    loaded.page = page;
    page.on('console', (msg) => {
      if (msg.type() === 'error') loaded.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => loaded.pageErrors.push(err.message));
    await page.goto(url, { waitUntil: 'load' });
  } catch (e) {
    await context.close();
    throw e;
  }
  return loaded;
}

/**
 * The internal links (`href="#id"`, on any element) whose id no element has, each once, in
 * document order. A bare "#" means the top of the document and is not counted.
 */
export function danglingInternalLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const missing: string[] = [];
    for (const el of Array.from(document.querySelectorAll('[href^="#"]'))) {
      const href = el.getAttribute('href') ?? '';
      if (href === '#') continue;
      let id = href.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // a malformed %-escape: look the id up as written
      }
      if (!document.getElementById(id) && !missing.includes(href)) missing.push(href);
    }
    return missing;
  });
}

/** At most `cap` items of `all`, spread evenly from the first to the last. */
export function spread<T>(all: T[], cap: number): T[] {
  if (all.length <= cap) return all;
  if (cap <= 1) return all.slice(0, cap);
  const picked: T[] = [];
  for (let i = 0; i < cap; i++) picked.push(all[Math.round((i * (all.length - 1)) / (cap - 1))]);
  return picked;
}

/**
 * The distinct internal hrefs of the table of contents (`#toc nav.toc`) that a reader can
 * click, in order. Links without text (the empty number link of an unnumbered section)
 * cannot be clicked and are left out.
 */
export function tocHrefs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hrefs: string[] = [];
    for (const a of Array.from(document.querySelectorAll('#toc nav.toc a[href^="#"]'))) {
      const href = a.getAttribute('href') ?? '';
      if (href.length > 1 && (a.textContent ?? '').trim() !== '' && !hrefs.includes(href)) hrefs.push(href);
    }
    return hrefs;
  });
}

/** Where a TOC link's target ended up after the link was clicked. */
export interface TocLanding {
  href: string;
  /** The target's top edge, in px from the top of the viewport (null: no such element). */
  top: number | null;
  /** The target has a layout box (it is not display: none). */
  rendered: boolean;
  /** The page cannot scroll further down. */
  atBottom: boolean;
  /** location.hash after the click. */
  hash: string;
}

/** How far (px) a target's top may sit from the viewport's top and still count as "at the top". */
export const TOP_TOLERANCE_PX = 4;

/** Whether a click brought the target to the top of the viewport, or as far as the page can scroll. */
export function landedAtTop(l: TocLanding, viewportHeight: number): boolean {
  if (l.top === null || !l.rendered || decodeFragment(l.hash) !== decodeFragment(l.href)) return false;
  if (Math.abs(l.top) <= TOP_TOLERANCE_PX) return true;
  // Near the end of the document the page stops scrolling before the target reaches the top.
  return l.atBottom && l.top > 0 && l.top < viewportHeight;
}

/**
 * Clicks up to `cap` TOC links (spread across the whole TOC) one after the other, the way a
 * reader would, and reports where each target landed.
 */
export async function clickTocLinks(page: Page, cap = 40): Promise<TocLanding[]> {
  const hrefs = spread(await tocHrefs(page), cap);
  const landings: TocLanding[] = [];
  for (const href of hrefs) {
    // The first TOC link with this href (a TOC line has the number and the title as two links).
    const link = page.locator(`#toc nav.toc a[href="${href.replace(/["\\]/g, '\\$&')}"]`).filter({ hasText: /\S/ }).first();
    await link.click({ timeout: 10_000 });
    // Wait for the fragment navigation; when it never happens, the landing reports the old hash.
    await page.waitForFunction((h) => location.hash === h || decodeURIComponent(location.hash) === h, href, { timeout: 5_000 })
      .catch(() => undefined);
    landings.push(await page.evaluate((h) => {
      let id = h.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // look the id up as written
      }
      const el = document.getElementById(id);
      const rect = el?.getBoundingClientRect();
      const root = document.scrollingElement ?? document.documentElement;
      return {
        href: h,
        top: rect ? rect.top : null,
        rendered: !!el && el.getClientRects().length > 0,
        atBottom: Math.ceil(root.scrollTop + window.innerHeight) >= root.scrollHeight - 1,
        hash: location.hash,
      };
    }, href));
  }
  return landings;
}

/** How many px the document is wider than the viewport (0 when nothing sticks out sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  });
}

/**
 * Writes a screenshot of the top of the page (the viewport, not the whole document) to
 * `<dir>/<name>-<viewport>.png` and returns its path.
 */
export async function screenshotTop(page: Page, dir: string, name: string, viewport: ViewportName): Promise<string> {
  mkdirSync(dir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  const path = join(dir, `${name}-${viewport}.png`);
  rmSync(path, { force: true }); // a failed run must not leave an old picture looking current
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** A few computed styles that show which layout the stylesheet chose. */
export interface LayoutFacts {
  /** `position` of #toc (null: the page has no #toc). */
  tocPosition: string | null;
  /** `overflow-y` of #toc. */
  tocOverflowY: string | null;
  /** The right edge (px) of #toc's box. */
  tocRight: number | null;
  /** The left edge (px) of the first paragraph of the abstract (null: none). */
  abstractLeft: number | null;
  /** Pilcrows that can be seen right now (displayed and not fully transparent). */
  visiblePilcrows: number;
  /** All pilcrows on the page. */
  pilcrows: number;
}

/** The layout facts of the page as it is now (for the media type currently emulated). */
export function layoutFacts(page: Page): Promise<LayoutFacts> {
  return page.evaluate(() => {
    const toc = document.getElementById('toc');
    const tocStyle = toc ? window.getComputedStyle(toc) : null;
    const abstract = document.querySelector('#section-abstract p');
    let visible = 0;
    const pilcrows = Array.from(document.querySelectorAll('a.pilcrow'));
    for (const a of pilcrows) {
      const st = window.getComputedStyle(a);
      if (st.display !== 'none' && Number(st.opacity) > 0 && a.getClientRects().length > 0) visible++;
    }
    return {
      tocPosition: tocStyle?.position ?? null,
      tocOverflowY: tocStyle?.overflowY ?? null,
      tocRight: toc ? toc.getBoundingClientRect().right : null,
      abstractLeft: abstract ? abstract.getBoundingClientRect().left : null,
      visiblePilcrows: visible,
      pilcrows: pilcrows.length,
    };
  });
}

/** The layout facts when the page is printed (print media emulated meanwhile). */
export async function printLayoutFacts(page: Page): Promise<LayoutFacts> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await layoutFacts(page);
  } finally {
    await page.emulateMedia({ media: null });
  }
}

/**
 * Moves the mouse over the first paragraph of the abstract and returns how many pilcrows
 * are visible then (the stylesheet shows a paragraph's pilcrow on hover).
 */
export async function pilcrowsVisibleOnHover(page: Page): Promise<number> {
  await page.locator('#section-abstract p').first().hover();
  return (await layoutFacts(page)).visiblePilcrows;
}
