#!/usr/bin/env node
// `npm run licenses`: every production dependency's licence, read from the installed tree
// (`npm query .prod`), checked against the OSI-approved licences that are compatible with
// draftsmith's BSD-3-Clause (permissive ones; MPL-2.0 as a separate, unmodified library).
// Prints a table; exits 1 when a licence is missing, not OSI-approved or not compatible.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** OSI-approved and compatible with distributing draftsmith under BSD-3-Clause. */
const ALLOWED = new Set(['MIT', 'MIT-0', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Apache-2.0', 'Zlib', 'BlueOak-1.0.0',
  'Python-2.0', 'UPL-1.0', 'MPL-2.0', 'Unicode-3.0', 'Unicode-DFS-2016', 'PostgreSQL', 'NCSA', 'X11']);

/** Whether an SPDX expression allows use under the list: OR needs one side, AND both. */
export function allowed(expression) {
  const e = expression.trim().replace(/^\((.*)\)$/, '$1');
  const or = splitTop(e, 'OR');
  if (or.length > 1) return or.some(allowed);
  const and = splitTop(e, 'AND');
  if (and.length > 1) return and.every(allowed);
  return ALLOWED.has(e.replace(/\+$/, ''));
}

function splitTop(e, op) {
  const parts = [];
  let depth = 0;
  let start = 0;
  const re = new RegExp(`\\s${op}\\s`, 'y');
  for (let i = 0; i < e.length; i++) {
    if (e[i] === '(') depth++;
    else if (e[i] === ')') depth--;
    else if (depth === 0) {
      re.lastIndex = i - 1;
      if (i > 0 && re.test(e)) {
        parts.push(e.slice(start, i - 1));
        start = re.lastIndex;
        i = start - 1;
      }
    }
  }
  parts.push(e.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  try {
    const json = JSON.parse(readFileSync(join(pkg.path, 'package.json'), 'utf8'));
    if (Array.isArray(json.licenses)) return json.licenses.map((l) => l.type ?? l).join(' OR ');
  } catch { /* reported as missing */ }
  return '';
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop());
if (isMain) {
  const root = join(import.meta.dirname, '..');
  const all = JSON.parse(execFileSync('npm', ['query', '.prod'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const rows = all.filter((p) => p.path !== root).map((p) => ({ name: p.name, version: p.version, licence: licenceOf(p) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const bad = rows.filter((r) => !r.licence || !allowed(r.licence));
  const w = Math.max(...rows.map((r) => `${r.name}@${r.version}`.length), 7);
  console.log(`${'package'.padEnd(w)}  licence`);
  for (const r of rows) console.log(`${`${r.name}@${r.version}`.padEnd(w)}  ${r.licence || '(none)'}${bad.includes(r) ? '  <- not allowed' : ''}`);
  const counts = {};
  for (const r of rows) counts[r.licence] = (counts[r.licence] ?? 0) + 1;
  console.log(`\n${rows.length} production dependencies: ${Object.entries(counts).map(([k, v]) => `${v} ${k || '(none)'}`).join(', ')}`);
  if (bad.length) {
    console.error(`${bad.length} with a licence that is missing, not OSI-approved or not compatible with BSD-3-Clause: ${bad.map((r) => r.name).join(', ')}`);
    process.exit(1);
  }
  console.log('every licence is OSI-approved and compatible with BSD-3-Clause');
}
