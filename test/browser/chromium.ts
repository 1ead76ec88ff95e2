/**
 * Starting and stopping Debian's Chromium for the browser tests (not a test file itself).
 *
 * The browser is /usr/bin/chromium driven by playwright-core: no browser download, and
 * every Chromium service that would reach the network on its own (component updates, sync,
 * background fetches, QUIC probes) is turned off, so the only traffic left is what a page
 * asks for, which page-checks.ts blocks and records.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a headless Chromium running as root in a container: no sandbox (a root
 * sandbox needs privileges containers lack), no GPU, no first-run UI, and none of the
 * background services that would open network connections.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * What to do when Chromium is not installed: `null` when it is, otherwise the message to
 * skip with (a developer's machine) or to fail with (CI, whose script installs it, so a
 * missing browser there is a broken CI step rather than a reason to skip).
 */
export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): { fail: boolean; message: string } | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const install = `install Debian's chromium package (apt-get install chromium) to get ${CHROMIUM_PATH}`;
  return env.CI
    ? { fail: true, message: `${CHROMIUM_PATH} is missing on CI, where .ci/run should have installed it: ${install}` }
    : { fail: false, message: `browser tests skipped: ${install}` };
}

/**
 * Launches headless Chromium. playwright-core gives it a fresh profile in a temporary
 * folder (it refuses a --user-data-dir flag with launch()) and deletes it on close().
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    timeout: 60_000,
  });
}

/**
 * For a suite's `before` hook: the browser, or the suite skipped when Chromium is missing
 * (and failed instead under CI, which installs it).
 */
export async function browserOrSkip(ctx: Mocha.Context): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing?.fail) throw new Error(missing.message);
  if (missing) {
    console.log(`      (${missing.message})`);
    ctx.skip();
  }
  return launchChromium();
}
