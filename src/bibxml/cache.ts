import { statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { libraryFileNames } from './library.js';
import { DirectoryResolver } from './resolve.js';
import type { RfcElement } from '../tree/nodes.js';

/** An entry found in the cache, with the time it was written. */
export interface CachedEntry {
  element: RfcElement;
  text: string;
  path: string;
  mtimeMs: number;
}

/**
 * The writable reference cache: one `reference.<LIBRARY>.<ID>.xml` file per entry, the same
 * layout as xml2rfc's and kramdown-rfc's caches, so that one folder serves all three. The
 * file's modification time is when it was fetched.
 */
export class EntryCache {
  constructor(readonly dir: string) {}

  read(name: string): CachedEntry | undefined {
    const found = new DirectoryResolver([this.dir]).lookup(name);
    return found?.text === undefined ? undefined : { element: found.element, text: found.text, path: found.source, mtimeMs: statSync(found.source).mtimeMs };
  }

  /** Stores a fetched entry (atomically: a reader never sees half a file) and says where. */
  write(name: string, text: string): string | undefined {
    const file = libraryFileNames(name)[0];
    // A name is not a path: one that would leave the folder is not stored.
    if (/[/\\]/.test(file) || file.includes('..')) return undefined;
    const path = join(this.dir, file);
    writeFileAtomic(path, text);
    return path;
  }
}
