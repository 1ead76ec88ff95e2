#!/usr/bin/env node
// One large-document measurement (issue 10), run by bench/pathological.js in a process of its
// own so that its peak RSS is its own: `node bench/large-document.js md|xml MEGABYTES` writes a
// generated draft of that size (kramdown-rfc Markdown, or RFC XML v3), builds it to
// xml, text and html as `draftsmith build` does, and prints one JSON line: input size, time
// (wall clock, and CPU time, which another busy process on the machine disturbs less), peak
// RSS, output sizes.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFile } from '../dist/src/index.js';
import { largeMarkdownDraft, largeXmlDraft } from '../dist/test/robustness/large-draft.js';

const [kind, megabytes] = [process.argv[2], Number(process.argv[3])];
const dir = mkdtempSync(join(tmpdir(), 'draftsmith-large-'));
try {
  const source = (kind === 'xml' ? largeXmlDraft : largeMarkdownDraft)(megabytes * 1024 * 1024);
  const input = join(dir, `large.${kind === 'xml' ? 'xml' : 'md'}`);
  writeFileSync(input, source);
  const rssBefore = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const outcome = await buildFile(input, {
    outDir: join(dir, 'out'), formats: ['xml', 'text', 'html'], refcache: [], offline: true, allowMissingRefs: true,
    date: '2026-11-22', noUserCache: true, check: 'off',
  });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({
    kind, inputBytes: Buffer.byteLength(source), ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), failed: outcome.failed,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), rssBeforeBuildMB: Math.round(rssBefore / 1024),
    outputBytes: Object.fromEntries(Object.entries(outcome.outputs).map(([f, p]) => [f, statSync(p).size])),
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
