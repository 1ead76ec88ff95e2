import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseXmlFragment } from '../xml/parse.js';
import type { RfcElement } from '../tree/nodes.js';
import { libraryFileNames } from './library.js';
import { repairEditorMarks } from './editor-marks.js';

/** Where a reference entry was found. */
export interface ResolvedReference {
  element: RfcElement;
  /** A path or URL, for messages and lock files. */
  source: string;
  /** The entry's file text as read or fetched (what a lock file pins). */
  text?: string;
}

/**
 * Looks up citation library entries by name. Resolution is asynchronous and batched so that a
 * network source (a later issue) can fetch everything a document needs in parallel.
 */
export interface ReferenceResolver {
  resolveAll(names: string[]): Promise<Map<string, ResolvedReference>>;
  /** Why a name was not resolved, when the resolver knows more than "not in the cache". */
  explain?(name: string): { message: string; hint: string } | undefined;
}

/** The per-user cache: `$XDG_CACHE_HOME/draftsmith/bibxml`, else `~/.cache/draftsmith/bibxml`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'draftsmith', 'bibxml');
}

/** Reads one entry file into a `<reference>`/`<referencegroup>` element, or undefined if it holds none. */
export function readEntry(path: string): RfcElement | undefined {
  return readEntryFile(path)?.element;
}

/** Reads one entry file: its element and its text. */
export function readEntryFile(path: string): { element: RfcElement; text: string } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const element = entryElement(text);
  return element ? { element, text } : undefined;
}

/** The `<reference>` or `<referencegroup>` an entry's text holds (read leniently), if any. */
export function entryElement(text: string): RfcElement | undefined {
  let entry: RfcElement | undefined;
  try {
    entry = parseXmlFragment(text).find((n): n is RfcElement => n.type === 'element' && (n.name === 'reference' || n.name === 'referencegroup'));
  } catch {
    return undefined;
  }
  if (entry) repairEditorMarks(entry);
  return entry;
}

/** Resolves names from bibxml files in a list of directories (the reference cache). */
export class DirectoryResolver implements ReferenceResolver {
  constructor(private readonly dirs: string[]) {}

  lookup(name: string): ResolvedReference | undefined {
    for (const dir of this.dirs) {
      for (const file of libraryFileNames(name)) {
        const path = join(dir, file);
        if (!existsSync(path)) continue;
        const entry = readEntryFile(path);
        if (entry) return { ...entry, source: path };
      }
    }
    return undefined;
  }

  async resolveAll(names: string[]): Promise<Map<string, ResolvedReference>> {
    const out = new Map<string, ResolvedReference>();
    for (const n of names) {
      const r = this.lookup(n);
      if (r) out.set(n, r);
    }
    return out;
  }
}
