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

// Large documents: a generated draft (test/robustness/large-draft.ts) built to xml, text and html
// by bench/large-document.js in a process of its own, for its peak RSS. LARGE_MD_MB and
// LARGE_XML_MB (comma-separated megabytes) change the sizes; LARGE_LIMIT_S caps each run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sizes = (name, fallback) => (process.env[name] ?? fallback).split(',').map(Number).filter((n) => n > 0);
const limitMs = Number(process.env.LARGE_LIMIT_S || 900) * 1000;
const worker = fileURLToPath(new URL('./large-document.js', import.meta.url));
console.log('\nlarge documents (build to xml, text and html; time, peak RSS of the whole process)');
for (const [kind, list] of [['md', sizes('LARGE_MD_MB', '0.5,1,2')], ['xml', sizes('LARGE_XML_MB', '1,10')]]) {
  let prev;
  for (const mb of list) {
    const r = spawnSync(process.execPath, [worker, kind, String(mb)], { encoding: 'utf8', timeout: limitMs });
    if (r.status !== 0) {
      console.log(`${kind.padEnd(4)} ${String(mb).padStart(5)} MB  ${r.signal ? `not finished in ${limitMs / 1000} s` : `failed: ${r.stderr.trim().split('\n').pop()}`}`);
      prev = undefined;
      continue;
    }
    const m = JSON.parse(r.stdout.trim().split('\n').pop());
    const growth = prev ? `  (×${(m.ms / prev.ms).toFixed(1)} time for ×${(m.inputBytes / prev.inputBytes).toFixed(1)} size)` : '';
    console.log(`${kind.padEnd(4)} ${(m.inputBytes / 1048576).toFixed(1).padStart(5)} MB  ${(m.ms / 1000).toFixed(1).padStart(6)} s (CPU ${(m.cpuMs / 1000).toFixed(1)} s)  peak RSS ${String(m.peakRssMB).padStart(5)} MB${m.failed ? '  refused' : ''}${growth}`);
    prev = m;
  }
}
