/**
 * References from a bibliography service (a local one on 127.0.0.1): `build` fetching what it
 * needs, `refs list|lock|update`, and builds that use a lock file.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, lines, repoRoot } from '../unit/helpers.js';
import { RefServer } from '../unit/bibxml/ref-server.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const CORPUS = join(repoRoot(), '..', 'shared', 'corpus');

describe('references fetched from a bibliography service (CLI)', function () {
  this.timeout(120000);
  const root = repoRoot();
  let dir: string;
  let cache: string;
  let server: RefServer;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-refs-'));
    cache = join(dir, 'user-cache');
    server = await new RefServer(fixture('bibxml')).start();
  });
  afterEach(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the CLI as a separate process (asynchronously: the server answers meanwhile). */
  function draftsmith(...args: string[]): Promise<Run> {
    return draftsmithWith({ DRAFTSMITH_REF_SERVER: server.url }, ...args);
  }

  function draftsmithWith(vars: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cache, ...vars };
    for (const [k, v] of Object.entries(vars)) if (v === undefined) delete env[k];
    delete env.DRAFTSMITH_DEBUG;
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(root, 'bin', 'draftsmith.js'), ...args], { cwd: dir, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => { stdout += d; });
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  }

  function draft(name: string, ...cites: string[]): string {
    const path = join(dir, 'spec', name);
    mkdirSync(join(dir, 'spec'), { recursive: true });
    writeFileSync(path, lines('---', 'title: Citing', `docname: ${name.replace(/\.md$/, '')}-00`, 'category: info', 'author:', '  - name: A. Author',
      '--- middle', '', '# Introduction', '', ...cites.map((c) => `See {{${c}}}.`), ''));
    return path;
  }

  it('build fetches the missing entries into the per-user cache; the next build asks nothing', async () => {
    const input = draft('draft-a.md', 'RFC2119', 'RFC8174', 'RFC9110');
    const first = await draftsmith('build', input, '--out-dir', 'out', '--no-check');
    assert.equal(first.status, 0, first.stderr);
    assert.equal(server.requests.length, 3);
    assert.deepEqual(readdirSync(join(cache, 'draftsmith', 'bibxml')).sort(), ['reference.RFC.2119.xml', 'reference.RFC.8174.xml', 'reference.RFC.9110.xml']);
    assert.match(readFileSync(join(dir, 'out', 'draft-a-00.xml'), 'utf8'), /<reference anchor="RFC9110"/);
    const second = await draftsmith('build', input, '--out-dir', 'out', '--no-check');
    assert.equal(second.status, 0, second.stderr);
    assert.equal(server.requests.length, 3, 'no request the second time');
  });

  it('a reference the service does not have: one error, at its first citation, naming the others', async () => {
    const input = draft('draft-b.md', 'RFC9999', 'RFC2119', 'RFC9999', 'RFC9999');
    const run = await draftsmith('build', input, '--out-dir', 'out', '--no-check');
    assert.equal(run.status, 1, run.stderr);
    const errors = run.stderr.split('\n').filter((l) => l.includes('error:'));
    assert.equal(errors.length, 1, run.stderr);
    assert.match(errors[0], /draft-b\.md:11:5: error: the bibliography service has no entry for reference "RFC9999" \(404 at http:\/\/127\.0\.0\.1:\d+\/public\/rfc\/bibxml\/reference\.RFC\.9999\.xml\) \(also cited at lines 13, 14\)/);
    assert.equal(existsSync(join(dir, 'out')), false, 'nothing written');
  });

  it('--progress names the service and says what was fetched', async () => {
    const input = draft('draft-c.md', 'RFC2119');
    const run = await draftsmith('build', input, '--out-dir', 'out', '--no-check', '--progress');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /draftsmith: fetching 1 reference from http:\/\/127\.0\.0\.1:\d+\/public\/rfc\//);
    assert.match(run.stderr, /draftsmith: fetched 1 in \d+\.\d s/);
    // Without it and without a terminal, CI logs stay quiet.
    const quiet = await draftsmith('build', draft('draft-d.md', 'RFC8174'), '--out-dir', 'out', '--no-check');
    assert.doesNotMatch(quiet.stderr, /fetching/);
  });

  it('refs lock pins every entry; a build with the lock makes no request, even offline with an empty cache', async () => {
    const a = draft('draft-a.md', 'RFC2119', 'RFC8174');
    draft('draft-b.md', 'RFC9110', 'RFC2119');
    const lock = await draftsmith('refs', 'lock', 'spec');
    assert.equal(lock.status, 0, lock.stderr);
    assert.match(lock.stderr, /wrote spec\/references\.lock: 3 entries \(3 added\)/);
    const data = JSON.parse(readFileSync(join(dir, 'spec', 'references.lock'), 'utf8'));
    assert.equal(data.lockfileVersion, 1);
    assert.deepEqual(Object.keys(data.entries), ['RFC2119', 'RFC8174', 'RFC9110']);
    assert.match(data.entries.RFC2119.source, /^http:\/\/127\.0\.0\.1:\d+\/public\/rfc\/bibxml\/reference\.RFC\.2119\.xml$/);
    assert.equal(data.entries.RFC2119.xml, readFileSync(fixture('bibxml', 'reference.RFC.2119.xml'), 'utf8'));
    const requests = server.requests.length;
    rmSync(cache, { recursive: true, force: true });
    const build = await draftsmith('build', 'spec', '--out-dir', 'out', '--no-check', '--offline');
    assert.equal(build.status, 0, build.stderr);
    assert.doesNotMatch(build.stderr, /warning: no entry/);
    assert.equal(server.requests.length, requests, 'no request with a lock file');
    assert.equal(existsSync(cache), false, 'the cache was not even created');
    // A citation the lock does not have: an error that says how to add it, still no request.
    writeFileSync(a, readFileSync(a, 'utf8') + '\nAnd {{RFC793}}.\n');
    const missing = await draftsmith('build', a, '--out-dir', 'out', '--no-check');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no entry for reference "RFC793" in .*references\.lock/);
    assert.match(missing.stderr, /run `draftsmith refs lock` to add it/);
    assert.equal(server.requests.length, requests);
    // refs lock adds it, keeping the others as they were (one request).
    const again = await draftsmith('refs', 'lock', 'spec');
    assert.match(again.stderr, /4 entries \(1 added\)/);
    assert.equal(server.requests.length, requests + 1);
  });

  it('an edited lock entry is refused; refs update fetches everything again', async () => {
    draft('draft-a.md', 'RFC2119');
    assert.equal((await draftsmith('refs', 'lock', 'spec')).status, 0);
    const path = join(dir, 'spec', 'references.lock');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Key words', 'Keywords'));
    const build = await draftsmith('build', 'spec', '--out-dir', 'out', '--no-check');
    assert.equal(build.status, 1);
    assert.match(build.stderr, /the entry for "RFC2119" in .*references\.lock does not match its sha256/);
    const requests = server.requests.length;
    const update = await draftsmith('refs', 'update', 'spec');
    assert.equal(update.status, 0, update.stderr);
    assert.match(update.stderr, /1 entry \(1 changed\)/);
    assert.equal(server.requests.length, requests + 1);
    assert.equal((await draftsmith('build', 'spec', '--out-dir', 'out', '--no-check')).status, 0);
    // A lock file that is not JSON: a clear error at the file.
    writeFileSync(path, '{ not json');
    const broken = await draftsmith('build', 'spec', '--out-dir', 'out', '--no-check');
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /references\.lock:1:1: error: the lock file is not valid JSON/);
  });

  it('an RFC XML input: xi:includes of bibxml addresses are fetched from the configured service', async () => {
    const xml = join(dir, 'draft-x.xml');
    writeFileSync(xml, ['<rfc xmlns:xi="http://www.w3.org/2001/XInclude" version="3" docName="draft-x-00" ipr="trust200902" category="info" submissionType="IETF">',
      '<front><title>X</title><author fullname="A. Author"/><date year="2024" month="1" day="1"/><abstract><t>A.</t></abstract></front>',
      '<middle><section><name>S</name><t>See <xref target="RFC2119"/>.</t></section></middle>',
      '<back><references><name>Normative References</name>',
      '<xi:include href="https://bib.ietf.org/public/rfc/bibxml/reference.RFC.2119.xml"/>', '</references></back></rfc>'].join('\n'));
    const run = await draftsmith('build', xml, '--out-dir', 'out', '--format', 'text', '--no-check');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(server.requestsFor('reference.RFC.2119.xml'), 1);
    assert.match(readFileSync(join(dir, 'out', 'draft-x-00.txt'), 'utf8'), /Key words for use in RFCs to Indicate/);
  });

  it('the service named in draftsmith.json or with --ref-server; a bad project file is a usage error', async () => {
    const input = draft('draft-a.md', 'RFC2119');
    writeFileSync(join(dir, 'draftsmith.json'), JSON.stringify({ references: { server: server.url, maxAgeDays: { RFC: 90 } } }));
    const run = await draftsmithWith({ DRAFTSMITH_REF_SERVER: undefined }, 'build', input, '--out-dir', 'out', '--no-check');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(server.requests.length, 1);
    rmSync(join(dir, 'draftsmith.json'));
    const flag = await draftsmithWith({ DRAFTSMITH_REF_SERVER: undefined }, 'build', input, '--out-dir', 'out', '--no-check', '--refresh-refs', '--ref-server', server.url);
    assert.equal(flag.status, 0, flag.stderr);
    assert.equal(server.requests.length, 2);
    writeFileSync(join(dir, 'draftsmith.json'), JSON.stringify({ references: { server: 'ftp://example.org/' } }));
    const bad = await draftsmith('build', input, '--out-dir', 'out', '--no-check');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /draftsmith\.json: references\.server must be an http\(s\) URL/);
  });

  it('refs list shows each entry and where it comes from', async () => {
    draft('draft-a.md', 'RFC2119', 'RFC8174');
    mkdirSync(join(dir, 'spec', 'bibxml'));
    writeFileSync(join(dir, 'spec', 'bibxml', 'reference.RFC.8174.xml'), readFileSync(fixture('bibxml', 'reference.RFC.8174.xml')));
    const run = await draftsmith('refs', 'list', 'spec');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /spec\/draft-a\.md: 2 entries/);
    assert.match(run.stdout, /RFC2119 +.*user-cache\/draftsmith\/bibxml\/reference\.RFC\.2119\.xml/);
    assert.match(run.stdout, /RFC8174 +.*spec\/bibxml\/reference\.RFC\.8174\.xml/);
  });

  it('the QUIC transport draft with an empty cache: its references fetched concurrently, then no request', async function () {
    const input = join(CORPUS, 'drafts', 'base-drafts', 'draft-ietf-quic-transport.md');
    if (!existsSync(input)) this.skip();
    await server.stop();
    // The corpus's bibxml folder as the service, plus the three entries it lacks (made up here).
    const extra = join(dir, 'extra');
    mkdirSync(extra);
    for (const [file, anchor] of [['reference.DOI.10.1145_1879141.1879174.xml', 'DOI.10.1145/1879141.1879174'],
      ['reference.DOI.10.1145_1455770.1455782.xml', 'DOI.10.1145/1455770.1455782'], ['reference.I-D.ietf-quic-manageability.xml', 'I-D.ietf-quic-manageability']]) {
      writeFileSync(join(extra, file), `<reference anchor="${anchor}"><front><title>Made up for a test</title><author fullname="A. Author"/><date year="2020"/></front></reference>\n`);
    }
    server = await new RefServer([join(CORPUS, 'bibxml'), extra]).start();
    server.delayAllMs = 20;
    const first = await draftsmith('build', input, '--out-dir', 'out', '--no-check', '--date', '2021-01-14');
    assert.equal(first.status, 0, first.stderr);
    const fetched = server.requests.length;
    assert.ok(fetched >= 20, `${fetched} entries fetched`);
    assert.ok(server.maxInFlight > 1, `concurrently: ${server.maxInFlight} at once`);
    assert.ok(server.maxInFlight <= 8, 'bounded');
    const second = await draftsmith('build', input, '--out-dir', 'out', '--no-check', '--date', '2021-01-14');
    assert.equal(second.status, 0, second.stderr);
    assert.equal(server.requests.length, fetched, 'the second build made no request');
  });
});
