import { strict as assert } from 'node:assert';
import { htmlId } from '../../../../src/writers/html/ids.js';
import { safeHref } from '../../../../src/writers/html/escape.js';

describe('HTML ids and links', () => {
  it('names appendices as xml2rfc\'s HTML does, from either pn scheme', () => {
    assert.equal(htmlId('section-appendix.a'), 'appendix-A');
    assert.equal(htmlId('section-appendix.b.2-3.1'), 'appendix-B.2-3.1');
    assert.equal(htmlId('section-a.1'), 'appendix-A.1');
    assert.equal(htmlId('section-b.1.2-4'), 'appendix-B.1.2-4');
    for (const pn of ['section-2.1-3', 'section-abstract-1', 'section-toc.1-1.2', 'section-boilerplate.1', 'section-note.1-2', 'figure-3', 'iref-foo-1']) {
      assert.equal(htmlId(pn), pn);
    }
  });

  it('keeps only link schemes a reader may follow', () => {
    for (const ok of ['https://example.com/a?b=c', 'http://x', 'mailto:a@example.com', 'tel:+15550100', 'urn:ietf:rfc:2119', '#frag', 'file.txt', 'dir/page.html']) {
      assert.equal(safeHref(ok), ok);
    }
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd']) {
      assert.equal(safeHref(bad), undefined, bad);
    }
  });
});
