/**
 * The inline span construct. Spans of the dialects stay on one line; a span allowed to run
 * over line endings (`multiline`) once made micromark loop forever when it ended its paragraph
 * (see the comment in src/syntax/inline-span/tokenize.ts). These cases parse in a worker
 * thread, so that a hang fails the test (the worker is stopped) instead of stopping mocha.
 */
import { strict as assert } from 'node:assert';
import { Worker } from 'node:worker_threads';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { spanConstruct, type SpanSyntax } from '../../../src/syntax/inline-span/tokenize.js';
import { spanFromMarkdown } from '../../../src/syntax/inline-span/from-markdown.js';
import { parseMarkdown } from '../../../src/markdown/parse.js';

/** Parses each text with `{{…}}` spans that may run over lines: the inline content of its first paragraph. */
function parseInWorker(texts: string[], timeoutMs: number): Promise<unknown[]> {
  const here = new URL('.', import.meta.url).href;
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const { fromMarkdown } = await import(workerData.fromMarkdown);
      const { spanConstruct } = await import(workerData.here + '../../../src/syntax/inline-span/tokenize.js');
      const { spanFromMarkdown } = await import(workerData.here + '../../../src/syntax/inline-span/from-markdown.js');
      const syntax = { name: 'kramdownCitation', open: '{{', close: '}}', multiline: true, accept: (s) => s.trim() !== '' };
      const options = { extensions: [{ text: { 123: [spanConstruct(syntax)] } }], mdastExtensions: [spanFromMarkdown([syntax])] };
      // The children of the first node that holds text or spans, as [type, value] pairs.
      const inline = (n) => n.children?.some((c) => c.type === 'text' || c.type === 'ietfSpan')
        ? n.children.map((c) => [c.type, c.value]) : (n.children ?? []).map(inline).find((x) => x);
      parentPort.postMessage(workerData.texts.map((t) => inline(fromMarkdown(t, options))));
    })();`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { here, texts, fromMarkdown: import.meta.resolve('mdast-util-from-markdown') } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the parse did not finish in ${timeoutMs} ms`));
    }, timeoutMs);
    worker.once('message', (m) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m as unknown[]);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

describe('inline spans', () => {
  it('a multi-line span that ends its paragraph, list item or quote parses (it used to hang)', async () => {
    const got = await parseInWorker([
      'a {{RFC\n2119}}', '{{RFC\n2119}}', '- a {{RFC\n  2119}}\n', '> a {{RFC\n> 2119}}\n', 'a {{R\nF\nC}}', 'a {{RFC\n}}',
      'a {{RFC\n2119}} b', 'a {{RFC\n2119}}\nb',
    ], 20000);
    assert.deepEqual(got, [
      [['text', 'a '], ['ietfSpan', 'RFC\n2119']],
      [['ietfSpan', 'RFC\n2119']],
      [['text', 'a '], ['ietfSpan', 'RFC\n2119']],
      [['text', 'a '], ['ietfSpan', 'RFC\n2119']],
      [['text', 'a '], ['ietfSpan', 'R\nF\nC']],
      [['text', 'a '], ['ietfSpan', 'RFC\n']],
      [['text', 'a '], ['ietfSpan', 'RFC\n2119'], ['text', ' b']],
      [['text', 'a '], ['ietfSpan', 'RFC\n2119'], ['text', '\nb']],
    ]);
  });

  it('a multi-line span keeps the positions of the text after it', () => {
    const syntax: SpanSyntax = { name: 'kramdownCitation', open: '{{', close: '}}', multiline: true, accept: (s) => s.trim() !== '' };
    const root = fromMarkdown('a {{RFC\n2119}} b\nc', { extensions: [{ text: { 123: [spanConstruct(syntax)] } }], mdastExtensions: [spanFromMarkdown([syntax])] });
    const p = root.children[0] as import('mdast').Paragraph;
    assert.deepEqual(p.children.map((c) => [c.type, c.position?.start.line, c.position?.start.column, c.position?.end.line, c.position?.end.column]),
      [['text', 1, 1, 1, 3], ['ietfSpan', 1, 3, 2, 7], ['text', 2, 7, 3, 2]]);
  });

  it('the dialects\' spans stay on one line: a citation broken over two lines is text', () => {
    const p = parseMarkdown('see {{RFC\n2119}} and {{RFC8174}}\n', 'kramdown').children[0] as import('mdast').Paragraph;
    assert.deepEqual(p.children.map((c) => [c.type, 'value' in c ? c.value : '']), [['text', 'see {{RFC\n2119}} and '], ['ietfSpan', 'RFC8174']]);
  });
});
