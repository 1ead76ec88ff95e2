import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NetworkResolver, type ReferenceProgress } from '../../../src/bibxml/network-resolver.js';
import { fetchEntry, mapLimit } from '../../../src/bibxml/fetch.js';
import { libraryUrl } from '../../../src/bibxml/library.js';
import { sha256 } from '../../../src/bibxml/lock.js';
import { fixture } from '../helpers.js';
import { RefServer } from './ref-server.js';

const FAST = { timeoutMs: 2000, retries: 2, backoffMs: 20 };

describe('references from the network', () => {
  let server: RefServer;
  let cache: string;
  beforeEach(async () => {
    server = await new RefServer(fixture('bibxml')).start();
    cache = mkdtempSync(join(tmpdir(), 'draftsmith-refcache-'));
  });
  afterEach(async () => {
    await server.stop();
    rmSync(cache, { recursive: true, force: true });
  });
  const resolver = (more: ConstructorParameters<typeof NetworkResolver>[0] = {}) =>
    new NetworkResolver({ cacheDir: cache, server: server.url, fetch: FAST, ...more });

  it('maps library names to the service folders', () => {
    const s = 'https://bib.ietf.org/public/rfc/';
    assert.equal(libraryUrl('RFC2119', s), `${s}bibxml/reference.RFC.2119.xml`);
    assert.equal(libraryUrl('RFC793', s), `${s}bibxml/reference.RFC.0793.xml`);
    assert.equal(libraryUrl('BCP14', s), `${s}bibxml9/reference.BCP.0014.xml`);
    assert.equal(libraryUrl('I-D.ietf-quic-recovery', s), `${s}bibxml3/reference.I-D.ietf-quic-recovery.xml`);
    assert.equal(libraryUrl('I-D.draft-ietf-quic-recovery-34', s), `${s}bibxml3/reference.I-D.draft-ietf-quic-recovery-34.xml`);
    assert.equal(libraryUrl('W3C.REC-xml-20081126', s), `${s}bibxml4/reference.W3C.REC-xml-20081126.xml`);
    assert.equal(libraryUrl('DOI.10.1145/2975159', s), `${s}bibxml7/reference.DOI.10.1145/2975159.xml`);
    assert.equal(libraryUrl('IANA.tls-parameters', s), `${s}bibxml8/reference.IANA.tls-parameters.xml`);
    assert.equal(libraryUrl('3GPP.23.501', s), `${s}bibxml5/reference.3GPP.23.501.xml`);
    // Not library names, or names that would climb out of the folder.
    assert.equal(libraryUrl('QUIC-TLS', s), undefined);
    assert.equal(libraryUrl('I-D.../../etc/passwd', s), undefined);
    assert.equal(libraryUrl('I-D.a/b', s), undefined);
  });

  it('fetches what is missing, in parallel and bounded, caches it, and asks nothing the second time', async () => {
    for (const f of ['RFC.0793', 'RFC.2119', 'RFC.8174', 'RFC.9110', 'I-D.draft-example-widgets']) server.behaviours[`reference.${f}.xml`] = { delayMs: 150 };
    const names = ['I-D.draft-example-widgets', 'RFC793', 'RFC2119', 'RFC8174', 'RFC9110'];
    const r1 = resolver({ concurrency: 3 });
    const t0 = Date.now();
    const found = await r1.resolveAll(names);
    const ms = Date.now() - t0;
    assert.deepEqual([...found.keys()].sort(), [...names].sort());
    assert.equal(server.requests.length, 5);
    assert.equal(server.maxInFlight, 3, 'at most 3 at once, and 3 did run at once');
    assert.ok(ms < 5 * 150, `parallel: ${ms} ms for five 150 ms answers`);
    assert.equal(found.get('RFC2119')!.element.attributes.anchor, 'RFC2119');
    assert.ok(existsSync(join(cache, 'reference.RFC.2119.xml')));
    assert.equal(found.get('RFC2119')!.source, join(cache, 'reference.RFC.2119.xml'));
    const again = await resolver().resolveAll(names);
    assert.equal(again.size, 5);
    assert.equal(server.requests.length, 5, 'the second resolver made no request');
  });

  it('explains a 404 once, and never caches it', async () => {
    const r = resolver();
    const found = await r.resolveAll(['RFC9999', 'RFC2119']);
    assert.ok(!found.has('RFC9999') && found.has('RFC2119'));
    const why = r.explain('RFC9999');
    assert.match(why!.message, /the bibliography service has no entry for reference "RFC9999" \(404 at http:\/\/127\.0\.0\.1:\d+\/public\/rfc\/bibxml\/reference\.RFC\.9999\.xml\)/);
    assert.equal(server.requestsFor('reference.RFC.9999.xml'), 1, 'a 404 is not retried');
    assert.ok(!readdirSync(cache).some((f) => f.includes('9999')));
  });

  it('retries dropped connections and 503s with backoff, then succeeds', async () => {
    server.behaviours['reference.RFC.2119.xml'] = { drop: 1 };
    server.behaviours['reference.RFC.8174.xml'] = { unavailable: 2 };
    const found = await resolver().resolveAll(['RFC2119', 'RFC8174']);
    assert.equal(found.size, 2);
    assert.equal(server.requestsFor('reference.RFC.2119.xml'), 2);
    assert.equal(server.requestsFor('reference.RFC.8174.xml'), 3);
  });

  it('gives up after the retries with the reason, and a slow server with a timeout', async () => {
    server.behaviours['reference.RFC.2119.xml'] = { unavailable: 10 };
    server.behaviours['reference.RFC.8174.xml'] = { delayMs: 1500 };
    const r = resolver({ fetch: { ...FAST, timeoutMs: 200, retries: 1 } });
    const found = await r.resolveAll(['RFC2119', 'RFC8174']);
    assert.equal(found.size, 0);
    assert.match(r.explain('RFC2119')!.message, /could not fetch reference "RFC2119" from .*: the server answered 503/);
    assert.match(r.explain('RFC8174')!.message, /could not fetch reference "RFC8174" from .*: no answer in time/);
    assert.equal(server.requestsFor('reference.RFC.2119.xml'), 2);
  });

  it('never caches an answer that is not a bibxml entry (HTML, truncated XML)', async () => {
    server.behaviours['reference.RFC.2119.xml'] = { body: '<html><body>Welcome to the hotel network</body></html>' };
    const whole = readFileSync(fixture('bibxml', 'reference.RFC.8174.xml'), 'utf8');
    server.behaviours['reference.RFC.8174.xml'] = { body: whole.slice(0, whole.length / 2) };
    const r = resolver();
    const found = await r.resolveAll(['RFC2119', 'RFC8174']);
    assert.equal(found.size, 0);
    assert.match(r.explain('RFC2119')!.message, /not a bibxml <reference> entry/);
    assert.match(r.explain('RFC8174')!.message, /not a bibxml <reference> entry/);
    assert.deepEqual(readdirSync(cache), []);
  });

  it('refetches a stale entry; falls back to it when the service fails; --refresh-refs refetches a fresh one', async () => {
    const copy = readFileSync(fixture('bibxml', 'reference.RFC.2119.xml'), 'utf8');
    writeFileSync(join(cache, 'reference.RFC.2119.xml'), copy.replace('Key words', 'OLD Key words'));
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    utimesSync(join(cache, 'reference.RFC.2119.xml'), old, old);
    // An RFC entry is fresh for 30 days: this one is refetched, and the cache updated.
    const found = await resolver().resolveAll(['RFC2119']);
    assert.equal(server.requests.length, 1);
    assert.ok(!found.get('RFC2119')!.text!.includes('OLD'));
    assert.ok(!readFileSync(join(cache, 'reference.RFC.2119.xml'), 'utf8').includes('OLD'));
    // Fresh now: not asked again, unless refreshing.
    await resolver().resolveAll(['RFC2119']);
    assert.equal(server.requests.length, 1);
    await resolver({ refresh: true }).resolveAll(['RFC2119']);
    assert.equal(server.requests.length, 2);
    // Stale again and the service down: the stale copy, with a progress note.
    writeFileSync(join(cache, 'reference.RFC.2119.xml'), copy.replace('Key words', 'OLD Key words'));
    utimesSync(join(cache, 'reference.RFC.2119.xml'), old, old);
    server.behaviours['reference.RFC.2119.xml'] = { unavailable: 10 };
    const events: ReferenceProgress[] = [];
    const fallback = await resolver({ onProgress: (e) => events.push(e) }).resolveAll(['RFC2119']);
    assert.ok(fallback.get('RFC2119')!.text!.includes('OLD'));
    assert.ok(events.some((e) => e.type === 'stale' && e.name === 'RFC2119'));
    // Freshness is configurable per kind: with 60 days for RFCs, the 40-day-old copy is fresh.
    const before = server.requests.length;
    await resolver({ maxAgeDays: { RFC: 60 } }).resolveAll(['RFC2119']);
    assert.equal(server.requests.length, before);
  });

  it('offline: cached entries however old, no request at all', async () => {
    writeFileSync(join(cache, 'reference.RFC.2119.xml'), readFileSync(fixture('bibxml', 'reference.RFC.2119.xml')));
    const old = new Date(Date.now() - 400 * 24 * 3600 * 1000);
    utimesSync(join(cache, 'reference.RFC.2119.xml'), old, old);
    const found = await resolver({ offline: true }).resolveAll(['RFC2119', 'RFC8174']);
    assert.deepEqual([...found.keys()], ['RFC2119']);
    assert.equal(server.requests.length, 0);
  });

  it('a lock file: its entries first, nothing fetched, an edited entry refused', async () => {
    const xml = readFileSync(fixture('bibxml', 'reference.RFC.2119.xml'), 'utf8');
    const lock = { path: 'references.lock', entries: { RFC2119: { source: 'x', sha256: sha256(xml), xml }, RFC8174: { source: 'x', sha256: 'f'.repeat(64), xml } } };
    const r = resolver({ lock });
    const found = await r.resolveAll(['RFC2119', 'RFC8174', 'RFC9110']);
    assert.deepEqual([...found.keys()], ['RFC2119']);
    assert.equal(server.requests.length, 0);
    assert.match(r.explain('RFC8174')!.message, /does not match its sha256/);
    assert.match(r.explain('RFC9110')!.message, /no entry for reference "RFC9110" in references\.lock/);
  });

  it('fetchEntry counts attempts; mapLimit keeps order', async () => {
    server.behaviours['reference.RFC.2119.xml'] = { drop: 2 };
    const r = await fetchEntry(`${server.url}bibxml/reference.RFC.2119.xml`, FAST);
    assert.equal(r.kind, 'ok');
    assert.equal(r.kind === 'ok' && r.attempts, 3);
    assert.deepEqual(await mapLimit([30, 10, 20], 2, async (ms) => { await new Promise((res) => setTimeout(res, ms)); return ms; }), [30, 10, 20]);
  });
});
