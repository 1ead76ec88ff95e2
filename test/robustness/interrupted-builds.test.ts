/**
 * Issue 10: nothing half-written. `draftsmith build --format xml,text,html` of a large-ish draft
 * is killed (SIGKILL) 20 times, at moments chosen by a seeded generator across its run or at a
 * seeded change of the output folder (so that kills land among the writes); after each kill
 * every file in the output folder with a final name is byte-identical to a reference build's
 * (or absent), and the only other files are the writer's hidden temporary files, which the
 * next build removes. Two builds writing one folder at once leave complete files too. A writer
 * that writes in place is shown to leave a half-written file, so the check can fail.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../unit/helpers.js';
import { largeMarkdownDraft } from './large-draft.js';

const KILLS = 20;
const SEED = 20261122;
/** The draft's size: large enough that a build takes a second or two. */
const DRAFT_BYTES = 40_000;
const NAMES = ['draft-large-generated-00.xml', 'draft-large-generated-00.txt', 'draft-large-generated-00.html'];

/** A small seeded generator (mulberry32): the same kill moments on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** When to kill a run: after a delay, or at the n-th change a folder sees (a file created, written or renamed). */
type Kill = { afterMs: number } | { folder: string; nthChange: number };

/** Runs a node script with arguments, killing it with SIGKILL as `kill` says. Resolves when it has exited. */
function run(args: string[], cache: string, kill?: Kill): Promise<{ code: number | null; signal: string | null; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, XDG_CACHE_HOME: cache }, stdio: 'ignore' });
  const timer = kill && 'afterMs' in kill ? setTimeout(() => child.kill('SIGKILL'), kill.afterMs) : undefined;
  let changes = 0;
  const watcher = kill && 'folder' in kill ? watch(kill.folder, () => {
    if (++changes === kill.nthChange) child.kill('SIGKILL');
  }) : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      resolve({ code, signal, ms: performance.now() - started });
    });
  });
}

/** What is wrong in `dir`: files with a final name that differ from the reference, and unexpected files. */
function damage(dir: string, reference: Map<string, Buffer>): string[] {
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  for (const name of readdirSync(dir)) {
    const expected = reference.get(name);
    if (expected === undefined) {
      // A writer's temporary file: hidden, and never under a final name.
      if (!/^\.draft-large-generated-00\.(xml|txt|html)\.\d+\.\d+\.tmp$/.test(name)) problems.push(`${name}: unexpected file`);
      continue;
    }
    const actual = readFileSync(join(dir, name));
    if (!actual.equals(expected)) problems.push(`${name}: ${actual.length} bytes, the complete file has ${expected.length}`);
  }
  return problems;
}

