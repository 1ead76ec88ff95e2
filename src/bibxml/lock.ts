import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../util/atomic-write.js';

/** The lock file's name; it lives beside the drafts it pins (one per folder). */
export const LOCK_FILE = 'references.lock';

/** One pinned entry: where it came from, its content, and the content's SHA-256. */
export interface LockEntry {
  source: string;
  sha256: string;
  xml: string;
}

/**
 * `references.lock`: every citation library entry the drafts of a folder use, with its text,
 * so that a build needs neither the network nor a cache and gives the same bytes anywhere.
 * JSON with sorted keys, so that an update shows as a small diff in review.
 */
export interface ReferenceLock {
  lockfileVersion: 1;
  entries: Record<string, LockEntry>;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A lock file read back: its entries, or what is wrong with it. */
export type LockRead = { lock: ReferenceLock } | { error: string };

/** Reads a lock file; undefined when there is none. */
export function readLock(path: string): LockRead | undefined {
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message})` };
  }
  const lock = data as Partial<ReferenceLock>;
  if (lock?.lockfileVersion !== 1 || typeof lock.entries !== 'object' || lock.entries === null) {
    return { error: 'not a version 1 lock file (it needs "lockfileVersion": 1 and "entries")' };
  }
  for (const [name, e] of Object.entries(lock.entries)) {
    if (typeof e?.xml !== 'string' || typeof e.sha256 !== 'string' || typeof e.source !== 'string') {
      return { error: `its entry "${name}" needs "source", "sha256" and "xml" strings` };
    }
  }
  return { lock: lock as ReferenceLock };
}

/** Writes a lock file (atomically), entries sorted by name. */
export function writeLock(path: string, entries: Record<string, LockEntry>): void {
  const sorted: Record<string, LockEntry> = {};
  for (const name of Object.keys(entries).sort()) {
    const e = entries[name];
    sorted[name] = { source: e.source, sha256: e.sha256, xml: e.xml };
  }
  const lock: ReferenceLock = { lockfileVersion: 1, entries: sorted };
  writeFileAtomic(path, `${JSON.stringify(lock, null, 2)}\n`);
}
