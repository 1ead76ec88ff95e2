/**
 * Conformance suite: every Markdown case of ../shared/corpus (the MARKDOWN list of
 * ../shared/tools/corpus.py, see cases.ts) is converted in-process to RFC XML v3, validated with
 * `xmllint --relaxng` against xml2rfc's v3 grammar, and scored as ../shared/tools/score-xml scores
 * it (outline similarity and reference overlap with the draft's own tool's XML, kept in
 * ../shared/corpus/expected/peer-xml).
 *
 * Each case has a floor in floors.json: whether it converted and was schema-valid, and its two
 * scores. A case fails when it falls below its floor (1e-9 tolerance). `npm run floors`
 * (UPDATE_FLOORS=1) rewrites floors.json with the values reached, raising floors only.
 *
 * Without ../shared/corpus (or $DRAFTSMITH_CORPUS) the suite is skipped.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ConvertJob, ConvertReply } from './convert-worker.js';
import { MARKDOWN, type MarkdownCase } from './cases.js';
import { jaccard, outline, sequenceRatio, XmlParseError, type Outline } from './score.js';

const TOLERANCE = 1e-9;
/** A conversion taking longer is stopped and counts as not converted (the largest case takes about 1 s). */
const CASE_TIMEOUT_MS = Number(process.env.CONFORMANCE_CASE_TIMEOUT_MS) || 30_000;

/** The project root: the nearest folder above this file with draftsmith's package.json. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (true) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"draftsmith"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

const ROOT = projectRoot();
const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'));
const BIBXML = join(CORPUS, 'bibxml');
const SCHEMA = join(CORPUS, 'schema', 'xml2rfc', 'v3.rng');
const PEER = join(CORPUS, 'expected', 'peer-xml');
const FLOORS_FILE = join(ROOT, 'test', 'conformance', 'floors.json');
const UPDATE = !!process.env.UPDATE_FLOORS && process.env.UPDATE_FLOORS !== '0';

interface Floor {
  /** Converted without error diagnostics. */
  converted: boolean;
  /** The XML is valid against v3.rng. */
  valid: boolean;
  /** Outline similarity with the peer XML; null when there is no peer output or no score. */
  outline: number | null;
  /** Reference-set overlap with the peer XML; null likewise. */
  references: number | null;
}

interface Result extends Floor {
  /** Why the case did not convert. */
  error?: string;
  /** The first xmllint error. */
  invalid?: string;
  /** Why it could not be scored although converted (not well-formed, ...). */
  unscored?: string;
  /** Why the converted document does not render to text. */
  textError?: string;
  ms: number;
}

function readFloors(): Record<string, Floor> {
  if (!existsSync(FLOORS_FILE)) return {};
  return JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Record<string, Floor>;
}

/** corpus.py prepare_input: a substituted copy beside copies of its neighbours, or the file itself. */
function prepareInput(c: MarkdownCase, work: string): { file: string; source: string } {
  const src = join(CORPUS, c.path);
  let text = readFileSync(src, 'utf8');
  if (!Object.keys(c.subs).length) return { file: src, source: text };
  const dstDir = join(work, 'in', dirname(c.path));
  if (!existsSync(dstDir)) cpSync(dirname(src), dstDir, { recursive: true });
  for (const [k, v] of Object.entries(c.subs)) text = text.split(k).join(v);
  const dst = join(dstDir, c.path.slice(c.path.lastIndexOf('/') + 1));
  writeFileSync(dst, text, 'utf8');
  return { file: dst, source: text };
}

/** score-xml validate(): xmllint's verdict and its first error line. */
function validate(file: string): Promise<{ valid: boolean; error: string }> {
  return new Promise((done, reject) => {
    const p = spawn('xmllint', ['--noout', '--relaxng', SCHEMA, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code === 0) return done({ valid: true, error: '' });
      const errors = stderr.split('\n').filter((l) => l.toLowerCase().includes('error'));
      done({ valid: false, error: (errors[0] ?? stderr.trim().slice(0, 200)).slice(0, 300) });
    });
  });
}

