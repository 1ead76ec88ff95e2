import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { mapLine, type Diagnostic } from '../diagnostics/diagnostic.js';
import { defaultCacheDir, type ReferenceResolver } from '../bibxml/resolve.js';
import { NetworkResolver, type ReferenceProgress } from '../bibxml/network-resolver.js';
import { LOCK_FILE, readLock, type LockEntry } from '../bibxml/lock.js';
import type { FetchOptions } from '../bibxml/fetch.js';
import { DEFAULT_REF_SERVER, type ReferenceSettings } from '../bibxml/settings.js';
import { markdownToRfc, type MarkdownToRfcResult } from '../from-mdast/index.js';
import { xmlToRfc } from '../from-xml/index.js';
import { defaultMetadata } from '../metadata/types.js';
import { writeXml } from '../writers/xml/index.js';
import { paginatedByDefault, writeText, writeTextWithSources, type RenderedText } from '../writers/text/index.js';
import { writeHtml } from '../writers/html/index.js';
import { prep } from '../prep/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { contextFrom } from '../check/context.js';
import { runChecks } from '../check/run.js';
import { applyRevision, type RevisionOverride } from '../release/revision.js';
import { SiblingResolver, type SiblingDraft } from './siblings.js';

import { FORMATS, type OutputFormat } from './formats.js';
export { FORMATS, type OutputFormat };
const EXTENSION: Record<OutputFormat, string> = { xml: 'xml', text: 'txt', html: 'html' };

export interface BuildOptions {
  outDir: string;
  formats: OutputFormat[];
  /** Folders holding bibxml entries, searched in order before the per-user cache. */
  refcache: string[];
  /** Never use the network (references come from the caches only). */
  offline: boolean;
  allowMissingRefs: boolean;
  /** Let includes and `src=` files come from outside the document's folder (or repository). */
  allowOutside?: boolean;
  /** YYYY-MM-DD used when a draft gives no date. */
  date?: string;
  /** Text output: "September 2, 2009" instead of "2 September 2009". */
  legacyDateFormat?: boolean;
  /** Text output: force pages on (true) or off (false); default by document kind. */
  paginate?: boolean;
  /** Skip the per-user cache (tests). */
  noUserCache?: boolean;
  /** The bibliography service to fetch from (default: `DRAFTSMITH_REF_SERVER`, else bib.ietf.org). */
  refServer?: string;
  /** Refetch cached entries however fresh (`--refresh-refs`). */
  refreshRefs?: boolean;
  /** Ignore a `references.lock` beside the input (`refs update` does, to make a new one). */
  ignoreLock?: boolean;
  /** From the project file: freshness, concurrency, timeout, server. */
  referenceSettings?: ReferenceSettings;
  /** Told about fetches as they happen (the CLI's progress lines). */
  onReferenceProgress?: (event: ReferenceProgress) => void;
  /** Timeouts and retries of single fetches (tests shorten them). */
  fetchOptions?: FetchOptions;
  /** Entries kept from an earlier lock file, used first (`refs lock`). */
  pinnedReferences?: Record<string, LockEntry>;
  /**
   * Run `draftsmith check`'s rules too: `report` prints their findings (errors as warnings,
   * so editors' copies still build), `strict` fails the build on a check error. Default off.
   */
  check?: 'off' | 'report' | 'strict';
  /** Build as this revision (docName and date), whatever the source says: `release`, `build --rev`. */
  revision?: RevisionOverride;
  /** Check in submission mode (the datatracker's checks): `release`. */
  submission?: boolean;
  /** Read the input's text from here instead of the file (a revision from git history). */
  source?: string;
  /** The other drafts of the build, which a draft may cite by name (`{{I-D.<name>}}`). */
  siblings?: SiblingDraft[];
}

export interface BuildOutcome {
  input: string;
  /** Every file the input includes (for watch and CI caching); absent when it could not be read. */
  includes?: string[];
  /** Files written, by format. */
  outputs: Partial<Record<OutputFormat, string>>;
  diagnostics: Diagnostic[];
  failed: boolean;
}

const MARKDOWN_EXT = new Set(['.md', '.mkd', '.markdown']);

/** The Markdown files named by the inputs: files as they are, folders searched (not recursively). */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      out.push(input); // reported when read
      continue;
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(input).sort()) {
        if (MARKDOWN_EXT.has(extname(f).toLowerCase()) && statSync(join(input, f)).isFile()) out.push(join(input, f));
      }
    } else out.push(input);
  }
  return out;
}

/** The output base name: the docName when there is one, else the input's base name. */
export function outputBaseName(result: MarkdownToRfcResult, input: string): string {
  const dn = result.metadata.number ? `rfc${result.metadata.number}` : result.metadata.docName;
  if (dn && /^[\w.-]+$/.test(dn)) return dn;
  return basename(input, extname(input));
}

/** The options that decide where references come from. */
export type ReferenceOptions = Pick<BuildOptions, 'refcache' | 'offline' | 'noUserCache' | 'refServer' | 'refreshRefs' | 'ignoreLock' |
  'referenceSettings' | 'onReferenceProgress' | 'fetchOptions' | 'siblings' | 'pinnedReferences'>;

