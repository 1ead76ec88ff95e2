#!/usr/bin/env node
// The command as a user runs it: a new process each time, so module loading and code that
// has not been optimised yet count (the in-process benchmarks measure warm runs). Median and
// minimum wall time of N runs of: `--version`; the QUIC transport draft to text, with and
// without the checks; rfc/rfc9000.xml to text. xml2rfc takes about 3 s for the QUIC draft.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, N, ROOT, median, requireCorpus } from './common.js';

requireCorpus('cli');
const bin = join(ROOT, 'bin', 'draftsmith.js');
const work = mkdtempSync(join(tmpdir(), 'draftsmith-bench-cli-'));
const quic = join(work, 'draft-ietf-quic-transport.md');
// i-d-template fills {DATE} in before the build; so does this benchmark.
writeFileSync(quic, readFileSync(join(CORPUS, 'drafts/base-drafts/draft-ietf-quic-transport.md'), 'utf8').split('{DATE}').join('2021-01-14'));
const build = ['build', '--format', 'text', '--out-dir', join(work, 'out'), '--refcache', join(CORPUS, 'bibxml'), '--offline', '--quiet'];

function time(label, args) {
  execFileSync(process.execPath, [bin, ...args], { stdio: 'ignore' }); // fills the file system cache
  const times = [];
  for (let i = 0; i < N; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`${label}: exit ${r.status}`);
  }
  console.log(`cli ${label}: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms (${N} processes)`);
}

time('--version', ['--version']);
time('md→text QUIC transport draft, --no-check', [...build, '--no-check', quic]);
time('md→text QUIC transport draft, with the checks', [...build, quic]);
time('xml→text rfc/rfc9000.xml, --no-check', [...build, '--no-check', join(CORPUS, 'rfc', 'rfc9000.xml')]);
