import { EntryCache, type CachedEntry } from './cache.js';
import { entryOf, fetchEntry, mapLimit, type FetchOptions } from './fetch.js';
import { libraryKind, libraryUrl, type LibraryKind } from './library.js';
import { sha256, type LockEntry } from './lock.js';
import { DirectoryResolver, type ReferenceResolver, type ResolvedReference } from './resolve.js';
import { DEFAULT_MAX_AGE_DAYS, DEFAULT_REF_SERVER } from './settings.js';

/** What the resolver tells a progress display. */
export type ReferenceProgress =
  | { type: 'fetch-start'; names: string[]; server: string }
  | { type: 'fetched'; name: string; ms: number; ok: boolean }
  | { type: 'fetch-end'; fetched: number; failed: number; ms: number }
  | { type: 'stale'; name: string; reason: string; fetchedAt: Date };

export interface NetworkResolverOptions {
  /** Folders read as they are: extra `--refcache` folders, the `bibxml/` folder beside a draft. */
  dirs?: string[];
  /** The cache fetched entries go to; its entries are refetched when older than `maxAgeDays`. */
  cacheDir?: string;
  /** Entries pinned by a lock file: used first; with a lock, nothing is fetched. */
  lock?: { path: string; entries: Record<string, LockEntry> };
  /** Entries kept from an earlier lock (`refs lock`): used first when they match their hash; the rest are resolved as usual. */
  pinned?: Record<string, LockEntry>;
  /** Never fetch: entries come from the lock, the folders and the cache, however old. */
  offline?: boolean;
  /** Refetch every entry the cache holds, fresh or not (`--refresh-refs`). */
  refresh?: boolean;
  /** The bibliography service (default https://bib.ietf.org/public/rfc/). */
  server?: string;
  maxAgeDays?: Partial<Record<LibraryKind, number>>;
  /** Fetches in flight at once (default 8). */
  concurrency?: number;
  fetch?: FetchOptions;
  onProgress?: (event: ReferenceProgress) => void;
  /** The clock, for freshness (tests). */
  now?: () => number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Resolves citation library names the way a build needs them, cheapest source first: the lock
 * file, the given folders, a fresh cache entry; then everything still missing is fetched from
 * the bibliography service at once (bounded concurrency, timeouts, retries) and cached. An
 * entry that cannot be refreshed falls back to its stale cached copy; one the service does not
 * have (404) is explained, so that the build's error says so at each citation.
 */
export class NetworkResolver implements ReferenceResolver {
  private readonly local: DirectoryResolver;
  private readonly cache?: EntryCache;
  private readonly why = new Map<string, { message: string; hint: string }>();
  /** Requests made (one per entry fetched, retries not counted). */
  fetches = 0;

  constructor(private readonly options: NetworkResolverOptions = {}) {
    this.local = new DirectoryResolver(options.dirs ?? []);
    if (options.cacheDir) this.cache = new EntryCache(options.cacheDir);
  }

  get server(): string {
    return this.options.server ?? DEFAULT_REF_SERVER;
  }

  explain(name: string): { message: string; hint: string } | undefined {
    return this.why.get(name);
  }

  async resolveAll(names: string[]): Promise<Map<string, ResolvedReference>> {
    const out = new Map<string, ResolvedReference>();
    const toFetch: { name: string; url: string; stale?: CachedEntry }[] = [];
    for (const name of new Set(names)) {
      const pinned = this.fromLock(name);
      if (pinned) {
        out.set(name, pinned);
        continue;
      }
      if (this.why.has(name)) continue; // a lock entry that does not match its hash
      const local = this.local.lookup(name);
      if (local) {
        out.set(name, local);
        continue;
      }
      const cached = this.cache?.read(name);
      if (cached && (this.options.offline || this.options.lock || (!this.options.refresh && this.fresh(name, cached)))) {
        out.set(name, { element: cached.element, text: cached.text, source: cached.path });
        continue;
      }
      const url = libraryUrl(name, this.server);
      if (!url) continue;
      if (this.options.lock) {
        this.why.set(name, {
          message: `no entry for reference "${name}" in ${this.options.lock.path}`,
          hint: 'run `draftsmith refs lock` to add it (a build with a lock file fetches nothing)',
        });
        continue;
      }
      if (this.options.offline) continue;
      toFetch.push({ name, url, stale: cached });
    }
    if (toFetch.length) await this.fetchAll(toFetch, out);
    return out;
  }

  private fromLock(name: string): ResolvedReference | undefined {
    const lock = this.options.lock;
    const entry = (lock?.entries ?? this.options.pinned)?.[name];
    if (!entry) return undefined;
    if (!lock) {
      // A kept entry that no longer matches is simply looked up again.
      const element = sha256(entry.xml) === entry.sha256 ? entryOf(entry.xml) : undefined;
      return element ? { element, text: entry.xml, source: entry.source } : undefined;
    }
    if (sha256(entry.xml) !== entry.sha256) {
      this.why.set(name, {
        message: `the entry for "${name}" in ${lock.path} does not match its sha256 (it was edited)`,
        hint: 'run `draftsmith refs update` to fetch it again, or restore the file from version control',
      });
      return undefined;
    }
    const element = entryOf(entry.xml);
    if (!element) {
      this.why.set(name, { message: `the entry for "${name}" in ${lock.path} is not a bibxml <reference>`, hint: 'run `draftsmith refs update`' });
      return undefined;
    }
    return { element, text: entry.xml, source: entry.source };
  }

  private fresh(name: string, cached: CachedEntry): boolean {
    const days = { ...DEFAULT_MAX_AGE_DAYS, ...this.options.maxAgeDays }[libraryKind(name)];
    const now = this.options.now?.() ?? Date.now();
    return now - cached.mtimeMs < days * DAY;
  }

  private async fetchAll(items: { name: string; url: string; stale?: CachedEntry }[], out: Map<string, ResolvedReference>): Promise<void> {
    const progress = this.options.onProgress;
    const started = Date.now();
    progress?.({ type: 'fetch-start', names: items.map((i) => i.name), server: this.server });
    let failed = 0;
    await mapLimit(items, this.options.concurrency ?? 8, async ({ name, url, stale }) => {
      const t0 = Date.now();
      this.fetches++;
      const r = await fetchEntry(url, this.options.fetch);
      progress?.({ type: 'fetched', name, ms: Date.now() - t0, ok: r.kind === 'ok' });
      if (r.kind === 'ok') {
        // A cache that cannot be written (read-only, full) costs a refetch next time, not the build.
        let path: string | undefined;
        try {
          path = this.cache?.write(name, r.text);
        } catch {
          path = undefined;
        }
        out.set(name, { element: r.element, text: r.text, source: path ?? url });
        return;
      }
      failed++;
      if (r.kind === 'not-found') {
        this.why.set(name, {
          message: `the bibliography service has no entry for reference "${name}" (${r.status} at ${url})`,
          hint: 'check the name (RFC2119, I-D.ietf-quic-transport, DOI.10.1145/2975159 …), or define the entry in the document',
        });
        return;
      }
      if (stale) {
        progress?.({ type: 'stale', name, reason: r.reason, fetchedAt: new Date(stale.mtimeMs) });
        out.set(name, { element: stale.element, text: stale.text, source: stale.path });
        return;
      }
      this.why.set(name, {
        message: `could not fetch reference "${name}" from ${url}: ${r.reason}`,
        hint: 'try again, build with --offline to list a placeholder, or put the entry in a --refcache folder',
      });
    });
    progress?.({ type: 'fetch-end', fetched: items.length - failed, failed, ms: Date.now() - started });
  }
}