/** The bibliography service: `--ref-server`, else `DRAFTSMITH_REF_SERVER`, else the project file, else bib.ietf.org. */
export function referenceServer(options: ReferenceOptions): string {
  return options.refServer ?? process.env.DRAFTSMITH_REF_SERVER ?? options.referenceSettings?.server ?? DEFAULT_REF_SERVER;
}

/**
 * The resolver for one input, cheapest source first: the `references.lock` beside it (then
 * nothing is fetched), the `bibxml/` folder beside it and the other `--refcache` folders as
 * they are, the cache (the first `--refcache` folder, else the per-user cache) while its
 * entries are fresh, and the bibliography service for the rest unless offline.
 * A lock file that cannot be read is an error for the input, returned as a diagnostic.
 */
export function referenceSetup(input: string, options: ReferenceOptions): { resolver: NetworkResolver } | { diagnostic: Diagnostic } {
  const given = options.refcache.map((d) => resolve(d));
  const userCache = options.noUserCache ? undefined : defaultCacheDir();
  const cacheDir = given[0] ?? userCache;
  const dirs = [...given.slice(1), join(dirname(resolve(input)), 'bibxml'), ...(given.length && userCache ? [userCache] : [])];
  const lockPath = join(dirname(resolve(input)), LOCK_FILE);
  const read = options.ignoreLock ? undefined : readLock(lockPath);
  if (read && 'error' in read) {
    return { diagnostic: { severity: 'error', ruleId: 'reference-lock', file: lockPath, line: 1, column: 1, message: `the lock file is ${read.error}`,
      hint: 'run `draftsmith refs update` to write it again' } };
  }
  const settings = options.referenceSettings ?? {};
  return {
    resolver: new NetworkResolver({
      dirs, cacheDir, offline: options.offline, refresh: options.refreshRefs,
      lock: read ? { path: lockPath, entries: read.lock.entries } : undefined, pinned: options.pinnedReferences,
      server: referenceServer(options),
      maxAgeDays: settings.maxAgeDays, concurrency: settings.concurrency,
      fetch: { timeoutMs: settings.timeoutSeconds ? settings.timeoutSeconds * 1000 : undefined, ...options.fetchOptions },
      onProgress: options.onReferenceProgress,
    }),
  };
}

/** One artifact rendered but not yet written. */
export interface RenderedArtifact {
  format: OutputFormat;
  path: string;
  content: string;
}

/** An input converted, checked and rendered: what `buildFile` writes (worker threads render, the main thread writes). */
export interface RenderOutcome extends BuildOutcome {
  artifacts: RenderedArtifact[];
}

/**
 * Builds one Markdown input into the requested formats. Nothing is written for an input
 * that has errors. `claimed` holds the output paths earlier inputs of the same build wrote,
 * so that two drafts with one docName do not overwrite each other.
 */
export async function buildFile(input: string, options: BuildOptions, claimed?: Set<string>): Promise<BuildOutcome> {
  return writeRendered(await renderFile(input, options), claimed);
}

/**
 * Writes what `renderFile` rendered, each file atomically, unless the input failed or one of
 * its paths is taken by another input of the build (or is the input itself).
 */
export function writeRendered(rendered: RenderOutcome, claimed?: Set<string>): BuildOutcome {
  const { artifacts, ...outcome } = rendered;
  if (outcome.failed) return outcome;
  const fail = (message: string, hint: string): BuildOutcome => ({
    ...outcome, failed: true, diagnostics: [...outcome.diagnostics, { severity: 'error', ruleId: 'output-collision', file: outcome.input, line: 1, column: 1, message, hint }],
  });
  const paths = artifacts.map((a) => resolve(a.path));
  const taken = paths.find((p) => claimed?.has(p));
  if (taken) return fail(`another input of this build also writes ${taken}`, 'give each draft its own docName, or build them into different folders');
  if (paths.includes(resolve(outcome.input))) return fail('the output would overwrite the input', 'build into another folder with --out-dir');
  for (const p of paths) claimed?.add(p);
  const outputs: BuildOutcome['outputs'] = {};
  for (const a of artifacts) {
    writeFileAtomic(a.path, a.content);
    outputs[a.format] = a.path;
  }
  return { ...outcome, outputs };
}

