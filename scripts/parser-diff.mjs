#!/usr/bin/env node
// Differential test of the two Markdown front ends: parses inputs with micromark
// (parseMarkdownMicromark) and markdown-it (parseMarkdownIt) and reports, per input, the first
// difference of each class: structure (node types, children), values (other fields), positions.
// Run after `npx tsc -p tsconfig.json`:
//   node scripts/parser-diff.mjs [--inputs FILE.json] [--spec] [--verbose] [--limit N]
// FILE.json: [{file, dialect, text}], e.g. the (text, dialect) pairs parseMarkdown was called
// with while converting the corpus. --spec: every CommonMark spec example, in both dialects.
// --random N [--seed S]: N random strings of Markdown and dialect syntax pieces, in both.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const verbose = args.includes('--verbose');
const limit = Number(opt('--limit') ?? 20);
const { parseMarkdownMicromark } = await import('../dist/src/markdown/parse.js');
const { parseMarkdownIt } = await import('../dist/src/markdown/markdown-it/parse.js');
const { firstDifferences } = await import('../dist/src/markdown/markdown-it/tree-diff.js');

const inputs = [];
if (opt('--inputs')) for (const x of JSON.parse(readFileSync(opt('--inputs'), 'utf8'))) inputs.push({ name: `${x.file}#${x.i ?? 0}`, dialect: x.dialect, text: x.text });
if (args.includes('--spec')) {
  const require = createRequire(import.meta.url);
  const spec = require('commonmark-spec');
  for (const t of spec.tests) for (const dialect of ['kramdown', 'mmark']) inputs.push({ name: `spec ${t.number} (${t.section}) ${dialect}`, dialect, text: t.markdown, section: t.section });
}

if (opt('--random')) {
  const pieces = ['a', 'b c', ' ', '  ', '\n', '\n\n', '*', '**', '_', '`', '[', ']', '(', ')', '{{RFC1}}', '{: #x}', '{#y}', '(((i)))',
    '[@RFC2]', '(#z)', '(!w)', '~', '^', '~~', '> ', '- ', '1. ', '    ', '\t', '# ', '---', '--- middle', '.# Abstract', ': ', '|',
    '|-|-|', '<b>', '</b>', '<div>', 'http://x.y', 'www.a.b', 'e@f.gh', '\\', '&amp;', '[^1]', '[^1]: n', '[r]: /u', '```', '~~~',
    '![i](j)', '[k](l "t")', '"', "'", '-', '='];
  let seed = Number(opt('--seed') ?? 12345);
  const next = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  for (let i = 0; i < Number(opt('--random')); i++) {
    let text = '';
    const length = 3 + next(25);
    for (let j = 0; j < length; j++) text += pieces[next(pieces.length)];
    for (const dialect of ['kramdown', 'mmark']) inputs.push({ name: `random ${i} ${dialect} ${JSON.stringify(text)}`, dialect, text });
  }
}

let same = 0;
const classes = {};
let shown = 0;
for (const input of inputs) {
  let d;
  try {
    const tree = parseMarkdownIt(input.text, input.dialect);
    d = tree ? firstDifferences(parseMarkdownMicromark(input.text, input.dialect), tree) : { declined: 'markdown-it declined (nested too deep)' };
  } catch (e) {
    d = { crash: String(e && e.stack || e) };
  }
  if (!d) { same++; continue; }
  const cls = d.crash ? 'crash' : d.declined ? 'declined' : d.structure ? 'structure' : d.value ? 'value' : 'position';
  (classes[cls] ??= []).push(input.name);
  const byDialect = `${cls} (${input.dialect})`;
  classes[byDialect] = (classes[byDialect] ?? 0) + 1;
  if (input.section) {
    const k = `${cls}: ${input.section}`;
    classes[k] = (classes[k] ?? 0) + 1;
  }
  if (shown++ < limit || verbose) {
    console.log(`--- ${input.name}`);
    for (const [k, v] of Object.entries(d)) console.log(`  ${k}: ${v}`);
  }
}
console.log(`\n${same}/${inputs.length} identical`);
for (const [k, v] of Object.entries(classes)) console.log(`  ${k}: ${Array.isArray(v) ? v.length : v}`);
