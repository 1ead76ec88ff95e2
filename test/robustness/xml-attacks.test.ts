/**
 * Issue 10: hostile RFC XML input. Entity expansion is bounded (billion laughs, quadratic
 * blow-up, parameter entities, the same in included files) and refused with a positioned
 * message; external entities, external DTDs, remote includes and `src=` addresses are never
 * read or fetched (a secret file never shows up in the output; a 127.0.0.1 server receives no
 * connection, with or without --offline); local includes and `src=` files cannot leave the
 * document's folder by `..`, absolute paths, `file:` URLs or symbolic links unless
 * --allow-outside-includes is given.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xmlToRfc } from '../../src/from-xml/index.js';
import { countingServer, draftsmith, SERVED_MARKER, STACK, type Run } from './helpers.js';

const SECRET = 'SECRET-7f3a9c-MUST-NOT-LEAK';
const XI = 'xmlns:xi="http://www.w3.org/2001/XInclude"';

/** An RFC XML v3 draft: `subset` in its DOCTYPE (if any), `body` inside a section's `<t>`. */
function draft(body: string, subset?: string, rfcAttributes = ''): string {
  const doctype = subset === undefined ? '' : `<!DOCTYPE rfc [\n${subset}\n]>\n`;
  return `<?xml version="1.0"?>\n${doctype}<rfc version="3" docName="draft-attack-00" ipr="trust200902" ${rfcAttributes}>\n` +
    '<front><title>Attack</title><author fullname="A. Author"/><date year="2026"/><abstract><t>A.</t></abstract></front>\n' +
    `<middle><section><name>S</name><t>${body}</t></section></middle></rfc>\n`;
}

/** Ten entities, each ten uses of the one before: 10^9 "lol"s once expanded. */
const LAUGHS = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, k) => `<!ENTITY l${k + 1} "${`&l${k};`.repeat(10)}">`)].join('\n');

