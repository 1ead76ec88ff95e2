import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { convertInput, type BuildOptions, type ReferenceOptions } from '../api/build.js';
import { parseIsoDate } from '../prep/boilerplate/index.js';
import { prep } from '../prep/index.js';
import { writeTextWithSources, type RenderedText } from '../writers/text/index.js';
import type { CheckContext } from './rule.js';
import type { MarkdownToRfcResult } from '../from-mdast/index.js';
import type { RfcDocument } from '../tree/nodes.js';

export type CheckInputOptions = Pick<BuildOptions, 'refcache' | 'offline'> & Partial<ReferenceOptions> & Partial<Pick<BuildOptions, 'allowMissingRefs' | 'date' | 'noUserCache'>> & { submission?: boolean };

/**
 * Reads, converts, preps and renders one input for the checks. Conversion errors come back
 * as diagnostics with no context: the document cannot be checked until it converts.
 */
export async function checkContext(file: string, options: CheckInputOptions): Promise<{ context?: CheckContext; diagnostics: Diagnostic[] }> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { diagnostics: [{ severity: 'error', ruleId: 'input', file, message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`, hint: 'check the path' }] };
  }
  const result = await convertInput(source, file, { ...options, allowMissingRefs: !!options.allowMissingRefs });
  if (result.failed) return { diagnostics: result.diagnostics };
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const prepped = prep(result.document, { date, file });
  if (prepped.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: [...result.diagnostics, ...prepped.diagnostics] };
  return { diagnostics: result.diagnostics, context: contextFrom(file, source, result, prepped.document, date, !!options.submission) };
}

/**
 * The context of a document already converted and prepped (the build reuses its own). The
 * unpaginated rendering with its source lines may be given when the caller has made it.
 */
export function contextFrom(file: string, source: string, result: MarkdownToRfcResult, prepped: RfcDocument, date: string, submission = false,
  rendered: RenderedText = writeTextWithSources(prepped, { date })): CheckContext {
  return {
    file, source, kind: /\.xml$/i.test(file) ? 'xml' : 'markdown', dialect: result.dialect, document: result.document, prepped,
    text: rendered.lines, textSources: rendered.sources, lineMap: result.lineMap, today: parseIsoDate(date)!, submission,
  };
}
