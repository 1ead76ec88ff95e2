#!/usr/bin/env node
// Conversion benchmark: the QUIC transport draft (the largest Markdown in ../shared/corpus,
// ~390 kB) converted to RFC XML v3 in-process, references from the corpus bibxml cache, offline.
// Warm-up once, then N timed runs (markdownToRfc + writeXml); then one cold CLI run.
// Run after `npm run build`:  npm run bench   (BENCH_RUNS=N to change the run count)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'));
const CASE = 'drafts/base-drafts/draft-ietf-quic-transport.md';
const DATE = '2021-01-14';
const N = Number(process.env.BENCH_RUNS) || 10;

if (!existsSync(CORPUS)) {
  console.log('../shared/corpus not found: benchmark skipped');
  process.exit(0);
}
if (!existsSync(join(ROOT, 'dist', 'src', 'index.js'))) {
  console.error('dist/src/index.js not found: run `npm run build` first');
  process.exit(1);
}
const { markdownToRfc, writeXml, DirectoryResolver, formatDiagnostic } = await import('../dist/src/index.js');

const inputPath = join(CORPUS, CASE);
const source = readFileSync(inputPath, 'utf8').split('{DATE}').join(DATE);
const bibxml = join(CORPUS, 'bibxml');
const resolver = () => new DirectoryResolver([bibxml, join(dirname(inputPath), 'bibxml')]);

let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

async function convertOnce() {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const result = await markdownToRfc(source, { file: inputPath, date: DATE, offline: true, resolver: resolver() });
  const xml = result.failed ? '' : writeXml(result.document);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  sampleRss();
  // CPU time (user + system, all threads: GC helpers count) stays meaningful on a busy machine.
  return { ms, cpu: (c.user + c.system) / 1000, result, xml };
}

const warm = await convertOnce();
const errors = warm.result.diagnostics.filter((d) => d.severity === 'error');
if (warm.result.failed) {
  console.log(`note: the draft does not convert (${errors.length} error(s)); timing the run up to the failure`);
  if (errors[0]) console.log(`  first: ${formatDiagnostic(errors[0])}`);
}

const times = [];
const cpuTimes = [];
for (let i = 0; i < N; i++) {
  const r = await convertOnce();
  times.push(r.ms);
  cpuTimes.push(r.cpu);
}
const medianOf = (xs) => {
  xs.sort((a, b) => a - b);
  return N % 2 ? xs[(N - 1) / 2] : (xs[N / 2 - 1] + xs[N / 2]) / 2;
};
const median = medianOf(times);
const cpuMedian = medianOf(cpuTimes);

const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
const inputBytes = Buffer.byteLength(source, 'utf8');
console.log(`input: ${CASE} (${(inputBytes / 1024).toFixed(0)} kB, ${source.split('\n').length} lines), output ${(Buffer.byteLength(warm.xml) / 1024).toFixed(0)} kB XML`);
console.log(`runs: ${N} after 1 warm-up (node ${process.version})`);
console.log(`median: ${median.toFixed(1)} ms per conversion (markdownToRfc + writeXml)`);
console.log(`min: ${times[0].toFixed(1)} ms, max: ${times[times.length - 1].toFixed(1)} ms, warm-up: ${warm.ms.toFixed(1)} ms`);
console.log(`CPU time: median ${cpuMedian.toFixed(1)} ms, min ${cpuTimes[0].toFixed(1)} ms (compare these when the machine is busy)`);
console.log(`peak RSS: ${mb(peakRss)} (sampled memoryUsage().rss), ${mb(process.resourceUsage().maxRSS * 1024)} (resourceUsage().maxRSS)`);
console.log(`throughput: ${((inputBytes / 1048576) / (median / 1000)).toFixed(2)} MB/s`);
console.log('target: < 75 ms (20 times faster than kramdown-rfc\'s ~1.1-1.5 s on the reference machine)');
console.log(`result: ${median < 75 ? 'within' : 'over'} the target`);

// One cold CLI run: node start-up, module loading and the conversion, as a user runs it.
const work = mkdtempSync(join(tmpdir(), 'draftsmith-bench-'));
try {
  const input = join(work, 'draft-ietf-quic-transport.md');
  writeFileSync(input, source, 'utf8');
  const args = [join(ROOT, 'bin', 'draftsmith.js'), 'build', input, '--format', 'xml', '--out-dir', join(work, 'out'),
    '--refcache', bibxml, '--offline', '--date', DATE];
  const t0 = process.hrtime.bigint();
  const p = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const status = p.status === 0 ? 'ok' : `exit ${p.status ?? p.signal}`;
  console.log(`cold CLI run: ${ms.toFixed(0)} ms (node bin/draftsmith.js build … --format xml --offline; ${status})`);

  // The target is relative to kramdown-rfc on the same machine: when it is installed
  // (Debian: ruby-kramdown-rfc2629), time it on the same input, offline, and compare.
  const which = spawnSync('sh', ['-c', 'command -v kramdown-rfc'], { encoding: 'utf8' });
  const kramdown = which.status === 0 ? which.stdout.trim() : '';
  if (!kramdown) {
    console.log('kramdown-rfc: not installed (apt-get install ruby-kramdown-rfc2629 to compare on this machine)');
  } else {
    const env = { ...process.env, KRAMDOWN_OFFLINE: '1', KRAMDOWN_REFCACHEDIR: join(work, 'kcache') };
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const k0 = process.hrtime.bigint();
      const k = spawnSync(kramdown, [input], { encoding: 'utf8', env, maxBuffer: 64 << 20 });
      runs.push(Number(process.hrtime.bigint() - k0) / 1e6);
      if (k.status !== 0) { console.log(`kramdown-rfc: exit ${k.status}`); break; }
    }
    runs.sort((a, b) => a - b);
    const kMedian = runs[Math.floor(runs.length / 2)];
    console.log(`kramdown-rfc: ${kMedian.toFixed(0)} ms median of ${runs.length} cold runs (${kramdown})`);
    console.log(`ratio on this machine: in-process median ${(median / kMedian).toFixed(2)}x, cold CLI ${(ms / kMedian).toFixed(2)}x of kramdown-rfc (target: < 0.05x)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
