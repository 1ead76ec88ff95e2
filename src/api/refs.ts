import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { LOCK_FILE, readLock, sha256, writeLock, type LockEntry } from '../bibxml/lock.js';
import type { ReferenceResolver, ResolvedReference } from '../bibxml/resolve.js';
import { libraryUrl } from '../bibxml/library.js';
import { convertInput, referenceServer, referenceSetup, type BuildOptions, type ReferenceOptions } from './build.js';

/** One library entry a draft uses, and where it came from. */
export interface UsedReference {
  name: string;
  /** A URL, a file path, or `references.lock`. */
  source: string;
  text?: string;
}

/** What `refs list` and `refs lock` learn about one draft. */
export interface DraftReferences {
  input: string;
  used: UsedReference[];
  diagnostics: Diagnostic[];
  failed: boolean;
}

/** Hands every lookup to `inner` and remembers what was found, for listing and locking. */
class RecordingResolver implements ReferenceResolver {
  readonly found = new Map<string, ResolvedReference>();
  constructor(private readonly inner: ReferenceResolver) {}

  async resolveAll(names: string[]): Promise<Map<string, ResolvedReference>> {
    const out = await this.inner.resolveAll(names);
    for (const [k, v] of out) this.found.set(k, v);
    return out;
  }

  explain(name: string) {
    return this.inner.explain?.(name);
  }
}

type RefsOptions = Pick<BuildOptions, 'date'> & ReferenceOptions;

/**
 * The citation library entries one draft uses: it is converted (nothing is written) with its
 * usual sources, or with `pinned` entries first, and every entry looked up is recorded.
 */
export async function draftReferences(input: string, options: RefsOptions, pinned?: Record<string, LockEntry>): Promise<DraftReferences> {
  let source: string;
  try {
    source = readFileSync(input, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { input, used: [], failed: true, diagnostics: [{ severity: 'error', ruleId: 'input', file: input, message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`, hint: 'check the path' }] };
  }
  const setup = referenceSetup(input, { ...options, pinnedReferences: pinned });
  if ('diagnostic' in setup) return { input, used: [], diagnostics: [setup.diagnostic], failed: true };
  const recorder = new RecordingResolver(setup.resolver);
  const result = await convertInput(source, input, { ...options, allowMissingRefs: false }, undefined, recorder);
  const used = [...recorder.found].map(([name, r]) => ({ name, source: r.source, text: r.text })).sort((a, b) => a.name.localeCompare(b.name));
  return { input, used, diagnostics: result.diagnostics, failed: result.failed };
}

/** What `refs lock` / `refs update` did for one folder. */
export interface LockOutcome {
  lockPath: string;
  drafts: DraftReferences[];
  /** Entries written; absent when a draft failed and nothing was written. */
  entries?: Record<string, LockEntry>;
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * Writes `references.lock` beside the drafts: every library entry they use, with its text and
 * SHA-256. `update` fetches every entry again; otherwise entries already locked are kept as
 * they are and only new citations are looked up. Drafts of one folder share its lock file.
 * Nothing is written for a folder where a draft has errors.
 */
export async function lockReferences(inputs: string[], options: RefsOptions, update = false): Promise<LockOutcome[]> {
  const byFolder = new Map<string, string[]>();
  for (const input of inputs) {
    const dir = dirname(resolve(input));
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), input]);
  }
  const outcomes: LockOutcome[] = [];
  const server = referenceServer(options);
  for (const [dir, drafts] of byFolder) {
    const lockPath = join(dir, LOCK_FILE);
    const read = readLock(lockPath);
    const before = read && 'lock' in read ? read.lock.entries : {};
    const opts: RefsOptions = { ...options, ignoreLock: true, refreshRefs: update || options.refreshRefs };
    const results: DraftReferences[] = [];
    for (const d of drafts) results.push(await draftReferences(d, opts, update ? undefined : before));
    const outcome: LockOutcome = { lockPath, drafts: results, added: [], removed: [], changed: [] };
    outcomes.push(outcome);
    if (results.some((r) => r.failed)) continue;
    const entries: Record<string, LockEntry> = {};
    for (const r of results) {
      for (const u of r.used) {
        if (u.text === undefined) continue;
        entries[u.name] = { source: portableSource(u, dir, server), sha256: sha256(u.text), xml: u.text };
      }
    }
    for (const name of Object.keys(entries)) {
      if (!before[name]) outcome.added.push(name);
      else if (before[name].xml !== entries[name].xml) outcome.changed.push(name);
    }
    outcome.removed = Object.keys(before).filter((n) => !entries[n]);
    writeLock(lockPath, entries);
    outcome.entries = entries;
  }
  return outcomes;
}

/**
 * Where a locked entry came from, in words that mean the same on every machine (the lock
 * travels with the repository): a URL as it is, a file in the lock's folder relative to it,
 * and a cached copy (in someone's home folder) as the service address it was fetched from.
 */
function portableSource(used: UsedReference, dir: string, server: string): string {
  const source = used.source;
  if (/^https?:/.test(source) || !isAbsolute(source)) return source;
  const rel = relative(dir, source);
  if (!rel.startsWith('..')) return rel;
  return libraryUrl(used.name, server) ?? basename(source);
}
