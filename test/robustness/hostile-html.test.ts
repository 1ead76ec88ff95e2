/**
 * Issue 10: hostile documents (test/fixtures/hostile/: kramdown-rfc, mmark and RFC XML with raw
 * `<script>`, `<img onerror>`, `javascript:` and `data:` links, xrefs and erefs, event handlers
 * in attribute lists, SVG artwork with script, `onload`, `<foreignObject>`, `xlink:href` and
 * `<a href>`) are built to HTML, and the HTML written holds no script element, no event
 * handler, no `javascript:`/`data:` address and nothing that loads from the network. The scan
 * is shown to catch each of those on a page made to hold them. test/browser/hostile.test.ts
 * opens the same pages in Chromium.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dangerousMarkup, startTags } from './html-scan.js';
import { buildHostile, HOSTILE_INPUTS } from './hostile-inputs.js';

describe('robustness: hostile HTML (the HTML written)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-hostile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the scan finds each kind of hostile markup on a page made to hold it, and nothing in escaped text', () => {
    const page = [
      '<script>x()</script>', '<img src="x" onerror="x()">', '<a href="javascript:x()">a</a>', '<a href=" JaVa&#x53;cript:x()">b</a>',
      '<a href="data:text/html,x">c</a>', '<svg onload=x()><a xlink:href="javascript:x()">d</a><foreignObject></foreignObject></svg>',
      '<img src="http://127.0.0.1:9/i.png">', '<meta http-equiv="Refresh" content="0">', '<p style="background:url(http://x/)">e</p>',
      '<iframe src="x"></iframe>',
    ].join('\n');
    assert.deepEqual(dangerousMarkup(page), [
      '<script>', '<img onerror>', '<a href="javascript:x()">', '<a href=" JaVaScript:x()">', '<a href="data:text/html,x">', '<svg onload>',
      '<a xlink:href="javascript:x()">', '<foreignobject>', '<img src="http://127.0.0.1:9/i.png"> (loads from the network)',
      '<meta http-equiv="refresh">', '<p style="background:url(http://x/)">', '<iframe>',
    ]);
    assert.deepEqual(dangerousMarkup('<p>&lt;script&gt;x()&lt;/script&gt; &lt;img onerror="x()"&gt; javascript:x() <a href="#javascript:x()">f</a></p>'), []);
    assert.equal(startTags('<a title="1 > 0" onclick="x()">').length, 1);
    assert.deepEqual(dangerousMarkup('<a title="1 > 0" onclick="x()">'), ['<a onclick>']);
  });

  for (const input of HOSTILE_INPUTS) {
    const name = input.slice(input.lastIndexOf('/') + 1);
    it(`${name}: no script, no event handler, no javascript:/data: address, nothing loaded`, async () => {
      const { html, messages } = await buildHostile(input, dir);
      assert.deepEqual(dangerousMarkup(html), []);
      // The payloads are still there for a reader to see, as text.
      assert.match(html, /window\.__pwned/);
      // Every removal is reported at a real position, never at 1:1.
      const removals = messages.filter((m) => /scheme a reader's browser should not follow|removed/.test(m));
      assert.ok(removals.length > 0, messages.join('\n'));
      assert.deepEqual(removals.filter((m) => m.startsWith('1:1 ')), []);
    });
  }

  it('html-link-warning-position: a javascript: link in Markdown is reported at its line and column', async () => {
    const { messages } = await buildHostile(HOSTILE_INPUTS[0], dir);
    assert.ok(messages.includes(`35:1 the link "javascript:window.__pwned='md-link'" uses a scheme a reader's browser should not follow; it is shown as text`),
      messages.join('\n'));
  });
});
