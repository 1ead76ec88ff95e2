/**
 * The `draftsmith build` command, run as a separate process exactly as a user runs it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, lines, repoRoot } from '../unit/helpers.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A stack trace line ("    at foo (file.js:1:2)") anywhere in the output. */
const STACK = /^\s+at\s+\S.*:\d+:\d+\)?$/m;

function assertNoStackTrace(run: Run): void {
  assert.doesNotMatch(run.stderr, STACK, `stack trace in stderr:\n${run.stderr}`);
  assert.doesNotMatch(run.stdout, STACK, `stack trace in stdout:\n${run.stdout}`);
  assert.doesNotMatch(run.stderr, /internal error/, run.stderr);
}

describe('draftsmith build (CLI)', function () {
  this.timeout(60000);
  const root = repoRoot();
  let dir: string;
  let out: string;
  let cache: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-cli-'));
    out = join(dir, 'out');
    cache = join(dir, 'user-cache');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the CLI from the repository root, with an empty per-user reference cache. */
  function draftsmith(...args: string[]): Run {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cache };
    delete env.DRAFTSMITH_DEBUG;
    const r = spawnSync(process.execPath, [join(root, 'bin', 'draftsmith.js'), ...args], { cwd: root, env, encoding: 'utf8' });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function write(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  }

  const good = () => write('good.md', lines(
    '---', 'title: A Good Draft', 'docname: draft-foo-bar-03', '--- middle', '', '# Introduction', '', 'Hello.'));
  const latest = () => write('latest.md', lines(
    '---', 'title: An Editor Copy', 'docname: draft-foo-baz-latest', '--- middle', '', '# Introduction', '', 'Hello.'));
  const bad = () => write('bad.md', lines(
    '---', 'title: A Bad Draft', 'docname: draft-bad-00', '--- middle', '', '# Introduction', '', 'See {{nowhere}} here.'));

  it('exits 1 when an input has errors, writes nothing for it, and still writes the valid inputs', () => {
    const run = draftsmith('build', good(), bad(), latest(), '--out-dir', out, '--date', '2024-01-15');
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['draft-foo-bar-03.xml', 'draft-foo-baz-latest.xml']);
    assert.ok(run.stderr.includes(`${join(dir, 'bad.md')}:8:5: error: "nowhere" is not a section`), run.stderr);
    assert.match(run.stderr, /\[unresolved-reference\]/);
    assert.match(run.stderr, /bad\.md: not built/);
    assertNoStackTrace(run);
  });

  it('names the output after docName, keeping -latest, and writes RFC XML v3', () => {
    const run = draftsmith('build', good(), latest(), '--out-dir', out, '--date', '2024-01-15');
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['draft-foo-bar-03.xml', 'draft-foo-baz-latest.xml']);
    const xml = readFileSync(join(out, 'draft-foo-bar-03.xml'), 'utf8');
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<rfc version="3"[^>]* docName="draft-foo-bar-03"/);
    assert.match(xml, /<title>A Good Draft<\/title>/);
    assert.match(xml, /<date year="2024" month="January" day="15"\/>/);
    assert.match(readFileSync(join(out, 'draft-foo-baz-latest.xml'), 'utf8'), /docName="draft-foo-baz-latest"/);
    assert.ok(run.stderr.includes(`wrote ${join(out, 'draft-foo-bar-03.xml')}`), run.stderr);
    assertNoStackTrace(run);
  });

  it('builds every Markdown file of a folder given as input', () => {
    const src = join(dir, 'src');
    mkdirSync(src);
    writeFileSync(join(src, 'one.md'), lines('---', 'title: One', 'docname: draft-one-00', '--- middle', '', '# A'));
    writeFileSync(join(src, 'two.md'), lines('%%%', 'title = "Two"', 'docName = "draft-two"', '[seriesInfo]', 'value = "draft-01"', '%%%', '', '# A'));
    writeFileSync(join(src, 'notes.txt'), 'not a draft');
    const run = draftsmith('build', src, '--out-dir', out, '--date', '2024-01-15');
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['draft-one-00.xml', 'draft-two-01.xml']);
  });

  it('an unknown --format: a clear message, exit 2, nothing written', () => {
    const run = draftsmith('build', good(), '--format', 'pdf', '--out-dir', out);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /format/i);
    assert.match(run.stderr, /\bpdf\b/);
    assert.match(run.stderr, /unknown|not supported|unsupported/i);
    assert.match(run.stderr, /\bxml\b/, 'names the formats that are available');
    assert.match(run.stderr, /\btext\b/, 'names the formats that are available');
    assert.match(run.stderr, /\bhtml\b/, 'names the formats that are available');
    assert.equal(existsSync(out), false);
    assertNoStackTrace(run);
  });

  it('a missing input file: a message naming the file, exit 1, other inputs still built', () => {
    const missing = join(dir, 'no-such-draft.md');
    const run = draftsmith('build', missing, good(), '--out-dir', out, '--date', '2024-01-15');
    assert.equal(run.status, 1, run.stderr);
    assert.ok(run.stderr.includes(`${missing}: error: no such file`), run.stderr);
    assert.deepEqual(readdirSync(out), ['draft-foo-bar-03.xml']);
    assertNoStackTrace(run);
  });

  it('reports header errors with file:line:col and builds nothing', () => {
    const input = write('yaml.md', lines('---', 'title: T', 'abbrev: a: b', '--- middle', '', '# A'));
    const run = draftsmith('build', input, '--out-dir', out);
    assert.equal(run.status, 1, run.stderr);
    assert.ok(run.stderr.includes(`${input}:3:9: error: invalid YAML in the header`), run.stderr);
    assert.match(run.stderr, /hint: /);
    assert.equal(existsSync(out) ? readdirSync(out).length : 0, 0);
    assertNoStackTrace(run);
  });

  describe('references', () => {
    const cites = (anchor: string) => write('cites.md', lines(
      '---', 'title: Cites', 'docname: draft-cites-00', '--- middle', '', '# A', '', `We use {{!${anchor}}}.`));

    it('takes entries from --refcache', () => {
      const run = draftsmith('build', cites('RFC2119'), '--refcache', fixture('bibxml'), '--out-dir', out, '--date', '2024-01-15');
      assert.equal(run.status, 0, run.stderr);
      const xml = readFileSync(join(out, 'draft-cites-00.xml'), 'utf8');
      // kramdown-rfc points a library RFC at its text (…/rfc/rfc2119), not its info page.
      assert.match(xml, /<reference anchor="RFC2119" target="https:\/\/www.rfc-editor.org\/rfc\/rfc2119">/);
      assert.match(xml, /Key words for use in RFCs to Indicate Requirement Levels/);
    });

    it('a library citation missing from the cache is fetched without --offline: an error when that fails', () => {
      const input = cites('RFC9999');
      // The suite's reference server (test/setup.ts) is 127.0.0.1's discard port, which fetch
      // refuses to connect to at all ("bad port").
      const run = draftsmith('build', input, '--refcache', fixture('bibxml'), '--out-dir', out);
      assert.equal(run.status, 1, run.stderr);
      assert.ok(run.stderr.includes(`${input}:8:8: error: could not fetch reference "RFC9999" from http://127.0.0.1:9/public/rfc/bibxml/reference.RFC.9999.xml: `), run.stderr);
      assert.equal(existsSync(join(out, 'draft-cites-00.xml')), false);
      assertNoStackTrace(run);
    });

    it('with --offline it is a warning and a placeholder entry', () => {
      const input = cites('RFC9999');
      const run = draftsmith('build', input, '--refcache', fixture('bibxml'), '--offline', '--out-dir', out, '--date', '2024-01-15');
      assert.equal(run.status, 0, run.stderr);
      assert.ok(run.stderr.includes(`${input}:8:8: warning: no entry for reference "RFC9999"`), run.stderr);
      const xml = readFileSync(join(out, 'draft-cites-00.xml'), 'utf8');
      assert.match(xml, /<reference anchor="RFC9999">/);
      assert.match(xml, /RFC9999 \(reference entry not found\)/);
    });

    it('--quiet leaves the warnings out but not the errors', () => {
      const ok = draftsmith('build', cites('RFC9999'), '--offline', '--quiet', '--out-dir', out);
      assert.equal(ok.status, 0, ok.stderr);
      assert.equal(ok.stderr, '');
      const failing = draftsmith('build', bad(), '--quiet', '--out-dir', out);
      assert.equal(failing.status, 1);
      assert.match(failing.stderr, /error: "nowhere"/);
    });
  });

  it('refuses a malformed --date with exit 2', () => {
    const run = draftsmith('build', good(), '--date', '15/01/2024', '--out-dir', out);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /--date must be YYYY-MM-DD/);
    assert.equal(existsSync(out), false);
    assertNoStackTrace(run);
  });

  it('an unknown option is a usage error, without a stack trace', () => {
    const run = draftsmith('build', good(), '--no-such-option');
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /unknown option '--no-such-option'/);
    assertNoStackTrace(run);
  });
});

