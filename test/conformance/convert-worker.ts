/**
 * Converts Markdown in a worker thread for the conformance suite, so that a conversion that never
 * ends (a tokenizer loop) can be stopped: the suite terminates the worker after a time limit and
 * starts another. Messages in: ConvertJob; out: ConvertReply.
 */
import { parentPort } from 'node:worker_threads';
import { DirectoryResolver, formatDiagnostic, markdownToRfc, prep, writeText, writeXml } from '../../src/index.js';

export interface ConvertJob {
  id: number;
  file: string;
  source: string;
  date: string;
  refDirs: string[];
}

export interface ConvertReply {
  id: number;
  /** The XML, when the document converted without error diagnostics. */
  xml?: string;
  error?: string;
  /** Why the converted document does not render to text (prep errors, or a writer exception). */
  textError?: string;
  /** Conversion and writing time. */
  ms: number;
}

parentPort?.on('message', async (job: ConvertJob) => {
  const t0 = performance.now();
  let reply: ConvertReply;
  try {
    const r = await markdownToRfc(job.source, {
      file: job.file, date: job.date, offline: true, resolver: new DirectoryResolver(job.refDirs),
    });
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    if (r.failed || errors.length) {
      reply = {
        id: job.id, ms: performance.now() - t0,
        error: errors.length ? `${errors.length} error(s), first: ${formatDiagnostic(errors[0]!)}` : 'failed without an error diagnostic',
      };
    } else {
      const xml = writeXml(r.document);
      reply = { id: job.id, xml, ms: performance.now() - t0 };
      // Every case must also render to text (issue 3): prep without errors, then the writer.
      try {
        const prepped = prep(r.document, { date: job.date });
        const prepErrors = prepped.diagnostics.filter((d) => d.severity === 'error');
        if (prepErrors.length) reply.textError = formatDiagnostic(prepErrors[0]!);
        else writeText(prepped.document);
      } catch (e) {
        reply.textError = `the text writer threw: ${(e as Error)?.stack ?? String(e)}`;
      }
    }
  } catch (e) {
    reply = { id: job.id, ms: performance.now() - t0, error: `threw: ${(e as Error)?.stack ?? String(e)}` };
  }
  parentPort!.postMessage(reply);
});
