import type { Command } from 'commander';
import type { ReferenceOptions } from '../api/build.js';
import type { ReferenceProgress } from '../bibxml/network-resolver.js';
import { projectReferenceSettings } from '../bibxml/settings.js';
import { usageError } from './output.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The options every command that reads drafts takes for their references. */
export function addReferenceOptions(command: Command): Command {
  return command
    .option('--refcache <dir>', 'a folder of bibxml entries (reference.RFC.2119.xml …); the first one also caches what is fetched; repeatable', collect, [])
    .option('--offline', 'never fetch references from the network', false)
    .option('--ref-server <url>', 'the bibliography service to fetch from (default https://bib.ietf.org/public/rfc/)')
    .option('--refresh-refs', 'fetch every cited entry again, however fresh the cached copy', false)
    .option('--progress', 'report reference fetching on stderr even when it is not a terminal', false);
}

/** The parsed reference options, or false after a usage error (a bad URL or project file). */
export function referenceOptionsFrom(opts: Record<string, unknown>): ReferenceOptions | false {
  let referenceSettings;
  try {
    referenceSettings = projectReferenceSettings();
  } catch (e) {
    return usageError((e as Error).message);
  }
  const server = opts.refServer as string | undefined;
  if (server !== undefined && !/^https?:\/\/[^\s]+$/.test(server)) return usageError(`--ref-server takes an http(s) URL, not "${server}"`);
  const show = !!opts.progress || !!process.stderr.isTTY;
  return {
    refcache: (opts.refcache as string[]) ?? [], offline: !!opts.offline, refServer: server, refreshRefs: !!opts.refreshRefs,
    referenceSettings, onReferenceProgress: show ? progressPrinter(!!opts.progress) : undefined,
  };
}

/**
 * Progress lines for fetching: nothing when it is over within a second; else how many entries
 * are being fetched and from where, the slow ones by name, and a summary. `always` (--progress)
 * prints the start and the summary at once, for CI logs that want them.
 */
export function progressPrinter(always: boolean, write: (line: string) => void = (l) => process.stderr.write(`draftsmith: ${l}\n`)): (e: ReferenceProgress) => void {
  let timer: NodeJS.Timeout | undefined;
  let announced = false;
  let pending = new Set<string>();
  let start: { names: string[]; server: string } | undefined;
  const announce = () => {
    if (announced || !start) return;
    announced = true;
    write(`fetching ${start.names.length} reference${start.names.length === 1 ? '' : 's'} from ${start.server}`);
  };
  return (e) => {
    switch (e.type) {
      case 'fetch-start':
        start = e;
        pending = new Set(e.names);
        if (always) announce();
        else {
          timer = setTimeout(() => {
            announce();
            if (pending.size <= 5) write(`waiting for ${[...pending].join(', ')}`);
          }, 1000);
          timer.unref();
        }
        break;
      case 'fetched':
        pending.delete(e.name);
        if (e.ms >= 3000) write(`${e.name} took ${(e.ms / 1000).toFixed(1)} s`);
        break;
      case 'stale':
        write(`could not refresh ${e.name} (${e.reason}); using the copy cached on ${e.fetchedAt.toISOString().slice(0, 10)}`);
        break;
      case 'fetch-end':
        clearTimeout(timer);
        if (announced) write(`fetched ${e.fetched} in ${(e.ms / 1000).toFixed(1)} s${e.failed ? `, ${e.failed} failed` : ''}`);
        announced = false;
        break;
    }
  };
}
