#!/usr/bin/env node
// Markdown parse benchmark: where the time of parseMarkdown goes on the QUIC transport RFC
// (../shared/corpus/drafts/base-drafts/rfc9000.md, kramdown-rfc). It times, on the body that
// markdownToRfc parses (header blanked, multi-line attribute lists joined):
//   plain       mdast-util-from-markdown with no extension (CommonMark only)
//   gfm         + the GFM and definition-list extensions parseMarkdown uses
//   ours:X      CommonMark + one of our dialect extensions alone
//   full        parseMarkdown itself (markdown-it with our rules, to the same mdast)
//   micromark   parseMarkdownMicromark: the micromark front end parseMarkdown used before
//   markdown-it markdown-it's own parse, tokens only (no mdast, no dialect rules)
//   tokens      micromark's tokenizer alone for `micromark` (no mdast), to split the cost
// Each: min and median CPU time of N runs after a warm-up (CPU, not wall, time, and the
// minimum, are the figures to compare on a loaded machine). Run after `npm run build`:  node bench/parse.js [FILE]  (BENCH_RUNS=N)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse, postprocess, preprocess } from 'micromark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { defList } from 'micromark-extension-definition-list';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { defListFromMarkdown } from 'mdast-util-definition-list';
import MarkdownIt from 'markdown-it';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'));
const file = process.argv[2] ?? join(CORPUS, 'drafts/base-drafts/rfc9000.md');
const N = Number(process.env.BENCH_RUNS) || 10;
if (!existsSync(file)) {
  console.log(`${file} not found: parse benchmark skipped`);
  process.exit(0);
}
const { parseMarkdown } = await import('../dist/src/index.js');
const { parseMarkdownMicromark } = await import('../dist/src/markdown/parse.js');
const { splitDraft, joinMultilineAttributeLists } = await import('../dist/src/markdown/split.js');
const { dialectExtensions } = await import('../dist/src/syntax/micromark-extensions.js');

const split = splitDraft(readFileSync(file, 'utf8'));
const dialect = split.dialect;
const body = dialect === 'mmark' ? split.body : joinMultilineAttributeLists(split.body);

const gfm = () => ({
  extensions: [gfmFootnote(), gfmStrikethrough({ singleTilde: false }), gfmTable(), gfmTaskListItem(), defList],
  mdastExtensions: [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), defListFromMarkdown],
});

/** The cases, timed in turns (one run of each per round) so that load affects them alike. */
const cases = [];
function time(label, once) {
  cases.push({ label, once, times: [] });
}
function report() {
  for (const c of cases) c.once();
  for (let i = 0; i < N; i++) {
    for (const c of cases) {
      // CPU time of this process, not wall time: the figures stay comparable on a busy machine.
      const c0 = process.cpuUsage();
      c.once();
      const d = process.cpuUsage(c0);
      c.times.push((d.user + d.system) / 1000);
    }
  }
  for (const { label, times } of cases) {
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(`${label.padEnd(28)} min ${times[0].toFixed(1).padStart(7)} ms   median ${median.toFixed(1).padStart(7)} ms`);
  }
}

console.log(`input: ${file} (${dialect}, ${(body.length / 1024).toFixed(0)} kB body, ${body.split('\n').length} lines), ${N} runs after 1 warm-up`);
const only = process.env.BENCH_ONLY;
const want = (name) => !only || only.split(',').includes(name);
if (want('plain')) time('plain', () => fromMarkdown(body));
if (want('gfm')) time('gfm', () => fromMarkdown(body, gfm()));
const ours = dialectExtensions(dialect);
ours.micromark.forEach((ext, i) => {
  const name = `ours:${Object.keys(ext.text ?? {}).length ? 'spans' : 'lines'}`;
  if (want(name) || want('ours')) time(name, () => fromMarkdown(body, { extensions: [ext], mdastExtensions: ours.fromMarkdown }));
});
if (want('ours')) time('ours:all', () => fromMarkdown(body, { extensions: ours.micromark, mdastExtensions: ours.fromMarkdown }));
if (want('full')) time('full (parseMarkdown)', () => parseMarkdown(body, dialect));
// parseMarkdown parses with markdown-it (src/markdown/markdown-it/); the micromark front end
// it replaced, and markdown-it's own parse (tokens only, no mdast, none of our rules):
if (want('micromark')) time('micromark (before)', () => parseMarkdownMicromark(body, dialect));
if (want('markdown-it')) {
  const md = new MarkdownIt('default', { html: true });
  time('markdown-it tokens (plain)', () => md.parse(body, {}));
}
if (want('tokens')) {
  const g = gfm();
  time('tokens (micromark, full)', () => postprocess(parse({ extensions: [...g.extensions, ...ours.micromark] }).document().write(preprocess()(body, undefined, true))));
}
report();