/** Runs conversions in one worker thread at a time; a conversion over the time limit ends its worker. */
class Converter {
  private worker?: Worker;
  private next = 1;

  private start(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./convert-worker.js', import.meta.url));
      this.worker.unref();
    }
    return this.worker;
  }

  convert(job: Omit<ConvertJob, 'id'>): Promise<ConvertReply> {
    const worker = this.start();
    const id = this.next++;
    return new Promise((done) => {
      const finish = (reply: ConvertReply) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        done(reply);
      };
      const onMessage = (reply: ConvertReply) => {
        if (reply.id === id) finish(reply);
      };
      const onError = (e: Error) => {
        this.worker = undefined;
        finish({ id, ms: 0, error: `the conversion worker died: ${e.stack ?? e}` });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        finish({ id, ms: CASE_TIMEOUT_MS, error: `timed out after ${CASE_TIMEOUT_MS / 1000} s: conversion stopped (CONFORMANCE_CASE_TIMEOUT_MS sets the limit)` });
      }, CASE_TIMEOUT_MS);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ ...job, id });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

async function runCase(c: MarkdownCase, index: number, work: string, converter: Converter): Promise<Result> {
  const result: Result = { converted: false, valid: false, outline: null, references: null, ms: 0 };
  const { file, source } = prepareInput(c, work);
  // The CLI's resolver without the per-user cache: --refcache, then a bibxml/ folder beside the draft.
  const reply = await converter.convert({ file, source, date: c.date, refDirs: [BIBXML, join(dirname(file), 'bibxml')] });
  result.ms = reply.ms;
  result.textError = reply.textError;
  if (reply.xml === undefined) {
    result.error = reply.error ?? 'no XML';
    return result;
  }
  const xml = reply.xml;
  result.converted = true;
  const out = join(work, 'out', `${index}.xml`);
  writeFileSync(out, xml, 'utf8');
  const v = await validate(out);
  result.valid = v.valid;
  if (!v.valid) result.invalid = v.error;

  const peer = join(PEER, `${c.path}.xml`);
  if (existsSync(peer)) {
    // As score-xml: a document ElementTree cannot read leaves the case unscored.
    const read = (text: string, whose: string): Outline | undefined => {
      try {
        return outline(text);
      } catch (e) {
        if (!(e instanceof XmlParseError)) throw e;
        result.unscored = `${whose} XML not well-formed (${e.message})`;
        return undefined;
      }
    };
    const ours = read(xml, 'our');
    const theirs = ours && read(readFileSync(peer, 'utf8'), 'peer');
    if (ours && theirs) {
      result.outline = sequenceRatio(ours.sections, theirs.sections);
      result.references = jaccard(ours.refs, theirs.refs);
    }
  }
  return result;
}

function regressions(floor: Floor, r: Result): string[] {
  const out: string[] = [];
  if (floor.converted && !r.converted) out.push(`no longer converts: ${r.error}`);
  if (floor.valid && r.converted && !r.valid) out.push(`no longer schema-valid: ${r.invalid}`);
  for (const key of ['outline', 'references'] as const) {
    const f = floor[key];
    const v = r[key];
    if (f === null || f === undefined || !r.converted) continue;
    if (v === null) out.push(`${key} score missing (floor ${f.toFixed(3)})${r.unscored ? `: ${r.unscored}` : ''}`);
    else if (v < f - TOLERANCE) out.push(`${key} ${v.toFixed(4)} below the floor ${f.toFixed(4)}`);
  }
  return out;
}

function raise(old: Floor | undefined, r: Result): Floor {
  const max = (a: number | null | undefined, b: number | null) =>
    a === null || a === undefined ? b : b === null ? a : Math.max(a, b);
  return {
    converted: !!old?.converted || r.converted,
    valid: !!old?.valid || r.valid,
    outline: max(old?.outline, r.outline),
    references: max(old?.references, r.references),
  };
}

