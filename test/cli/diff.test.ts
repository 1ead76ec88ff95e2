/**
 * The `draftsmith diff` command, run as a separate process exactly as a user runs it, on files
 * and on git revisions of a temporary repository (two commits, a draft-foo-bar-00 tag).
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, hasCorpus, QUIC_33, QUIC_34 } from '../unit/diff/corpus.js';
import { lines, repoRoot } from '../unit/helpers.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const STACK = /^\s+at\s+\S.*:\d+:\d+\)?$/m;

function assertCleanError(run: Run, message: RegExp): void {
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, message);
  assert.match(run.stderr, /hint: /);
  assert.doesNotMatch(run.stderr, STACK);
  assert.doesNotMatch(run.stderr, /internal error/);
}

const draft = (revision: string, body: string[], extra: string[] = []) => lines(
  '---', 'title: A Draft About Foo', `docname: draft-foo-bar-${revision}`, 'date: 2024-01-15', 'author:', '  - name: Ann Author', '    org: Example',
  ...extra, '--- middle', '', '# Introduction {#intro}', '', ...body, '', '# Security Considerations {#sec}', '', 'None.');

describe('draftsmith diff (CLI)', function () {
  this.timeout(60000);
  const root = repoRoot();
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-diff-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function draftsmith(...args: string[]): Run {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') };
    delete env.DRAFTSMITH_DEBUG;
    const r = spawnSync(process.execPath, [join(root, 'bin', 'draftsmith.js'), 'diff', ...args], { cwd: dir, env, encoding: 'utf8' });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function git(...args: string[]): string {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
  }

  /** A repository with -00 committed and tagged, then -01 committed, then a working-copy edit. */
  function repo(): void {
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Test Author');
    git('config', 'user.email', 'test@example.com');
    writeFileSync(join(dir, 'draft-foo-bar.md'), draft('00', ['Foo is a protocol for bar.']));
    git('add', 'draft-foo-bar.md');
    git('commit', '-q', '-m', 'draft-foo-bar-00');
    git('tag', 'draft-foo-bar-00');
    writeFileSync(join(dir, 'draft-foo-bar.md'), draft('01', ['Foo is a protocol for bar and baz.', '', '## Terminology {#terms}', '', 'Words.']));
    git('commit', '-q', '-am', 'draft-foo-bar-01 in progress');
    writeFileSync(join(dir, 'draft-foo-bar.md'), draft('latest', ['Foo is a fast protocol for bar and baz.', '', '## Terminology {#terms}', '', 'Words.']));
  }

  it('compares two files: unified text by default, summary and markdown on request', () => {
    writeFileSync(join(dir, 'a.md'), draft('00', ['Foo is a protocol for bar.']));
    writeFileSync(join(dir, 'b.md'), draft('01', ['Foo is a protocol for bar and baz.'], ['informative:', '  RFC9000:']));
    const text = draftsmith('a.md', 'b.md');
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^--- a\.md\n\+\+\+ b\.md\n/);
    assert.match(text.stdout, /^- {3}Foo is a protocol for bar\.$/m);
    assert.match(text.stdout, /^\+ {3}Foo is a protocol for bar and baz\.$/m);
    const summary = draftsmith('a.md', 'b.md', '--format', 'summary');
    assert.match(summary.stdout, /Section 1 \(Introduction\): \+3 -1 words/);
    assert.match(summary.stdout, /docName: draft-foo-bar-00 -> draft-foo-bar-01/);
    const md = draftsmith('a.md', 'b.md', '-f', 'markdown');
    assert.match(md.stdout, /^## Changes since draft-foo-bar-00$/m);
    assert.match(md.stdout, /^- Changed Section 1 \(Introduction\): 3 words added, 1 removed$/m);
    const words = draftsmith('a.md', 'b.md', '--words');
    assert.match(words.stdout, /Foo is a protocol for bar\. \{\+and baz\.\+\}|\[-bar\.-\] \{\+bar and baz\.\+\}/);
  });

  it('writes the html page to --out', () => {
    writeFileSync(join(dir, 'a.md'), draft('00', ['Foo is a protocol for <bar>.']));
    writeFileSync(join(dir, 'b.md'), draft('00', ['Foo is a protocol for <baz>.']));
    const run = draftsmith('a.md', 'b.md', '-f', 'html', '--out', 'diff.html');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    const html = readFileSync(join(dir, 'diff.html'), 'utf8');
    assert.match(html, /id="change-1"/);
    assert.match(html, /&lt;<del>bar&gt;\.<\/del>|<del>&lt;bar&gt;\.<\/del>/);
    assert.doesNotMatch(html, /<bar>|<baz>/);
  });

  it('compares git revisions: file@tag against file@HEAD, and the working copy against the newest draft-<name>-NN tag', () => {
    repo();
    const revs = draftsmith('draft-foo-bar.md@draft-foo-bar-00', 'draft-foo-bar.md@HEAD', '-f', 'json');
    assert.equal(revs.status, 0, revs.stderr);
    const j = JSON.parse(revs.stdout);
    assert.equal(j.old.label, 'draft-foo-bar.md@draft-foo-bar-00');
    assert.deepEqual(j.sections.filter((s: { status: string }) => s.status === 'added').map((s: { new: { title: string } }) => s.new.title), ['Terminology']);
    assert.deepEqual(j.metadata, [{ field: 'docName', old: 'draft-foo-bar-00', new: 'draft-foo-bar-01' }]);

    const latest = draftsmith('draft-foo-bar.md', '-f', 'summary');
    assert.equal(latest.status, 0, latest.stderr);
    assert.match(latest.stdout, /^draft-foo-bar\.md@draft-foo-bar-00 -> draft-foo-bar\.md$/m);
    assert.match(latest.stdout, /Sections added:\n {2}Section 1\.1 \(Terminology\): 1 word/);
    assert.match(latest.stdout, /Section 1 \(Introduction\): \+4 -1 words/);

    const back = draftsmith('draft-foo-bar.md@HEAD~1', 'draft-foo-bar.md@HEAD', '-f', 'summary');
    assert.equal(back.status, 0, back.stderr);
    assert.match(back.stdout, /Sections added/);
  });

  it('says "No changes." for a revision against itself', () => {
    repo();
    const run = draftsmith('draft-foo-bar.md@HEAD', 'draft-foo-bar.md@HEAD', '-f', 'summary');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^No changes\.$/m);
    assert.equal(draftsmith('draft-foo-bar.md@HEAD', 'draft-foo-bar.md@HEAD').stdout, '');
  });

  it('bad input: missing file, unknown revision, path not in the revision, no tag, binary file, a source with errors', () => {
    repo();
    assertCleanError(draftsmith('missing.md', 'draft-foo-bar.md'), /missing\.md: error: no such file/);
    assertCleanError(draftsmith('draft-foo-bar.md@draft-foo-bar-07', 'draft-foo-bar.md'), /unknown revision "draft-foo-bar-07"/);
    assertCleanError(draftsmith('other.md@HEAD', 'draft-foo-bar.md'), /other\.md does not exist in revision HEAD/);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'x.md'), 'x');
    git('add', 'sub/x.md');
    git('commit', '-q', '-m', 'a folder');
    assertCleanError(draftsmith('sub@HEAD', 'draft-foo-bar.md'), /sub is not a file in revision HEAD/);
    writeFileSync(join(dir, 'blob.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    assertCleanError(draftsmith('blob.bin', 'draft-foo-bar.md'), /blob\.bin: error: is a binary file/);
    writeFileSync(join(dir, 'draft-other.md'), draft('00', ['Text.']).replace('docname: draft-foo-bar-00', 'docname: draft-other-thing-00'));
    assertCleanError(draftsmith('draft-other.md'), /no draft-other-thing-NN tag/);
    writeFileSync(join(dir, 'broken.md'), draft('01', ['See {{nowhere}}.']));
    const broken = draftsmith('draft-foo-bar.md', 'broken.md');
    assertCleanError(broken, /broken\.md:\d+:\d+: error: .*nowhere/);
    assert.match(broken.stderr, /broken\.md: has errors and cannot be rendered/);
  });

  it('QUIC transport -33 against -34 from the Markdown sources: json, html and text agree', function () {
    if (!hasCorpus()) this.skip();
    const args = [QUIC_33, QUIC_34, '--refcache', join(CORPUS, 'bibxml'), '--offline', '--date', '2021-01-14'];
    const json = draftsmith(...args, '-f', 'json');
    assert.equal(json.status, 0, json.stderr);
    const j = JSON.parse(json.stdout);
    const n = j.changes.length;
    assert.ok(n > 100, String(n));
    const html = draftsmith(...args, '-f', 'html').stdout;
    assert.equal([...html.matchAll(/ id="change-\d+"/g)].length, n);
    assert.match(html, new RegExp(`Change ${n} of ${n}\\b`));
    const text = draftsmith(...args).stdout.split('\n');
    const plus = text.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)).filter((l) => l.trim());
    assert.deepEqual(plus, j.changes.flatMap((c: { added: string[] }) => c.added).filter((l: string) => l.trim()));
  });

  it('bad input outside git: a revision of a file not in a repository, malformed XML', () => {
    writeFileSync(join(dir, 'a.md'), draft('00', ['Text.']));
    assertCleanError(draftsmith('a.md@HEAD', 'a.md'), /a\.md@HEAD: error: .* is not inside a git repository/);
    assertCleanError(draftsmith('a.md'), /not inside a git repository/);
    writeFileSync(join(dir, 'bad.xml'), '<rfc><front><title>x</front></rfc>');
    assertCleanError(draftsmith('bad.xml', 'a.md'), /bad\.xml:1:\d+: error: the XML is not well-formed/);
  });

  it('rejects a bad --context or --date with status 2', () => {
    writeFileSync(join(dir, 'a.md'), draft('00', ['Text.']));
    assert.equal(draftsmith('a.md', 'a.md', '--context', 'many').status, 2);
    assert.equal(draftsmith('a.md', 'a.md', '--date', 'tomorrow').status, 2);
  });
});
