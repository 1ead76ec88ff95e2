#!/usr/bin/env node
// Pathological inputs (issue 10): time to convert and render (XML, text, HTML) Markdown built
// to stress the parser and the writers, at growing sizes. The ratio column shows the growth
// from one size to the next (the size doubles each time): about 2 means linear.
import { markdownToRfc, prep, writeHtml, writeText, writeXml, DirectoryResolver } from '../dist/src/index.js';

const HEADER = '---\ntitle: Stress\ndocname: draft-stress-00\n\n--- middle\n\n# Stress\n\n';
const CASES = {
  'nested lists': (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i % 200)}* item ${i}`).join('\n'),
  'nested quotes': (n) => `${'>'.repeat(Math.min(n, 5000))} deep\n\n` + 'text\n'.repeat(n),
  'open brackets': (n) => '['.repeat(n) + ' text ' + '{{'.repeat(n / 4),
  'long line': (n) => 'word '.repeat(n * 20),
  'many paragraphs': (n) => Array.from({ length: n }, (_, i) => `Paragraph ${i} with *em* and {{RFC2119}}.`).join('\n\n'),
  'wide table': (n) => `| ${Array.from({ length: 40 }, (_, i) => `h${i}`).join(' | ')} |\n|${'---|'.repeat(40)}\n` +
    Array.from({ length: n / 10 }, (_, r) => `| ${Array.from({ length: 40 }, (_, i) => `${r}.${i}`).join(' | ')} |`).join('\n'),
};

async function once(source) {
  const t0 = performance.now();
  const r = await markdownToRfc(source, { file: 'stress.md', date: '2026-11-22', resolver: new DirectoryResolver([]), offline: true, allowMissingRefs: true });
  if (!r.failed) {
    writeXml(r.document);
    const p = prep(r.document, { date: '2026-11-22' });
    writeText(p.document);
    writeHtml(p.document, { css: '' });
  }
  return { ms: performance.now() - t0, failed: r.failed };
}

for (const [name, make] of Object.entries(CASES)) {
  const row = [];
  let prev;
  for (const n of [1000, 2000, 4000, 8000]) {
    const source = HEADER + make(n);
    await once(source); // warm-up
    const { ms, failed } = await once(source);
    row.push(`${(source.length / 1024).toFixed(0)} KiB ${ms.toFixed(0)} ms${prev ? ` (×${(ms / prev).toFixed(1)})` : ''}${failed ? ' refused' : ''}`);
    prev = ms;
  }
  console.log(`${name.padEnd(16)} ${row.join('  ')}`);
}
