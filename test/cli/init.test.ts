/**
 * `draftsmith init` in a real git repository: the files it writes, that it never overwrites,
 * that the skeleton builds to schema-valid XML, and that the CI files are valid YAML whose
 * draftsmith commands and options exist.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Command } from 'commander';
import { program } from '../../src/cli/index.js';
import { fixture, repoRoot } from '../unit/helpers.js';
import { runCli } from './run-cli.js';

const SCHEMA = join(repoRoot(), '..', 'shared', 'corpus', 'schema', 'xml2rfc', 'v3.rng');

describe('draftsmith init (CLI, a real git repository)', function () {
  this.timeout(60000);
  const root = repoRoot();
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-init-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:ann/draft-ann-widget-format.git'], { cwd: dir });
    execFileSync('git', ['config', 'user.name', 'Ann Author'], { cwd: dir });
    execFileSync('git', ['config', 'user.email', 'ann@example.com'], { cwd: dir });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const draftsmith = (...args: string[]) => runCli(dir, args);

  it('writes the draft, the CI files, .gitignore, package.json and README; a second run keeps them all', () => {
    const run = draftsmith('init', 'draft-ann-widget-format', '--title', 'The Widget Format');
    assert.equal(run.status, 0, run.stderr);
    for (const f of ['spec/draft-ann-widget-format.md', '.github/workflows/draftsmith.yml', '.gitlab-ci.yml', '.gitignore', 'package.json', 'README.md']) {
      assert.ok(existsSync(join(dir, f)), f);
    }
    const draft = readFileSync(join(dir, 'spec', 'draft-ann-widget-format.md'), 'utf8');
    assert.match(draft, /^docname: draft-ann-widget-format-latest/m);
    assert.match(draft, /^title: "The Widget Format"/m);
    assert.match(draft, /name: "Ann Author"/);
    assert.match(draft, /email: "ann@example.com"/);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    assert.match(readme, /https:\/\/ann\.github\.io\/draft-ann-widget-format\/draft-ann-widget-format-latest\.html/);
    assert.match(readme, /the issues and pull requests of https:\/\/github\.com\/ann\/draft-ann-widget-format/);
    writeFileSync(join(dir, '.gitignore'), 'mine\n');
    const again = draftsmith('init', 'draft-ann-widget-format');
    assert.equal(again.status, 0, again.stderr);
    assert.doesNotMatch(again.stderr, /wrote/);
    assert.match(again.stderr, /kept \.gitignore \(it exists\)/);
    assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8'), 'mine\n');
    assert.match(again.stdout, /Add this section to README\.md:/);
  });

  it('refuses a name the datatracker would refuse', () => {
    const run = draftsmith('init', 'Draft_Widget');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /"Draft_Widget" is not a draft name the datatracker accepts/);
    assert.equal(existsSync(join(dir, 'spec')), false);
  });

  it('the skeleton builds, offline, to schema-valid XML, with no check error', () => {
    assert.equal(draftsmith('init', 'draft-ann-widget-format').status, 0);
    const build = draftsmith('build', '--format', 'xml,text,html', '--offline', '--refcache', fixture('bibxml'), '--allow-missing-refs');
    assert.equal(build.status, 0, build.stderr);
    const check = draftsmith('check', '--offline', '--refcache', fixture('bibxml'), '--allow-missing-refs');
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const xml = join(dir, 'build', 'draft-ann-widget-format-latest.xml');
    if (!existsSync(SCHEMA) || spawnSync('xmllint', ['--version']).status !== 0) return;
    const v = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, xml], { encoding: 'utf8' });
    assert.equal(v.status, 0, v.stderr);
  });

  it('the CI files are valid YAML, and every draftsmith command in them exists with the options it is given', () => {
    assert.equal(draftsmith('init', 'draft-ann-widget-format').status, 0);
    const commands: string[] = [];
    const github = parseYaml(readFileSync(join(dir, '.github', 'workflows', 'draftsmith.yml'), 'utf8'));
    for (const job of Object.values(github.jobs) as { steps: { run?: string }[] }[]) for (const s of job.steps) if (s.run) commands.push(s.run);
    assert.ok(github.on.push && github.on.pull_request !== undefined && github.jobs.pages, 'push, pull request, pages');
    const gitlab = parseYaml(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8'));
    for (const job of Object.values(gitlab) as { script?: string[] }[]) if (Array.isArray(job?.script)) commands.push(...job.script);
    assert.ok(gitlab.pages, 'a pages job');
    const invocations = commands.flatMap((c) => [...c.matchAll(/npx draftsmith ([^\n;|&]+)/g)].map((m) => m[1].trim()));
    assert.ok(invocations.length >= 8, invocations.join('\n'));
    const cli = program();
    for (const inv of invocations) {
      const [name, ...args] = inv.split(/\s+/);
      const cmd = cli.commands.find((c: Command) => c.name() === name);
      assert.ok(cmd, `no command "${name}" (${inv})`);
      const known = new Set(cmd.options.flatMap((o) => [o.long, o.short].filter(Boolean) as string[]));
      for (const a of args.filter((x) => x.startsWith('-'))) assert.ok(known.has(a), `draftsmith ${name} has no option ${a} (${inv})`);
    }
    // The README's Quick start and the workflow agree on how drafts are built.
    assert.ok(invocations.some((i) => /^build spec --format xml,text,html --out-dir build/.test(i)));
  });
});
