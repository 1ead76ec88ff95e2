/**
 * `draftsmith submit`, run as a separate process against a local HTTP server on 127.0.0.1
 * standing in for the datatracker (nothing goes to the real one).
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../unit/helpers.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface Received {
  method: string;
  url: string;
  contentType: string;
  form: FormData;
}

const STACK = /^\s+at\s+\S.*:\d+:\d+\)?$/m;
const TODAY = '2026-11-22';

interface DraftParts {
  docName?: string;
  title?: string;
  abstract?: boolean;
  date?: string;
  authors?: { fullname: string; email?: string }[];
}

/** A small RFC XML v3 draft. */
function draftXml(p: DraftParts = {}): string {
  const authors = p.authors ?? [{ fullname: 'Jane Smith', email: 'jane@example.com' }, { fullname: 'Bob Jones', email: 'bob@example.com' }];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rfc version="3" ipr="trust200902" docName="${p.docName ?? 'draft-smith-test-00'}" submissionType="IETF">`,
    '  <front>',
    p.title === '' ? '' : `    <title>${p.title ?? 'A Test Draft'}</title>`,
    ...authors.map((a) => `    <author fullname="${a.fullname}">${a.email === undefined ? '' : `<address><email>${a.email}</email></address>`}</author>`),
    `    ${p.date ?? '<date year="2026" month="November" day="22"/>'}`,
    p.abstract === false ? '' : '    <abstract><t>This is the abstract.</t></abstract>',
    '  </front>',
    '  <middle>',
    '    <section><name>Introduction</name><t>Hello.</t></section>',
    '    <section><name>Security Considerations</name><t>None.</t></section>',
    '    <section><name>IANA Considerations</name><t>None.</t></section>',
    '  </middle>',
    '</rfc>',
    '',
  ].filter((l) => l !== '').join('\n');
}

describe('draftsmith submit (CLI, against a local stand-in for the datatracker)', function () {
  this.timeout(60000);
  const root = repoRoot();
  let dir: string;
  let server: Server;
  let api: string;
  let received: Received[];
  let answer: (res: ServerResponse) => void;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-submit-'));
    received = [];
    answer = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 4711, name: 'draft-smith-test', rev: '00', status: 'Uploaded', status_url: 'http://127.0.0.1/api/submission/4711/status' }));
    };
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const contentType = req.headers['content-type'] ?? '';
        // Node's own multipart reader (undici), so the test does not trust draftsmith's encoding.
        const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': contentType }, body: Buffer.concat(chunks) }).formData()
          .catch(() => new FormData());
        received.push({ method: req.method ?? '', url: req.url ?? '', contentType, form });
        answer(res);
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/submission`;
  });
  afterEach(async () => {
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the CLI without blocking this process (the stand-in server runs here). */
  function draftsmith(args: string[], cwd = dir, env: NodeJS.ProcessEnv = {}): Promise<Run> {
    return new Promise((done, fail) => {
      const e: NodeJS.ProcessEnv = { ...process.env, ...env };
      delete e.DRAFTSMITH_DEBUG;
      if (!('DRAFTSMITH_SUBMIT_API' in env)) delete e.DRAFTSMITH_SUBMIT_API;
      const child = spawn(process.execPath, [join(root, 'bin', 'draftsmith.js'), ...args], { cwd, env: e });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', fail);
      child.on('close', (status) => {
        assert.doesNotMatch(stderr, STACK, stderr);
        assert.doesNotMatch(stderr, /internal error/, stderr);
        done({ status, stdout, stderr });
      });
    });
  }

  function write(name: string, xml: string): string {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, xml);
    return path;
  }

  function submit(file: string, ...extra: string[]): Promise<Run> {
    return draftsmith(['submit', file, '--email', 'jane@example.com', '--api', api, '--date', TODAY, ...extra]);
  }

  it('posts the multipart form the datatracker takes, and says what happens next', async () => {
    const xml = draftXml();
    const file = write('build/draft-smith-test-00.xml', xml);
    const run = await submit(file, '--replaces', 'draft-jones-old-test, draft-lee-older-test');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(received.length, 1);
    const r = received[0];
    assert.equal(r.method, 'POST');
    assert.equal(r.url, '/api/submission');
    assert.match(r.contentType, /^multipart\/form-data; boundary=/);
    assert.equal(r.form.get('user'), 'jane@example.com');
    assert.equal(r.form.get('replaces'), 'draft-jones-old-test,draft-lee-older-test');
    const upload = r.form.get('xml') as File;
    assert.equal(upload.name, 'draft-smith-test-00.xml');
    assert.equal(upload.type, 'application/xml');
    assert.equal(await upload.text(), xml);
    assert.deepEqual([...r.form.keys()].sort(), ['replaces', 'user', 'xml']);
    assert.match(run.stderr, /the datatracker accepted draft-smith-test-00 \(submission 4711\); status: Uploaded/);
    assert.match(run.stderr, /confirmation request to jane@example\.com/);
    assert.match(run.stderr, /follow the submission at http:\/\/127\.0\.0\.1\/api\/submission\/4711\/status/);
  });

  it('sends no replaces field when none is given, and takes the API from DRAFTSMITH_SUBMIT_API', async () => {
    const file = write('draft-smith-test-00.xml', draftXml());
    const run = await draftsmith(['submit', file, '--email', 'jane@example.com', '--date', TODAY], dir, { DRAFTSMITH_SUBMIT_API: api });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(received.length, 1);
    assert.deepEqual([...received[0].form.keys()].sort(), ['user', 'xml']);
  });

  it('prints the datatracker\'s message when it refuses the draft (JSON error), and exits 1', async () => {
    answer = (res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Validation Error: Document date must be within 3 days of submission date' }));
    };
    const file = write('draft-smith-test-00.xml', draftXml());
    const run = await submit(file);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /refused the submission \(HTTP 400\): Validation Error: Document date must be within 3 days of submission date/);
  });

  it('prints a plain-text refusal as it came', async () => {
    answer = (res) => {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('Invalid submitter: no datatracker account for that address');
    };
    const run = await submit(write('draft-smith-test-00.xml', draftXml()));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /refused the submission \(HTTP 403\): Invalid submitter: no datatracker account for that address/);
  });

  it('reports a server failure (500) as such, and exits 1', async () => {
    answer = (res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<html><body><h1>Server Error (500)</h1></body></html>');
    };
    const run = await submit(write('draft-smith-test-00.xml', draftXml()));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /the datatracker failed \(HTTP 500\): Server Error \(500\)/);
    assert.match(run.stderr, /nothing was submitted; try again later/);
  });

  it('reports a server that is down clearly', async () => {
    await new Promise<void>((done) => server.close(() => done()));
    const run = await submit(write('draft-smith-test-00.xml', draftXml()));
    server = createServer(); // for afterEach
    server.listen(0, '127.0.0.1');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /cannot reach http:\/\/127\.0\.0\.1:\d+\/api\/submission: ECONNREFUSED/);
    assert.match(run.stderr, /check the network connection and the API URL/);
  });

  it('--dry-run runs the checks and shows what would be sent, sending nothing', async () => {
    const file = write('draft-smith-test-00.xml', draftXml());
    const run = await submit(file, '--dry-run', '--replaces', 'draft-jones-old-test');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(received.length, 0);
    assert.match(run.stdout, new RegExp(`would POST to ${api.replace(/[.]/g, '\\.')}`));
    assert.match(run.stdout, /user: jane@example\.com/);
    assert.match(run.stdout, /xml: .*draft-smith-test-00\.xml \(application\/xml, \d+ bytes\)/);
    assert.match(run.stdout, /replaces: draft-jones-old-test/);
  });

  describe('pre-flight checks (nothing is sent when one fails)', () => {
    async function refused(file: string, pattern: RegExp, ...extra: string[]): Promise<Run> {
      const run = await submit(file, ...extra);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(received.length, 0, 'nothing may be sent');
      assert.match(run.stderr, pattern);
      assert.match(run.stderr, /not submitted \(fix the errors above\)/);
      return run;
    }

    it('the name rule of the datatracker', async () => {
      await refused(write('draft-Smith-Test-00.xml', draftXml({ docName: 'draft-Smith-Test-00' })),
        /draft-Smith-Test-00\.xml:2:1: error: the docName "draft-Smith-Test-00" has characters other than lowercase letters/);
      await refused(write('draft-smith-00.xml', draftXml({ docName: 'draft-smith-00' })), /needs at least two components after "draft-"/);
      await refused(write('draft-smith-test-latest.xml', draftXml({ docName: 'draft-smith-test-latest' })), /an editor's copy name; a submission needs its revision number/);
    });

    it('the file named after the docName', async () => {
      await refused(write('draft.xml', draftXml()),
        /draft\.xml:2:1: error: the file is named draft\.xml, but its docName is draft-smith-test-00; the datatracker wants draft-smith-test-00\.xml/);
    });

    it('the revision: 00 when none is known, else one after --previous', async () => {
      await refused(write('draft-smith-test-03.xml', draftXml({ docName: 'draft-smith-test-03' })),
        /the datatracker expects revision 00 next \(as no earlier revision is known\), not 03[^]*--previous 02/);
      await refused(write('draft-smith-test-03.xml', draftXml({ docName: 'draft-smith-test-03' })), /expects revision 02 next \(as --previous says\), not 03/, '--previous', '01');
      const ok = await submit(join(dir, 'draft-smith-test-03.xml'), '--previous', '02', '--dry-run');
      assert.equal(ok.status, 0, ok.stderr);
      const usage = await submit(join(dir, 'draft-smith-test-03.xml'), '--previous', '2x');
      assert.equal(usage.status, 2);
      assert.match(usage.stderr, /--previous takes a two-digit revision/);
    });

    it('the revision: one after the newest draft-<name>-NN git tag below it', async () => {
      const git = (...args: string[]) => {
        const r = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
      };
      git('init', '-q');
      write('README', 'x');
      git('add', 'README');
      git('commit', '-q', '-m', 'one');
      git('tag', 'draft-smith-test-00');
      git('tag', 'draft-smith-test-01');
      git('tag', 'draft-other-thing-05');
      await refused(write('build/draft-smith-test-03.xml', draftXml({ docName: 'draft-smith-test-03' })),
        /expects revision 02 next \(after the git tag draft-smith-test-01\), not 03/);
      // The tag release made for the revision at hand does not count.
      git('tag', 'draft-smith-test-02');
      const ok = await submit(write('build/draft-smith-test-02.xml', draftXml({ docName: 'draft-smith-test-02' })), '--dry-run');
      assert.equal(ok.status, 0, ok.stderr);
      await refused(write('build/draft-smith-test-01.xml', draftXml({ docName: 'draft-smith-test-01' })), /revision 01 is older than the tagged draft-smith-test-02/);
    });

    it('the date within 3 days of today', async () => {
      const file = write('draft-smith-test-00.xml', draftXml({ date: '<date year="2026" month="November" day="18"/>' }));
      await refused(file, /draft-smith-test-00\.xml:\d+:5: error: the document date 2026-11-18 is more than 3 days from today \(2026-11-22\)/);
      const ok = await submit(write('draft-smith-test-00.xml', draftXml({ date: '<date year="2026" month="November" day="19"/>' })), '--dry-run');
      assert.equal(ok.status, 0, ok.stderr);
      // No day: today in the current month, as xml2rfc and the datatracker read it.
      const noDay = await submit(write('draft-smith-test-00.xml', draftXml({ date: '<date year="2026" month="November"/>' })), '--dry-run');
      assert.equal(noDay.status, 0, noDay.stderr);
      await refused(write('draft-smith-test-00.xml', draftXml({ date: '<date year="2026" month="October"/>' })), /the document date 2026-10-15 is more than 3 days/);
    });

    it('a title and an abstract', async () => {
      await refused(write('draft-smith-test-00.xml', draftXml({ title: '' })), /error: the document has no title \[submit-title\]/);
      await refused(write('draft-smith-test-00.xml', draftXml({ abstract: false })), /error: the document has no abstract \[submit-abstract\]/);
    });

    it('authors, each with a valid e-mail address of their own', async () => {
      await refused(write('draft-smith-test-00.xml', draftXml({ authors: [{ fullname: 'Jane Smith' }] })), /:5:5: error: Jane Smith has no e-mail address/);
      await refused(write('draft-smith-test-00.xml', draftXml({ authors: [{ fullname: 'Jane Smith', email: 'jane at example' }] })),
        /Jane Smith's e-mail address "jane at example" is not valid/);
      await refused(write('draft-smith-test-00.xml', draftXml({ authors: [{ fullname: 'Jane Smith', email: 'j@example.com' }, { fullname: 'Bob Jones', email: 'J@example.com' }] })),
        /:6:5: error: Bob Jones has the same e-mail address as Jane Smith/);
      await refused(write('draft-smith-test-00.xml', draftXml({ authors: [] })), /the document has no author/);
    });

    it('the submitter\'s address, --replaces, and XML that is not well-formed', async () => {
      const file = write('draft-smith-test-00.xml', draftXml());
      const run = await draftsmith(['submit', file, '--email', 'jane', '--api', api, '--date', TODAY]);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /--email "jane" is not an e-mail address/);
      await refused(file, /--replaces "Old Draft" is not a draft name without revision/, '--replaces', 'Old Draft');
      await refused(file, /--replaces "draft-jones-old-03" is not a draft name without revision/, '--replaces', 'draft-jones-old-03');
      await refused(file, /a draft cannot replace itself/, '--replaces', 'draft-smith-test');
      await refused(write('draft-smith-test-00.xml', draftXml().replace('</front>', '')), /draft-smith-test-00\.xml:\d+:\d+: error: the XML is not well-formed/);
      const missing = await submit(join(dir, 'nowhere', 'draft-smith-test-00.xml'));
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /draft-smith-test-00\.xml: no such file/);
      assert.equal(received.length, 0);
    });
  });
});
