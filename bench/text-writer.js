#!/usr/bin/env node
// Text writer benchmark: `writeText` alone (the tree is parsed and prepped once, outside the
// timing) on the QUIC transport draft (paginated and not) and on rfc/rfc9000.xml; minimum and
// median wall time of N runs after a warm-up. Target: at most 40 ms on the QUIC draft (min),
// so that the whole Markdown → text pipeline fits in 150 ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, N, requireCorpus, timeRuns } from './common.js';

requireCorpus('text writer');
const { markdownToRfc, xmlToRfc, prep, writeText, DirectoryResolver } = await import('../dist/src/index.js');
const resolver = () => new DirectoryResolver([join(CORPUS, 'bibxml')]);

async function time(label, once) {
  const t = await timeRuns(once);
  console.log(`${label}: min ${t.min.toFixed(1)} ms, median ${t.median.toFixed(1)} ms (${N} runs)`);
}

const quicPath = join(CORPUS, 'drafts/base-drafts/draft-ietf-quic-transport.md');
const quicMd = readFileSync(quicPath, 'utf8').split('{DATE}').join('2021-01-14');
const quicTree = await markdownToRfc(quicMd, { file: quicPath, resolver: resolver(), offline: true });
const quic = prep(quicTree.document, { date: '2021-01-14' }).document;

const rfcPath = join(CORPUS, 'rfc', 'rfc9000.xml');
const rfcTree = await xmlToRfc(readFileSync(rfcPath, 'utf8'), { file: rfcPath, resolver: resolver(), offline: true });
const rfc = prep(rfcTree.document).document;

// (The draft's docName ends in -latest: an editor's copy, unpaginated unless asked.)
await time('writeText QUIC transport draft (default)', () => writeText(quic));
await time('writeText QUIC transport draft (paginate: true)', () => writeText(quic, { paginate: true }));
await time('writeText QUIC transport draft (paginate: false)', () => writeText(quic, { paginate: false }));
await time('writeText rfc/rfc9000.xml', () => writeText(rfc));
