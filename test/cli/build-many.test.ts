/**
 * A repository with several drafts: `build` converts them in worker threads, reports each, ends
 * with a summary table, fails when one fails, and a draft citing a sibling gets its current revision.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMany } from '../../src/api/build-many.js';
import { lines, repoRoot } from '../unit/helpers.js';
import { runCli } from './run-cli.js';

function draft(name: string, body: string[]): string {
  return lines('---', `title: The ${name} Format`, `docname: draft-foo-${name}-latest`, 'category: info', 'author:', '  - name: Ann Author',
    '    email: ann@example.com', '--- abstract', '', `About ${name}.`, '', '--- middle', '', '# Introduction', '', ...body, '');
}

describe('draftsmith build of several drafts (CLI, a real git repository)', function () {
  this.timeout(120000);
  const root = repoRoot();
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-many-'));
    mkdirSync(join(dir, 'spec'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(join(dir, 'spec', 'draft-foo-alpha.md'), draft('alpha', ['The base format.']));
    writeFileSync(join(dir, 'spec', 'draft-foo-beta.md'), draft('beta', ['Extends {{?I-D.foo-alpha}}.']));
    writeFileSync(join(dir, 'spec', 'draft-foo-gamma.md'), draft('gamma', ['Uses {{?I-D.draft-foo-beta-latest}} and {{?I-D.foo-alpha}}.']));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const draftsmith = (...args: string[]) => runCli(dir, args);

  it('builds three drafts in parallel, one plain line each in CI, then a summary table', () => {
    const run = draftsmith('build', '--offline', '--format', 'xml,text,html', '--no-check');
    assert.equal(run.status, 0, run.stderr);
    for (const n of ['alpha', 'beta', 'gamma']) for (const ext of ['xml', 'txt', 'html']) assert.ok(existsSync(join(dir, 'build', `draft-foo-${n}-latest.${ext}`)), `${n}.${ext}`);
    assert.equal(run.stderr.match(/^draftsmith: \[\d\/3\] spec\/draft-foo-\w+\.md: built in \d+\.\d s$/gm)?.length, 3, run.stderr);
    assert.match(run.stderr, /^draft {2,}result {2}time {2,}findings {2,}written$/m);
    assert.match(run.stderr, /^spec\/draft-foo-beta\.md {2,}ok {2,}\d+\.\d s {2,}0 errors, 0 warnings {2,}build\/draft-foo-beta-latest\.xml /m);
    assert.match(run.stderr, /^3 built, 0 failed$/m);
  });

  it('a sibling cited by name is the sibling draft, at its newest released revision', () => {
    execFileSync('git', ['-c', 'user.name=A', '-c', 'user.email=a@example.com', 'commit', '-q', '--allow-empty', '-m', 'x'], { cwd: dir });
    execFileSync('git', ['tag', 'draft-foo-alpha-02'], { cwd: dir });
    const run = draftsmith('build', '--offline', '--no-check');
    assert.equal(run.status, 0, run.stderr);
    const beta = readFileSync(join(dir, 'build', 'draft-foo-beta-latest.xml'), 'utf8');
    assert.match(beta, /<reference anchor="I-D\.foo-alpha" target="https:\/\/datatracker\.ietf\.org\/doc\/html\/draft-foo-alpha-02">/);
    assert.match(beta, /<title>The alpha Format<\/title>/);
    assert.match(beta, /<seriesInfo name="Internet-Draft" value="draft-foo-alpha-02"\/>/);
    // Not released yet: its editor's copy.
    const gamma = readFileSync(join(dir, 'build', 'draft-foo-gamma-latest.xml'), 'utf8');
    assert.match(gamma, /<seriesInfo name="Internet-Draft" value="draft-foo-beta-latest"\/>/);
  });

  it('one draft failing: exit 1, the others still built, the table says which', () => {
    writeFileSync(join(dir, 'spec', 'draft-foo-beta.md'), draft('beta', ['~~~', 'a fence never closed']));
    const run = draftsmith('build', '--offline', '--no-check', '--jobs', '2');
    assert.equal(run.status, 1, run.stderr);
    assert.ok(existsSync(join(dir, 'build', 'draft-foo-alpha-latest.xml')));
    assert.ok(existsSync(join(dir, 'build', 'draft-foo-gamma-latest.xml')));
    assert.ok(!existsSync(join(dir, 'build', 'draft-foo-beta-latest.xml')));
    assert.match(run.stderr, /^spec\/draft-foo-beta\.md {2,}FAILED/m);
    assert.match(run.stderr, /^2 built, 1 failed$/m);
    assert.equal(draftsmith('build', '--jobs', 'many').status, 2);
  });

  it('worker threads and a single thread write the same files', async () => {
    const files = ['alpha', 'beta', 'gamma'].map((n) => join(dir, 'spec', `draft-foo-${n}.md`));
    const options = { outDir: join(dir, 'a'), formats: ['xml', 'text'] as ('xml' | 'text')[], refcache: [], offline: true, allowMissingRefs: false, noUserCache: true, date: '2026-11-22' };
    const threaded = await buildMany(files, options, { workers: 3 });
    const single = await buildMany(files, { ...options, outDir: join(dir, 'b') }, { workers: 1 });
    assert.deepEqual(threaded.map((o) => o.failed), [false, false, false]);
    for (const [i, o] of threaded.entries()) {
      for (const f of ['xml', 'text'] as const) assert.equal(readFileSync(o.outputs[f]!, 'utf8'), readFileSync(single[i].outputs[f]!, 'utf8'));
    }
  });
});