/** Converts, checks and renders one input into the requested formats, writing nothing. */
export async function renderFile(input: string, options: BuildOptions): Promise<RenderOutcome> {
  let source: string;
  try {
    source = options.source ?? readFileSync(input, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      input, outputs: {}, failed: true, artifacts: [],
      diagnostics: [{ severity: 'error', ruleId: 'input', file: input, message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`,
        hint: 'check the path' }],
    };
  }
  const result = await convertInput(source, input, options);
  const outcome: RenderOutcome = { input, includes: result.includes, outputs: {}, diagnostics: result.diagnostics, failed: result.failed, artifacts: [] };
  if (result.failed) return outcome;
  if (options.revision) applyRevision(result, options.revision);
  const base = outputBaseName(result, input);
  let prepped: ReturnType<typeof prep> | undefined;
  // The checks' rendering (unpaginated, with source lines): the text artifact when it is the same.
  let rendered: RenderedText | undefined;
  if (options.check && options.check !== 'off') {
    const date = options.date ?? new Date().toISOString().slice(0, 10);
    prepped = prep(result.document, { date, legacyDateFormat: options.legacyDateFormat, file: input });
    if (!prepped.diagnostics.some((d) => d.severity === 'error')) {
      rendered = writeTextWithSources(prepped.document, { date });
      const findings = runChecks(contextFrom(input, source, result, prepped.document, date, options.submission, rendered));
      const strict = options.check === 'strict';
      for (const f of findings) {
        outcome.diagnostics.push(strict || f.severity !== 'error' ? f : { ...f, severity: 'warning', message: `${f.message} (an error for draftsmith check)` });
      }
      if (strict && findings.some((f) => f.severity === 'error')) {
        outcome.failed = true;
        return outcome;
      }
    }
  }
  for (const format of options.formats) {
    const path = join(options.outDir, `${base}.${EXTENSION[format]}`);
    if (format === 'xml') {
      outcome.artifacts.push({ format, path, content: writeXml(result.document) });
      continue;
    }
    // Prep takes its date from the caller (it stays pure); a build means today, as xml2rfc does.
    prepped ??= prep(result.document, { date: options.date ?? new Date().toISOString().slice(0, 10), legacyDateFormat: options.legacyDateFormat, file: input });
    if (prepped.diagnostics.some((d) => d.severity === 'error')) {
      outcome.diagnostics.push(...prepped.diagnostics);
      outcome.failed = true;
      return outcome;
    }
    try {
      if (format === 'text') {
        const same = rendered && !options.legacyDateFormat && !(options.paginate ?? paginatedByDefault(prepped.document.root));
        const content = same ? rendered!.lines.join('\n')
          : writeText(prepped.document, { legacyDateFormat: options.legacyDateFormat, date: options.date, paginate: options.paginate });
        outcome.artifacts.push({ format, path, content });
      } else {
        const r = writeHtml(prepped.document, { legacyDateFormat: options.legacyDateFormat, textFile: options.formats.includes('text') ? `${base}.txt` : undefined });
        outcome.artifacts.push({ format, path, content: r.html });
        for (const w of r.warnings) {
          // Positions count in the text after includes: the line map says which file and line that was.
          const at = mapLine(result.lineMap, input, w.element.position?.start.line ?? 1);
          outcome.diagnostics.push({ severity: 'warning', ruleId: 'html', file: at.file ?? input, line: at.line ?? 1,
            column: w.element.position?.start.column ?? 1, message: w.message, hint: 'see the HTML output for how it was shown' });
        }
      }
    } catch (e) {
      // A renderer bug must not stop the other inputs of the build, nor hide what failed.
      outcome.diagnostics.push({ severity: 'error', ruleId: 'internal-error', file: input, line: 1, column: 1,
        message: `the ${format} writer failed: ${(e as Error).message}`, hint: 'this is a draftsmith bug; please report it with this input' });
      outcome.failed = true;
      return outcome;
    }
  }
  return outcome;
}

/**
 * One input's text, Markdown or RFC XML (by its extension unless `kind` says), converted into
 * the document tree, with references from `resolverFor`.
 */
export async function convertInput(source: string, input: string, options: Pick<BuildOptions, 'allowMissingRefs' | 'date' | 'allowOutside'> & ReferenceOptions,
  kind: 'markdown' | 'xml' = /\.xml$/i.test(input) ? 'xml' : 'markdown', resolver?: ReferenceResolver): Promise<MarkdownToRfcResult> {
  if (!resolver) {
    const setup = referenceSetup(input, options);
    if ('diagnostic' in setup) {
      return { document: { type: 'document', prolog: [], root: { type: 'element', name: 'rfc', attributes: {}, children: [] } } as never,
        metadata: defaultMetadata(), dialect: 'commonmark', diagnostics: [setup.diagnostic], failed: true, includes: [] };
    }
    resolver = options.siblings?.length ? new SiblingResolver(setup.resolver, options.siblings) : setup.resolver;
  }
  return kind === 'xml'
    ? readXmlInput(source, input, options, resolver)
    : markdownToRfc(source, {
      file: input, date: options.date, allowMissingRefs: options.allowMissingRefs, offline: options.offline, resolver,
      allowIncludesOutside: options.allowOutside,
    });
}

/** An RFC XML input, read (and converted from v2 when needed) into the same result shape. */
async function readXmlInput(source: string, input: string, options: Pick<BuildOptions, 'offline' | 'allowOutside'>, resolver: ReferenceResolver): Promise<MarkdownToRfcResult> {
  const r = await xmlToRfc(source, { file: input, resolver, offline: options.offline, allowOutside: options.allowOutside });
  const meta = defaultMetadata();
  meta.docName = r.document.root.attributes.docName;
  meta.number = r.document.root.attributes.number;
  return { document: r.document, metadata: meta, dialect: 'commonmark', diagnostics: r.diagnostics, failed: r.failed, includes: [] };
}
