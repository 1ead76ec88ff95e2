/**
 * `draftsmith release` and `build --rev` in real git repositories in temporary folders.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lines, repoRoot } from '../unit/helpers.js';
import { runCli } from './run-cli.js';

const DRAFT = lines('---', 'title: The Foo Bar Protocol', 'abbrev: Foo Bar', 'docname: draft-foo-bar-latest', 'category: info', 'ipr: trust200902',
  'author:', '  - name: Ann Author', '    org: Example', '    email: ann@example.com', '--- abstract', '', 'This document describes Foo Bar.', '',
  '--- middle', '', '# Introduction', '', 'Foo Bar is a protocol.', '', '# Security Considerations', '', 'None.', '', '# IANA Considerations', '', 'None.', '');

describe('draftsmith release and build --rev (CLI, real git repositories)', function () {
  this.timeout(120000);
  const root = repoRoot();
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-release-'));
    git('init', '-q');
    git('config', 'user.email', 'ann@example.com');
    git('config', 'user.name', 'Ann Author');
    git('config', 'tag.gpgSign', 'false');
    mkdirSync(join(dir, 'spec'));
    writeFileSync(join(dir, 'spec', 'draft-foo-bar.md'), DRAFT);
    writeFileSync(join(dir, '.gitignore'), 'build/\n');
    git('add', '-A');
    git('commit', '-qm', 'first');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function git(...args: string[]): string {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  }

  const draftsmith = (...args: string[]) => runCli(dir, args);

  it('releases -00, then -01 with a diff and change summary, each tagged, with its docName and date', () => {
    const first = draftsmith('release', '--offline', '--date', '2026-11-21');
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(git('tag').trim().split('\n'), ['draft-foo-bar-00']);
    assert.equal(git('cat-file', '-t', 'draft-foo-bar-00').trim(), 'tag', 'an annotated tag');
    const xml = readFileSync(join(dir, 'build', 'draft-foo-bar-00.xml'), 'utf8');
    assert.match(xml, /docName="draft-foo-bar-00"/);
    assert.match(xml, /<date year="2026" month="11" day="21"\/>/);
    assert.match(readFileSync(join(dir, 'build', 'draft-foo-bar-00.txt'), 'utf8'), /draft-foo-bar-00/);
    assert.ok(existsSync(join(dir, 'build', 'draft-foo-bar-00.html')));

    writeFileSync(join(dir, 'spec', 'draft-foo-bar.md'), DRAFT.replace('Foo Bar is a protocol.', 'Foo Bar is a protocol for bars.'));
    git('commit', '-qam', 'second');
    const second = draftsmith('release', 'spec/draft-foo-bar.md', '--offline', '--date', '2026-11-22');
    assert.equal(second.status, 0, second.stderr);
    assert.deepEqual(git('tag').trim().split('\n'), ['draft-foo-bar-00', 'draft-foo-bar-01']);
    assert.match(readFileSync(join(dir, 'build', 'draft-foo-bar-01.xml'), 'utf8'), /docName="draft-foo-bar-01"/);
    assert.match(second.stdout, /Changes from draft-foo-bar-00 to draft-foo-bar-01:/);
    assert.match(second.stdout, /Section 1 \(Introduction\)/);
    assert.doesNotMatch(second.stdout, /draftsmith-release-/, 'the old side is named by its tag, not a temporary path');
    assert.match(readFileSync(join(dir, 'build', 'draft-foo-bar-01-from-00.diff.html'), 'utf8'), /for bars/);
    assert.ok(existsSync(join(dir, 'build', 'draft-foo-bar-01-from-00.changes.txt')));
  });

  it('refuses a dirty tree, a draft that fails the submission checks, and --dry-run tags nothing', () => {
    writeFileSync(join(dir, 'spec', 'draft-foo-bar.md'), DRAFT + '\nMore.\n');
    const dirty = draftsmith('release', '--offline');
    assert.equal(dirty.status, 1);
    assert.match(dirty.stderr, /not released: the working tree has uncommitted changes \(spec\/draft-foo-bar\.md\)/);
    assert.equal(git('tag').trim(), '');
    git('checkout', '--', 'spec/draft-foo-bar.md');
    // The checks run in submission mode, and their errors stop the release.
    writeFileSync(join(dir, 'spec', 'draft-foo-bar.md'), DRAFT.replace('# Security Considerations', '# Other Considerations'));
    git('commit', '-qam', 'no security section');
    const failing = draftsmith('release', '--offline');
    assert.equal(failing.status, 1, failing.stderr);
    assert.match(failing.stderr, /error: the document has no Security Considerations section \[required-sections\]/);
    assert.match(failing.stderr, /not released: draft-foo-bar-00 was not built/);
    assert.equal(git('tag').trim(), '');
    git('revert', '--no-edit', 'HEAD');
    const dry = draftsmith('release', '--offline', '--dry-run');
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stderr, /draft-foo-bar-00 is ready \(dry run: not tagged\)/);
    assert.equal(git('tag').trim(), '');
    assert.ok(existsSync(join(dir, 'build', 'draft-foo-bar-00.xml')));
  });

  it('build --rev rebuilds a tagged revision from history, not from the working copy', () => {
    assert.equal(draftsmith('release', '--offline', '--date', '2026-11-21').status, 0);
    writeFileSync(join(dir, 'spec', 'draft-foo-bar.md'), DRAFT.replace('Foo Bar is a protocol.', 'Something else entirely.'));
    git('commit', '-qam', 'later');
    const run = draftsmith('build', '--rev', 'draft-foo-bar-00', '--format', 'text', '--out-dir', 'old', '--offline');
    assert.equal(run.status, 0, run.stderr);
    const text = readFileSync(join(dir, 'old', 'draft-foo-bar-00.txt'), 'utf8');
    assert.match(text, /Foo Bar is a protocol\./);
    assert.doesNotMatch(text, /Something else/);
    assert.match(text, /draft-foo-bar-00/);
    const missing = draftsmith('build', '--rev', 'draft-foo-bar-05', '--offline');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /there is no tag draft-foo-bar-05/);
  });

  it('outside a git repository, release says so', () => {
    const bare = mkdtempSync(join(tmpdir(), 'draftsmith-norepo-'));
    try {
      writeFileSync(join(bare, 'draft-foo-bar.md'), DRAFT);
      const r = spawnSync(process.execPath, [join(root, 'bin', 'draftsmith.js'), 'release', join(bare, 'draft-foo-bar.md'), '--offline'], { cwd: bare, encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.match(r.stderr, /is not in a git repository/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
