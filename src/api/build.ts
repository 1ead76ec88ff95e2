import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { mapLine, type Diagnostic } from '../diagnostics/diagnostic.js';
import { DirectoryResolver, defaultCacheDir, type ReferenceResolver } from '../bibxml/resolve.js';
import { markdownToRfc, type MarkdownToRfcResult } from '../from-mdast/index.js';
import { xmlToRfc } from '../from-xml/index.js';
import { defaultMetadata } from '../metadata/types.js';
import { writeXml } from '../writers/xml/index.js';
import { writeText } from '../writers/text/index.js';
import { writeHtml } from '../writers/html/index.js';
import { prep } from '../prep/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { contextFrom } from '../check/context.js';
import { runChecks } from '../check/run.js';

export type OutputFormat = 'xml' | 'text' | 'html';
export const FORMATS: readonly OutputFormat[] = ['xml', 'text', 'html'];
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
  /**
   * Run `draftsmith check`'s rules too: `report` prints their findings (errors as warnings,
   * so editors' copies still build), `strict` fails the build on a check error. Default off.
   */
  check?: 'off' | 'report' | 'strict';
}

export interface BuildOutcome {
  input: string;
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

/** The resolver for one input: --refcache folders, a `bibxml/` folder beside the draft, the per-user cache. */
export function resolverFor(input: string, options: Pick<BuildOptions, 'refcache' | 'noUserCache'>): ReferenceResolver {
  const dirs = [...options.refcache.map((d) => resolve(d)), join(dirname(resolve(input)), 'bibxml')];
  if (!options.noUserCache) dirs.push(defaultCacheDir());
  return new DirectoryResolver(dirs);
}

/**
 * Builds one Markdown input into the requested formats. Nothing is written for an input
 * that has errors. `claimed` holds the output paths earlier inputs of the same build wrote,
 * so that two drafts with one docName do not overwrite each other.
 */
export async function buildFile(input: string, options: BuildOptions, claimed?: Set<string>): Promise<BuildOutcome> {
  let source: string;
  try {
    source = readFileSync(input, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      input, outputs: {}, failed: true,
      diagnostics: [{ severity: 'error', ruleId: 'input', file: input, message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`,
        hint: 'check the path' }],
    };
  }
  const result = await convertInput(source, input, options);
  const outcome: BuildOutcome = { input, outputs: {}, diagnostics: result.diagnostics, failed: result.failed };
  if (result.failed) return outcome;
  const base = outputBaseName(result, input);
  const paths = options.formats.map((format) => resolve(options.outDir, `${base}.${EXTENSION[format]}`));
  const taken = paths.find((p) => claimed?.has(p));
  if (taken) {
    outcome.failed = true;
    outcome.diagnostics.push({ severity: 'error', ruleId: 'output-collision', file: input, line: 1, column: 1,
      message: `another input of this build also writes ${taken}`,
      hint: 'give each draft its own docName, or build them into different folders' });
    return outcome;
  }
  if (paths.includes(resolve(input))) {
    outcome.failed = true;
    outcome.diagnostics.push({ severity: 'error', ruleId: 'output-collision', file: input, line: 1, column: 1,
      message: 'the output would overwrite the input', hint: 'build into another folder with --out-dir' });
    return outcome;
  }
  for (const p of paths) claimed?.add(p);
  let prepped: ReturnType<typeof prep> | undefined;
  if (options.check && options.check !== 'off') {
    const date = options.date ?? new Date().toISOString().slice(0, 10);
    prepped = prep(result.document, { date, legacyDateFormat: options.legacyDateFormat, file: input });
    if (!prepped.diagnostics.some((d) => d.severity === 'error')) {
      const findings = runChecks(contextFrom(input, source, result, prepped.document, date));
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
    if (format === 'xml') writeFileAtomic(path, writeXml(result.document));
    else {
      // Prep takes its date from the caller (it stays pure); a build means today, as xml2rfc does.
      prepped ??= prep(result.document, { date: options.date ?? new Date().toISOString().slice(0, 10), legacyDateFormat: options.legacyDateFormat, file: input });
      if (prepped.diagnostics.some((d) => d.severity === 'error')) {
        outcome.diagnostics.push(...prepped.diagnostics);
        outcome.failed = true;
        return outcome;
      }
      let out: string;
      try {
        if (format === 'text') {
          out = writeText(prepped.document, { legacyDateFormat: options.legacyDateFormat, date: options.date, paginate: options.paginate });
        } else {
          const r = writeHtml(prepped.document, { legacyDateFormat: options.legacyDateFormat, textFile: options.formats.includes('text') ? `${base}.txt` : undefined });
          out = r.html;
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
      writeFileAtomic(path, out);
    }
    outcome.outputs[format] = path;
  }
  return outcome;
}

/**
 * One input's text, Markdown or RFC XML (by its extension unless `kind` says), converted into
 * the document tree, with references from `resolverFor`.
 */
export function convertInput(source: string, input: string, options: Pick<BuildOptions, 'refcache' | 'offline' | 'allowMissingRefs' | 'date' | 'noUserCache' | 'allowOutside'>,
  kind: 'markdown' | 'xml' = /\.xml$/i.test(input) ? 'xml' : 'markdown'): Promise<MarkdownToRfcResult> {
  return kind === 'xml'
    ? readXmlInput(source, input, options)
    : markdownToRfc(source, {
      file: input, date: options.date, allowMissingRefs: options.allowMissingRefs, offline: options.offline, resolver: resolverFor(input, options),
      allowIncludesOutside: options.allowOutside,
    });
}

/** An RFC XML input, read (and converted from v2 when needed) into the same result shape. */
async function readXmlInput(source: string, input: string, options: Pick<BuildOptions, 'refcache' | 'offline' | 'noUserCache' | 'allowOutside'>): Promise<MarkdownToRfcResult> {
  const r = await xmlToRfc(source, { file: input, resolver: resolverFor(input, options), offline: options.offline, allowOutside: options.allowOutside });
  const meta = defaultMetadata();
  meta.docName = r.document.root.attributes.docName;
  meta.number = r.document.root.attributes.number;
  return { document: r.document, metadata: meta, dialect: 'commonmark', diagnostics: r.diagnostics, failed: r.failed, includes: [] };
}
