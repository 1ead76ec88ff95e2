/**
 * Issue 4's acceptance check: for every xml2rfc test input with a `.v3.html` in the corpus,
 * at least 95% of the ids in the body of xml2rfc's HTML also exist in ours (so links into
 * xml2rfc's HTML land in ours), and none of our own `href="#…"` links dangles.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { xmlToRfc } from '../../src/from-xml/index.js';
import { DirectoryResolver } from '../../src/bibxml/resolve.js';
import { prep } from '../../src/prep/index.js';
import { writeHtml } from '../../src/writers/html/index.js';
import { repoRoot } from '../unit/helpers.js';

const corpus = join(repoRoot(), '..', 'shared', 'corpus');
const valid = join(corpus, 'xml2rfc', 'tests', 'valid');
const input = join(corpus, 'xml2rfc', 'tests', 'input');

/** The ids of the elements in a page's body, and its fragment links. */
function scan(html: string): { ids: Set<string>; hrefs: Set<string> } {
  const body = html.slice(Math.max(0, html.search(/<body[\s>]/)));
  const ids = new Set<string>();
  const hrefs = new Set<string>();
  for (const m of body.matchAll(/<[a-zA-Z][^>]*>/g)) {
    const id = /\sid="([^"]*)"/.exec(m[0]);
    if (id) ids.add(decode(id[1]));
    const href = /\shref="#([^"]+)"/.exec(m[0]);
    if (href) hrefs.add(decode(href[1]));
  }
  return { ids, hrefs };
}

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
}

describe('conformance: HTML ids against xml2rfc 3.32', function () {
  this.timeout(120_000);
  const names = existsSync(valid) ? readdirSync(valid).filter((f) => f.endsWith('.v3.html')).map((f) => f.slice(0, -'.v3.html'.length))
    .filter((n) => existsSync(join(input, `${n}.xml`))) : [];
  before(function () {
    if (!names.length) this.skip();
  });
  it('finds the cases', () => assert.ok(names.length >= 10, `${names.length} cases`));
  for (const name of names) {
    it(`${name}: 95% of xml2rfc's ids, no dangling link`, async () => {
      const file = join(input, `${name}.xml`);
      const r = await xmlToRfc(readFileSync(file, 'utf8'), { file, offline: true, resolver: new DirectoryResolver([join(corpus, 'bibxml')]) });
      assert.ok(r.document, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
      const page = writeHtml(prep(r.document!, { date: '2026-03-02' }).document, { css: '' }).html;
      const ours = scan(page);
      const theirs = scan(readFileSync(join(valid, `${name}.v3.html`), 'utf8'));
      const missing = [...theirs.ids].filter((id) => !ours.ids.has(id));
      const cover = 1 - missing.length / Math.max(1, theirs.ids.size);
      assert.ok(cover >= 0.95, `${(cover * 100).toFixed(1)}% of ${theirs.ids.size}; missing: ${missing.slice(0, 20).join(' ')}`);
      const dangling = [...ours.hrefs].filter((h) => !ours.ids.has(h));
      assert.deepEqual(dangling, []);
    });
  }
});