describe('robustness: interrupted and concurrent builds', function () {
  this.timeout(300_000);
  const cli = join(repoRoot(), 'bin', 'draftsmith.js');
  let dir: string;
  let input: string;
  let cache: string;
  let reference: Map<string, Buffer>;
  let buildMs: number;
  const buildArgs = (out: string, file = input) => [cli, 'build', file, '--out-dir', out, '--format', 'xml,text,html', '--offline', '--allow-missing-refs',
    '--no-check', '--date', '2026-11-22', '-q'];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-kill-'));
    cache = join(dir, 'cache');
    input = join(dir, 'large.md');
    writeFileSync(input, largeMarkdownDraft(DRAFT_BYTES));
    const ref = join(dir, 'reference');
    const r = await run(buildArgs(ref), cache);
    assert.equal(r.code, 0);
    reference = new Map(readdirSync(ref).map((n) => [n, readFileSync(join(ref, n))]));
    assert.deepEqual([...reference.keys()].sort(), [...NAMES].sort());
    buildMs = r.ms;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the check sees the half-written file a writer that writes in place leaves when killed', async () => {
    const out = join(dir, 'in-place');
    mkdirSync(out);
    const html = join(dir, 'reference', NAMES[2]);
    // Writes the file under its final name in 4 KiB pieces, 2 ms apart, saying so after the first.
    const script = `const fs = require('node:fs'); const data = fs.readFileSync(${JSON.stringify(html)}); const fd = fs.openSync(${JSON.stringify(join(out, NAMES[2]))}, 'w');` +
      'for (let i = 0; i < data.length; i += 4096) { fs.writeSync(fd, data.subarray(i, i + 4096)); if (i === 0) fs.writeSync(1, "writing\\n");' +
      ' Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2); }';
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => child.kill('SIGKILL'));
    const signal = await new Promise((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    assert.equal(signal, 'SIGKILL');
    assert.match(damage(out, reference).join('\n'), /draft-large-generated-00\.html: \d+ bytes, the complete file has \d+/);
  });

  it(`${KILLS} builds killed with SIGKILL at seeded moments leave every artifact absent or complete`, async () => {
    const random = seeded(SEED);
    const outcomes = { killed: 0, finished: 0, killedBetweenWrites: 0 };
    for (let k = 0; k < KILLS; k++) {
      const out = join(dir, `kill-${k}`);
      mkdirSync(out);
      // Half at moments across the whole build (the end, where files are written, most densely);
      // half at the 1st to 6th change of the output folder, so that some land among the writes
      // however fast or slow the machine is today.
      const kill: Kill = k % 2 ? { folder: out, nthChange: 1 + Math.floor(random() * 6) } : { afterMs: buildMs * Math.sqrt(random()) * 1.1 };
      const r = await run(buildArgs(out), cache, kill);
      assert.deepEqual(damage(out, reference), [], `kill ${k} (${JSON.stringify(kill)})`);
      const written = readdirSync(out).filter((n) => reference.has(n)).length;
      if (r.signal !== 'SIGKILL') outcomes.finished++;
      else {
        outcomes.killed++;
        if (written > 0 && written < NAMES.length) outcomes.killedBetweenWrites++;
      }
    }
    // Some kills did land after one artifact was written and before the last.
    assert.ok(outcomes.killedBetweenWrites >= 1, JSON.stringify(outcomes));
  });

  it('a build after a killed one removes the temporary files the killed one left', async () => {
    const out = join(dir, 'leftovers');
    mkdirSync(out);
    // What a writer killed mid-write leaves: its temporary file (its process is gone).
    const dead = await run(['-e', '0'], cache);
    assert.equal(dead.code, 0);
    const stale = `.${NAMES[0]}.999999999.1.tmp`;
    writeFileSync(join(out, stale), 'half');
    const r = await run(buildArgs(out), cache);
    assert.equal(r.code, 0);
    assert.deepEqual(readdirSync(out).sort(), [...NAMES].sort());
    assert.deepEqual(damage(out, reference), []);
  });

  it('two builds writing one folder at once (the same docName, different content) leave complete files', async () => {
    const other = join(dir, 'other.md');
    writeFileSync(other, largeMarkdownDraft(DRAFT_BYTES / 2));
    const otherRef = join(dir, 'other-reference');
    assert.equal((await run(buildArgs(otherRef, other), cache)).code, 0);
    const otherReference = new Map(readdirSync(otherRef).map((n) => [n, readFileSync(join(otherRef, n))]));
    for (let round = 0; round < 3; round++) {
      const out = join(dir, `together-${round}`);
      const [a, b] = await Promise.all([run(buildArgs(out), cache), run(buildArgs(out, other), cache)]);
      assert.deepEqual([a.code, b.code], [0, 0]);
      assert.deepEqual(readdirSync(out).sort(), [...NAMES].sort(), 'temporary files left behind');
      for (const name of NAMES) {
        const actual = readFileSync(join(out, name));
        assert.ok(actual.equals(reference.get(name)!) || actual.equals(otherReference.get(name)!), `${name} is neither build's complete file`);
      }
    }
  });
});
