import { checkXml } from '../xml/parse.js';
import { entryElement } from './resolve.js';
import type { RfcElement } from '../tree/nodes.js';

/** How one entry is fetched. */
export interface FetchOptions {
  /** Give up on one request after this long (default 15 s). */
  timeoutMs?: number;
  /** Further attempts after a transient failure: a dropped connection, a timeout, 5xx, 429 (default 2). */
  retries?: number;
  /** The first wait before a retry; it doubles each time (default 250 ms). */
  backoffMs?: number;
  /** The fetch function (tests may count calls); default: the global one. */
  fetch?: typeof globalThis.fetch;
}

/** The outcome of fetching one entry. */
export type FetchResult =
  | { kind: 'ok'; text: string; element: RfcElement; attempts: number }
  | { kind: 'not-found'; status: number }
  | { kind: 'failed'; reason: string; attempts: number };

/** Reads a bibxml answer: a `<reference>` or `<referencegroup>`, or undefined for anything else. */
export function entryOf(text: string): RfcElement | undefined {
  // The parser is lenient: a truncated file would still give a partial <reference>.
  return checkXml(text) ? undefined : entryElement(text);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Fetches one bibxml entry. 404 and 410 are answers (the entry does not exist), not failures,
 * and are not retried; a body that is not a bibxml entry (an HTML error page, a captive
 * portal, a truncated file) is a failure and is never handed on to be cached.
 */
export async function fetchEntry(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const retries = options.retries ?? 2;
  const backoff = options.backoffMs ?? 250;
  let reason = '';
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    if (attempt > 1) await sleep(backoff * 2 ** (attempt - 2) * (0.75 + Math.random() / 2));
    let response: Response;
    let body: string;
    try {
      response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 15_000), redirect: 'follow' });
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'not-found', status: response.status };
      }
      body = await response.text();
    } catch (e) {
      reason = describeError(e);
      // An address fetch will never open (a blocked port, a malformed URL) is not worth a retry.
      if (reason === 'bad port' || /invalid url/i.test(reason)) return { kind: 'failed', reason, attempts: attempt };
      continue;
    }
    if (response.status >= 500 || response.status === 429) {
      reason = `the server answered ${response.status} ${response.statusText}`.trim();
      continue;
    }
    if (!response.ok) return { kind: 'failed', reason: `the server answered ${response.status} ${response.statusText}`.trim(), attempts: attempt };
    const element = entryOf(body);
    if (!element) return { kind: 'failed', reason: 'the answer is not a bibxml <reference> entry', attempts: attempt };
    return { kind: 'ok', text: body, element, attempts: attempt };
  }
  return { kind: 'failed', reason, attempts: retries + 1 };
}

/** A network error in words: "timed out after 15 s", "connection refused", "connection reset". */
function describeError(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'no answer in time';
  const code = err.cause?.code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused', ECONNRESET: 'connection reset', ENOTFOUND: 'host not found', EAI_AGAIN: 'name lookup failed',
    ETIMEDOUT: 'connection timed out', UND_ERR_SOCKET: 'connection closed', UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  };
  return (code && words[code]) ?? err.cause?.message ?? err.message;
}

/** Runs `task` over `items` with at most `limit` running at once; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