function improved(old: Floor, r: Result): boolean {
  const up = (f: number | null, v: number | null) => v !== null && (f === null || f === undefined || v > f + TOLERANCE);
  return (!old.converted && r.converted) || (!old.valid && r.valid) || up(old.outline, r.outline) || up(old.references, r.references);
}

function describeResult(r: Result): string {
  if (!r.converted) return `not converted (${r.error?.split('\n')[0]})`;
  const parts = [r.valid ? 'valid' : `INVALID (${r.invalid})`];
  if (r.outline !== null) parts.push(`outline ${r.outline.toFixed(3)}`);
  if (r.references !== null) parts.push(`references ${r.references.toFixed(3)}`);
  if (r.unscored) parts.push(r.unscored);
  return parts.join(', ');
}

describe('conformance: Markdown → RFC XML v3 over ../shared/corpus', function () {
  const floors = readFloors();
  const results = new Map<string, Result>();
  let work = '';
  const converter = new Converter();

  before(function () {
    if (!existsSync(CORPUS)) {
      console.log('../shared/corpus not found: conformance suite skipped');
      this.skip();
    }
    const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
    if (probe.error) {
      throw new Error('xmllint not found (needed to validate against v3.rng): install it with `apt-get install libxml2-utils`');
    }
    work = mkdtempSync(join(tmpdir(), 'draftsmith-conformance-'));
    mkdirSync(join(work, 'out'), { recursive: true });
  });

  after(async function () {
    await converter.close();
    if (work) rmSync(work, { recursive: true, force: true });
    if (!results.size) return;
    const all = [...results.values()];
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    const scored = all.filter((r) => r.outline !== null);
    console.log(`\n  conformance: ${all.filter((r) => r.converted).length}/${all.length} converted, ` +
      `${all.filter((r) => r.valid).length}/${all.length} schema-valid, ` +
      `outline ${mean(scored.map((r) => r.outline!)).toFixed(3)}, ` +
      `references ${mean(scored.map((r) => r.references!)).toFixed(3)} (mean over ${scored.length} with a peer output), ` +
      `${mean(all.map((r) => r.ms)).toFixed(0)} ms per conversion on average`);
    const notable = MARKDOWN.filter((c) => {
      const r = results.get(c.path);
      return r && (!r.valid || !!r.unscored || (r.outline ?? 1) < 1 || (r.references ?? 1) < 1);
    });
    for (const c of notable) console.log(`    ${c.path}: ${describeResult(results.get(c.path)!)}`);

    const better = MARKDOWN.filter((c) => floors[c.path] && results.has(c.path) && improved(floors[c.path]!, results.get(c.path)!));
    if (UPDATE) {
      const next: Record<string, Floor> = {};
      for (const c of MARKDOWN) {
        const r = results.get(c.path);
        const old = floors[c.path];
        if (r) next[c.path] = raise(old, r);
        else if (old) next[c.path] = old;
      }
      for (const [k, v] of Object.entries(floors)) if (!(k in next)) next[k] = v;
      writeFileSync(FLOORS_FILE, JSON.stringify(next, null, 2) + '\n', 'utf8');
      console.log(`  floors: ${FLOORS_FILE} rewritten (${better.length} case(s) raised)`);
    } else if (better.length) {
      console.log(`  ${better.length} case(s) above their floors (${better.map((c) => c.path).join(', ')}): ` +
        'run `npm run floors` to raise them');
    }
  });

  MARKDOWN.forEach((c, index) => {
    it(c.path, async function () {
      this.timeout(CASE_TIMEOUT_MS + 60_000);
      const r = await runCase(c, index, work, converter);
      results.set(c.path, r);
      const floor = floors[c.path];
      if (!floor) {
        if (UPDATE) return;
        assert.fail(`${c.path}: no floor in test/conformance/floors.json (now: ${describeResult(r)}); run \`npm run floors\``);
      }
      if (r.textError) assert.fail(`${c.path} does not render to text: ${r.textError}`);
      const bad = regressions(floor, r);
      if (bad.length) assert.fail(`${c.path} regressed:\n  ${bad.join('\n  ')}\n  (now: ${describeResult(r)})`);
    });
  });
});