describe('robustness: XML input attacks', function () {
  this.timeout(120_000);
  let dir: string;
  let doc: string;
  let cache: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-xml-attack-'));
    doc = join(dir, 'doc');
    cache = join(dir, 'user-cache');
    mkdirSync(doc);
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    writeFileSync(join(dir, 'secret.xml'), `<t>${SECRET}</t>`);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const path = join(doc, name);
    writeFileSync(path, text);
    return path;
  }

  /** Everything a build produced: its messages and every file written. */
  function everything(run: Run, out: string): string {
    const files = existsSync(out) ? readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8')) : [];
    return [run.stdout, run.stderr, ...files].join('\n');
  }

  /** Builds `input` to xml, text and html with the CLI; fails the test on a stack trace. */
  async function build(input: string, ...extra: string[]): Promise<{ run: Run; all: string; out: string }> {
    const out = join(dir, 'out');
    rmSync(out, { recursive: true, force: true });
    const run = await draftsmith(['build', input, '--out-dir', out, '--format', 'xml,text,html', '--date', '2026-11-22', '--no-check', ...extra], cache);
    assert.doesNotMatch(run.stderr, STACK, `stack trace:\n${run.stderr}`);
    return { run, all: everything(run, out), out };
  }

  /** The one error diagnostic line of the CLI's stderr with this rule. */
  function errorLine(run: Run, ruleId: string): string {
    const line = run.stderr.split('\n').find((l) => l.includes(`error:`) && l.includes(`[${ruleId}]`));
    assert.ok(line, `no ${ruleId} error in:\n${run.stderr}`);
    return line!;
  }

  describe('entity expansion is bounded', () => {
    it('billion laughs in text is refused at the use, file:line:col, with a hint, and nothing is written', async () => {
      const input = write('laughs.xml', draft('&l9;', LAUGHS));
      const { run, out } = await build(input);
      assert.equal(run.status, 1);
      assert.match(errorLine(run, 'xml-entity'), new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:16:\\d+: error: .*million characters`));
      assert.match(run.stderr, /hint: /);
      assert.equal(existsSync(out) ? readdirSync(out).length : 0, 0);
    });

    it('billion laughs in an attribute value is refused too', async () => {
      const r = await xmlToRfc(draft('x', LAUGHS, 'category="&l9;"'), { file: join(doc, 'a.xml') });
      assert.equal(r.failed, true);
      assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.line]), [['xml-entity', 14]]);
    });

    it('quadratic blow-up (one 9,000-character entity used 200 times) is refused', async () => {
      const r = await xmlToRfc(draft('&big;'.repeat(200), `<!ENTITY big "${'x'.repeat(9000)}">`), { file: join(doc, 'a.xml') });
      assert.equal(r.failed, true);
      assert.equal(r.diagnostics[0].ruleId, 'xml-entity');
      assert.equal(r.diagnostics[0].line, 7);
    });

    it('an entity that refers to itself, directly or through another, is refused', async () => {
      const direct = await xmlToRfc(draft('&a;', '<!ENTITY a "x &a;">'), { file: join(doc, 'a.xml') });
      const through = await xmlToRfc(draft('&a;', '<!ENTITY a "x &b;">\n<!ENTITY b "y &a;">'), { file: join(doc, 'a.xml') });
      for (const r of [direct, through]) assert.match(r.diagnostics[0].message, /refers to itself/);
    });

    it('parameter-entity-refused: a parameter entity is refused at its declaration, not reported at 1:1', async () => {
      const input = write('param.xml', draft('&q;', `<!ENTITY % p SYSTEM "${join(dir, 'secret.txt')}">\n%p;`));
      const { run, all } = await build(input);
      assert.equal(run.status, 1);
      assert.match(errorLine(run, 'xml-entity'), /param\.xml:3:1: error: parameter entities .* not supported/);
      assert.ok(!all.includes(SECRET));
    });

    it('included-file-entities-bounded: billion laughs in an xi:included file is refused, at that file\'s line', async () => {
      write('laughs-part.xml', `<!DOCTYPE t [\n${LAUGHS}\n]>\n<t>&l9;</t>\n`);
      const r = await xmlToRfc(draft(`<xi:include ${XI} href="laughs-part.xml"/>`), { file: join(doc, 'a.xml') });
      assert.equal(r.failed, true);
      const d = r.diagnostics.find((x) => x.ruleId === 'xml-entity');
      assert.ok(d, JSON.stringify(r.diagnostics));
      assert.equal(d!.file, join(doc, 'laughs-part.xml'));
      assert.equal(d!.line, 13);
    });

    it('included-file-entities-expanded: an included file\'s internal entities are expanded, not dropped', async () => {
      write('part.xml', '<!DOCTYPE t [<!ENTITY MUST "<bcp14>MUST</bcp14>">]>\n<t>You &MUST; stop.</t>\n');
      const r = await xmlToRfc(draft(`<xi:include ${XI} href="part.xml"/>`), { file: join(doc, 'a.xml') });
      assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
      assert.match(JSON.stringify(r.document.root), /"bcp14".*"MUST"/);
      assert.doesNotMatch(JSON.stringify(r.document.root), /&MUST;/);
    });

    it('included-file-malformed: a malformed included file is an error at its line and column', async () => {
      write('bad.xml', '<t>one\n<em>two</t>\n');
      const r = await xmlToRfc(draft(`<xi:include ${XI} href="bad.xml"/>`), { file: join(doc, 'a.xml') });
      assert.equal(r.failed, true);
      const d = r.diagnostics.find((x) => x.ruleId === 'xml-syntax')!;
      assert.deepEqual([d.file, d.line], [join(doc, 'bad.xml'), 2]);
    });

    it('include-cycle: a file that includes itself is refused', async () => {
      write('loop.xml', `<t ${XI}>again <xi:include href="loop.xml"/></t>\n`);
      const r = await xmlToRfc(draft(`<xi:include ${XI} href="loop.xml"/>`), { file: join(doc, 'a.xml') });
      assert.ok(r.diagnostics.some((d) => d.ruleId === 'include-cycle' && d.file === join(doc, 'loop.xml') && d.line === 1), JSON.stringify(r.diagnostics));
    });

    it('include-limit: an include bomb (five levels of ten includes each) is refused, not expanded 100,000 times', async () => {
      for (let level = 0; level < 5; level++) {
        write(`f${level}.xml`, `<t ${XI}>${`<xi:include href="f${level + 1}.xml"/>`.repeat(10)}</t>\n`);
      }
      write('f5.xml', '<t>leaf</t>\n');
      const r = await xmlToRfc(draft(`<xi:include ${XI} href="f0.xml"/>`), { file: join(doc, 'a.xml') });
      assert.equal(r.failed, true);
      assert.ok(r.diagnostics.some((d) => d.ruleId === 'include-limit'), JSON.stringify(r.diagnostics.slice(0, 3)));
    });
  });

  describe('external entities and DTDs are never read', () => {
    for (const [name, declaration] of [
      ['SYSTEM with an absolute path', (d: string) => `<!ENTITY e SYSTEM "${join(d, 'secret.txt')}">`],
      ['SYSTEM with a file: URL', (d: string) => `<!ENTITY e SYSTEM "file://${join(d, 'secret.xml')}">`],
      ['SYSTEM with ..', () => '<!ENTITY e SYSTEM "../secret.xml">'],
      ['PUBLIC', (d: string) => `<!ENTITY e PUBLIC "-//X//EN" "${join(d, 'secret.xml')}">`],
    ] as const) {
      it(`an external entity (${name}) is refused and the file does not appear`, async () => {
        const input = write('ext.xml', draft('before &e; after', declaration(dir)));
        const { run, all } = await build(input);
        assert.equal(run.status, 1);
        assert.match(errorLine(run, 'include-outside'), /ext\.xml:7:\d+: error: /);
        assert.ok(!all.includes(SECRET), all);
      });
    }

    it('an external DTD is not read: the build succeeds and the file does not appear', async () => {
      const input = write('dtd.xml', draft('text').replace('<rfc ', `<!DOCTYPE rfc SYSTEM "${join(dir, 'secret.txt')}">\n<rfc `));
      const { run, all } = await build(input);
      assert.equal(run.status, 0, run.stderr);
      assert.ok(!all.includes(SECRET));
    });
  });

  describe('local files stay in the document\'s folder', () => {
    const outside = (d: string) => [
      ['..', '../secret.xml'],
      ['an absolute path', join(d, 'secret.xml')],
      ['a file: URL', `file://${join(d, 'secret.xml')}`],
      ['a symbolic link inside the folder', 'link.xml'],
    ];

    for (const [how] of outside('/')) {
      const allowedToo = how === 'a file: URL' ? 'never read, even' : 'allowed';
      it(`xi:include through ${how} is refused, and ${allowedToo} with --allow-outside-includes`, async () => {
        symlinkSync(join(dir, 'secret.xml'), join(doc, 'link.xml'));
        const href = outside(dir).find(([h]) => h === how)![1];
        const input = write('inc.xml', draft(`<xi:include ${XI} href="${href}"/>`));
        const refused = await build(input);
        assert.equal(refused.run.status, 1);
        assert.match(errorLine(refused.run, 'include-outside'), /inc\.xml:\d+:\d+: error: .*outside.*\n?/);
        assert.match(refused.run.stderr, /--allow-outside-includes/);
        assert.ok(!refused.all.includes(SECRET));
        if (how === 'a file: URL') return; // a URL is never read as a file, allowed or not
        const allowed = await build(input, '--allow-outside-includes');
        assert.equal(allowed.run.status, 0, allowed.run.stderr);
        assert.ok(allowed.all.includes(SECRET));
      });

      it(`artwork src= through ${how} is ${how === 'a file: URL' ? 'never read' : 'refused, and allowed with --allow-outside-includes'}`, async () => {
        symlinkSync(join(dir, 'secret.txt'), join(doc, 'link.xml'));
        const href = outside(dir).find(([h]) => h === how)![1].replace('secret.xml', 'secret.txt');
        const input = write('src.xml', draft(`x</t><artwork src="${href}"/><t>y`));
        const refused = await build(input);
        if (how === 'a file: URL') {
          // An address, never read: the artwork stays empty.
          assert.ok(!refused.all.includes(SECRET));
          return;
        }
        assert.equal(refused.run.status, 1);
        assert.match(errorLine(refused.run, 'include-outside'), /src\.xml:\d+:\d+: error: /);
        assert.ok(!refused.all.includes(SECRET));
        const allowed = await build(input, '--allow-outside-includes');
        assert.equal(allowed.run.status, 0, allowed.run.stderr);
        assert.ok(allowed.all.includes(SECRET));
      });
    }

    it('include-folder: an xi:include or src= naming a folder is a positioned error, not an internal error', async () => {
      mkdirSync(join(doc, 'sub'));
      // A missing include is an error; a missing src= file, a warning (as for any missing file).
      for (const [body, status] of [[`<xi:include ${XI} href="sub"/>`, 1], ['x</t><artwork src="sub"/><t>y', 0]] as const) {
        const { run } = await build(write('folder.xml', draft(body)));
        assert.equal(run.status, status, run.stderr);
        assert.doesNotMatch(run.stderr, /internal error/);
        assert.match(run.stderr, /folder\.xml:4:\d+: (error|warning): .*"sub".*no such file/);
      }
    });

    it('a Markdown {::include} through .. is refused, and allowed with --allow-outside-includes', async () => {
      // The Markdown boundary is the repository: give the draft's folder its own .git.
      mkdirSync(join(doc, '.git'));
      const input = write('draft.md', '---\ntitle: T\ndocname: draft-attack-00\n\n--- middle\n\n# S\n\n{::include ../secret.txt}\n');
      const refused = await build(input);
      assert.equal(refused.run.status, 1);
      assert.match(errorLine(refused.run, 'include-outside'), /draft\.md:9:1: error: /);
      assert.ok(!refused.all.includes(SECRET));
      const allowed = await build(input, '--allow-outside-includes');
      assert.equal(allowed.run.status, 0, allowed.run.stderr);
      assert.ok(allowed.all.includes(SECRET));
    });
  });

  describe('nothing is fetched', () => {
    for (const offline of [true, false]) {
      it(`${offline ? 'with' : 'without'} --offline, a 127.0.0.1 server named by every kind of address receives no connection`, async () => {
        const server = await countingServer();
        try {
          const o = server.origin;
          const xml = draft(`&ext; <xi:include ${XI} href="${o}/reference.RFC.9999.xml"/> <eref target="${o}/link"/>` +
            `</t><artwork src="${o}/art.txt"/><artwork type="svg" src="${o}/pic.svg"/><sourcecode src="${o}/code.txt"/><t>`,
          `<!ENTITY ext SYSTEM "${o}/bibxml/reference.RFC.8888.xml">\n<!ENTITY pubext PUBLIC "-//X//EN" "${o}/public.xml">`)
            .replace('<!DOCTYPE rfc [', `<!DOCTYPE rfc SYSTEM "${o}/rfc2629.dtd" [`)
            .replace('<rfc ', `<?rfc include="${o}/reference.RFC.7777.xml"?>\n<rfc `);
          const md = `---\ntitle: T\ndocname: draft-fetch-00\n\nnormative:\n  RFC9999:\n  I-D.ietf-foo-bar:\n  DOI.10.1145/1:\n  X:\n    target: ${o}/x\n    title: X\n\n--- middle\n\n# S\n\n` +
            `See {{RFC9999}}, {{I-D.ietf-foo-bar}}, {{DOI.10.1145/1}}, {{X}} and <${o}/auto>. ![pic](${o}/img.png)\n`;
          const extra = offline ? ['--offline'] : [];
          for (const [name, text] of [['fetch.xml', xml], ['fetch.md', md]]) {
            const { all } = await build(write(name, text), '--allow-missing-refs', ...extra);
            assert.ok(!all.includes(SERVED_MARKER), `${name}: the output holds what the server answered`);
          }
          assert.equal(server.connections, 0, `requests: ${server.requests.join(', ')}`);
          // The server does count: one request from here is seen.
          assert.match(await (await fetch(`${o}/probe`)).text(), new RegExp(SERVED_MARKER));
          assert.deepEqual([server.connections, server.requests], [1, ['GET /probe']]);
        } finally {
          await server.close();
        }
      });
    }
  });
});
