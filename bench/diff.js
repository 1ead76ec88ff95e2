#!/usr/bin/env node
// Diff benchmark (issue 5): the QUIC transport draft -33 against -34 as a side-by-side HTML
// diff, from the two text renderings (rendered once, outside the timing, as rfcdiff is given
// two text files). Timed: normalising both texts, the line diff, the structural summary and
// the HTML page; median of N runs after a warm-up. Target: at least 10 times faster than
// rfcdiff (about 1 s for these on the reference machine), so under 100 ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, N, requireCorpus, timeRuns } from './common.js';

requireCorpus('diff');
const { markdownToRfc, prep, writeText, DirectoryResolver, compareRevisions, formatDiff } = await import('../dist/src/index.js');
const DATE = '2021-01-14';

async function renderText(path) {
  const md = readFileSync(path, 'utf8').split('{DATE}').join(DATE);
  const r = await markdownToRfc(md, { file: path, resolver: new DirectoryResolver([join(CORPUS, 'bibxml')]), offline: true });
  return writeText(prep(r.document, { date: DATE }).document, { date: DATE });
}

const old = await renderText(join(CORPUS, 'drafts/base-drafts/rev-33/draft-ietf-quic-transport.md'));
const neu = await renderText(join(CORPUS, 'drafts/base-drafts/draft-ietf-quic-transport.md'));

let html = '';
const once = () => {
  const diff = compareRevisions({ label: 'draft-ietf-quic-transport-33.txt', text: old }, { label: 'draft-ietf-quic-transport-34.txt', text: neu });
  html = formatDiff(diff, 'html');
  return diff;
};
// Warm-up: the first runs are compiled as they go.
const diff = once();
once();
once();
const t = await timeRuns(once);
console.log(`diff -33/-34 text→html (draft-ietf-quic-transport): median ${t.median.toFixed(0)} ms, min ${t.min.toFixed(0)} ms, `
  + `CPU median ${t.cpu.toFixed(0)} ms (${N} runs); ${diff.changes.length} changes, ${(html.length / 1024).toFixed(0)} KiB; `
  + 'target < 100 ms (rfcdiff ~1 s / 10)');
