#!/usr/bin/env node
// HTML benchmark (issue 4): the QUIC transport draft Markdown → HTML, in-process, median of N
// runs after a warm-up. Target: at least 10 times faster than xml2rfc's --html (about 1.2 s
// for this draft on the reference machine), so under 120 ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, N, median, requireCorpus } from './common.js';

requireCorpus('HTML');
const { markdownToRfc, xmlToRfc, prep, writeHtml, DirectoryResolver } = await import('../dist/src/index.js');
const resolver = () => new DirectoryResolver([join(CORPUS, 'bibxml')]);


async function time(label, once, target) {
  await once();
  const times = [];
  const parts = {};
  for (let i = 0; i < N; i++) {
    const t0 = process.hrtime.bigint();
    const split = await once();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    for (const [k, v] of Object.entries(split ?? {})) (parts[k] ??= []).push(v);
  }
  const detail = Object.entries(parts).map(([k, v]) => `${k} ${median(v).toFixed(0)} ms`).join(', ');
  console.log(`${label}: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms (${N} runs${detail ? `; ${detail}` : ''}); ${target}`);
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

const mdPath = join(CORPUS, 'drafts/base-drafts/draft-ietf-quic-transport.md');
const md = readFileSync(mdPath, 'utf8').split('{DATE}').join('2021-01-14');
await time('md→html draft-ietf-quic-transport.md', async () => {
  const t0 = now();
  const r = await markdownToRfc(md, { file: mdPath, resolver: resolver(), offline: true });
  const t1 = now();
  const p = prep(r.document, { date: '2021-01-14' });
  const t2 = now();
  writeHtml(p.document);
  const t3 = now();
  return { markdown: t1 - t0, prep: t2 - t1, html: t3 - t2 };
}, 'target < 120 ms (xml2rfc --html ~1.2 s / 10)');

const rfcPath = join(CORPUS, 'rfc', 'rfc9000.xml');
const rfc = readFileSync(rfcPath, 'utf8');
await time('xml→html rfc/rfc9000.xml', async () => {
  const r = await xmlToRfc(rfc, { file: rfcPath, resolver: resolver(), offline: true });
  writeHtml(prep(r.document).document);
}, 'for comparison with xml→text');
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
