import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildFile, type BuildOptions, type OutputFormat, type ReferenceOptions } from '../api/build.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** One build of the watched draft. */
export interface WatchBuild {
  /** 1 for the build on start, then one more for each rebuild. */
  number: number;
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The files written, by format (none when the build failed). */
  outputs: Partial<Record<OutputFormat, string>>;
  /** The HTML written, read back (undefined when the build failed). */
  html?: string;
  /** Every file the draft includes (absolute paths): watched with it. */
  includes: string[];
  ms: number;
}

export type WatchBuildOptions = ReferenceOptions & Pick<BuildOptions, 'outDir'> & Partial<Pick<BuildOptions, 'allowMissingRefs' | 'date' | 'check'>>;

/**
 * Builds the draft into XML, text and HTML, and lists the files it includes (a failed build
 * still lists those it read, so that fixing an included file rebuilds).
 */
export async function buildOnce(input: string, options: WatchBuildOptions, number: number): Promise<WatchBuild> {
  const start = Date.now();
  const outcome = await buildFile(input, {
    ...options, formats: ['xml', 'text', 'html'], allowMissingRefs: !!options.allowMissingRefs, check: options.check ?? 'off',
  });
  let html: string | undefined;
  if (!outcome.failed && outcome.outputs.html) {
    try {
      html = readFileSync(outcome.outputs.html, 'utf8');
    } catch {
      html = undefined;
    }
  }
  return {
    number, ok: !outcome.failed && html !== undefined, diagnostics: outcome.diagnostics, outputs: outcome.failed ? {} : outcome.outputs,
    html, includes: outcome.includes?.map((f) => resolve(f)) ?? [], ms: Date.now() - start,
  };
}