describe('draftsmith build: two inputs with one docName', () => {
  it('writes the first and refuses the second with an output-collision error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftsmith-collide-'));
    const doc = ['---', 'title: A', 'docname: draft-same-name-00', '--- middle', '', '# A', '', 'Text.', ''].join('\n');
    writeFileSync(join(dir, 'a.md'), doc);
    writeFileSync(join(dir, 'b.md'), doc.replace('Text.', 'Other text.'));
    const out = join(dir, 'out');
    const r = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'draftsmith.js'), 'build', dir, '--out-dir', out],
      { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /b\.md:1:1: error: another input of this build also writes .*draft-same-name-00\.xml \[output-collision\]/);
    assert.ok(readFileSync(join(out, 'draft-same-name-00.xml'), 'utf8').includes('<t>Text.</t>'));
  });
});

describe('draftsmith build: RFC XML input', () => {
  it('reads a v2 XML file and writes v3 XML named after its docName; refuses to overwrite the input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftsmith-xmlin-'));
    const input = join(dir, 'old.xml');
    writeFileSync(input, ['<?xml version="1.0"?>', '<rfc ipr="trust200902" docName="draft-old-01" category="info">',
      '<front><title>Old</title><author fullname="A B"/><date year="2020"/></front>',
      '<middle><section title="One"><t><list style="symbols"><t>a</t></list></t></section></middle>', '</rfc>', ''].join('\n'));
    const run = (out: string) => spawnSync(process.execPath, [join(repoRoot(), 'bin', 'draftsmith.js'), 'build', input, '--out-dir', out],
      { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') } });
    const r = run(join(dir, 'out'));
    assert.equal(r.status, 0, r.stderr);
    const xml = readFileSync(join(dir, 'out', 'draft-old-01.xml'), 'utf8');
    assert.match(xml, /version="3"/);
    assert.match(xml, /<section>\s*<name>One<\/name>\s*<ul>\s*<li>\s*<t>a<\/t>/);
    // Built into its own folder, an input named after its docName would be overwritten.
    const same = join(dir, 'draft-old-01.xml');
    writeFileSync(same, readFileSync(input, 'utf8'));
    const again = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'draftsmith.js'), 'build', same, '--out-dir', dir],
      { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') } });
    assert.equal(again.status, 1, again.stderr);
    assert.match(again.stderr, /draft-old-01\.xml:1:1: error: the output would overwrite the input/);
    assert.equal(readFileSync(same, 'utf8'), readFileSync(input, 'utf8'));
  });
});

describe('draftsmith build --format xml,text', () => {
  it('writes both artifacts from one parse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftsmith-both-'));
    const input = join(dir, 'd.md');
    writeFileSync(input, ['---', 'title: Both', 'docname: draft-both-00', '--- middle', '', '# A', '', 'Text.', ''].join('\n'));
    const r = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'draftsmith.js'), 'build', input, '--format', 'xml,text', '--out-dir', join(dir, 'out'), '--date', '2024-03-01'],
      { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(join(dir, 'out', 'draft-both-00.xml'), 'utf8'), /<rfc /);
    const txt = readFileSync(join(dir, 'out', 'draft-both-00.txt'), 'utf8');
    assert.match(txt, /^1\.  A$/m);
    assert.match(txt, /^   Text\.$/m);
  });
});
