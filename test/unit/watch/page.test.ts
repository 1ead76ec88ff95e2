import { strict as assert } from 'node:assert';
import { errorPage, servedPage } from '../../../src/watch/page.js';

describe('watch: the served page', () => {
  const built = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    + '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; base-uri \'none\'; form-action \'none\'">\n'
    + '</head>\n<body>\n<p>Text.</p>\n</body>\n</html>\n';

  it('opens the policy to its own script by nonce and to the event stream, keeping the rest', () => {
    const page = servedPage(built, 7, 'abc123');
    const policy = /content="([^"]*)"/.exec(page.split('\n').find((l) => l.includes('Content-Security-Policy')) ?? '')?.[1];
    assert.equal(policy, "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; script-src 'nonce-abc123'; connect-src 'self'");
    assert.match(page, /<script nonce="abc123">[^]*if \(Number\(e\.data\) === 7\) return;[^]*<\/script>\n<\/body>/);
    assert.equal(page.match(/<script/g)?.length, 1);
  });

  it('replaces a script-src or connect-src the policy already has, and copes with a page without </body>', () => {
    const page = servedPage(built.replace("form-action 'none'", "form-action 'none'; script-src 'none'; connect-src 'none'").replace('</body>', ''), 1, 'n');
    assert.doesNotMatch(page, /script-src 'none'|connect-src 'none'/);
    assert.match(page, /script-src 'nonce-n'; connect-src 'self'/);
    assert.match(page, /<\/html>\n<script nonce="n">/);
  });

  it('lists the errors with their positions and hints, escaped', () => {
    const page = errorPage('draft.md', [
      { severity: 'error', ruleId: 'x', message: 'bad <b> here', file: 'part.md', line: 3, column: 5, hint: 'fix & save' },
      { severity: 'warning', ruleId: 'y', message: 'only a warning', file: 'draft.md', line: 1, column: 1 },
    ], 2, 'n');
    assert.match(page, /<code class="where">part\.md:3:5<\/code>: bad &lt;b&gt; here <span class="rule">\[x\]<\/span><br><span class="hint">hint: fix &amp; save<\/span>/);
    assert.doesNotMatch(page, /only a warning/);
    assert.match(page, /This error stops the build\./);
    assert.match(page, /script-src 'nonce-n'/);
    assert.match(errorPage('draft.md', [], 3, 'n'), /The build wrote no HTML\./);
  });
});
