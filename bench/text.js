#!/usr/bin/env node
// Text benchmark (issue 3): rfc/rfc9000.xml → text, and the QUIC transport draft Markdown →
// text, in-process, median of N runs after a warm-up. Target: at least 20 times faster than
// xml2rfc (about 3 s for these on the reference machine).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, N, requireCorpus, timeRuns } from './common.js';

requireCorpus('text');
const { xmlToRfc, markdownToRfc, prep, writeText, DirectoryResolver } = await import('../dist/src/index.js');
const resolver = () => new DirectoryResolver([join(CORPUS, 'bibxml')]);

async function time(label, once) {
  const t = await timeRuns(once);
  console.log(`${label}: median ${t.median.toFixed(0)} ms, min ${t.min.toFixed(0)} ms, CPU median ${t.cpu.toFixed(0)} ms (${N} runs); target < 150 ms (xml2rfc ~3 s / 20)`);
}

const rfcPath = join(CORPUS, 'rfc', 'rfc9000.xml');
const rfc = readFileSync(rfcPath, 'utf8');
await time('xml→text rfc/rfc9000.xml', async () => {
  const r = await xmlToRfc(rfc, { file: rfcPath, resolver: resolver(), offline: true });
  writeText(prep(r.document).document);
});

const mdPath = join(CORPUS, 'drafts/base-drafts/draft-ietf-quic-transport.md');
const md = readFileSync(mdPath, 'utf8').split('{DATE}').join('2021-01-14');
// The draft's docName ends in -latest: its default text is an editor's copy, not paginated.
await time('md→text draft-ietf-quic-transport.md', async () => {
  const r = await markdownToRfc(md, { file: mdPath, resolver: resolver(), offline: true });
  writeText(prep(r.document, { date: '2021-01-14' }).document);
});
await time('md→text draft-ietf-quic-transport.md, paginated', async () => {
  const r = await markdownToRfc(md, { file: mdPath, resolver: resolver(), offline: true });
  writeText(prep(r.document, { date: '2021-01-14' }).document, { paginate: true });
});
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
