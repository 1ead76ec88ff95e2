import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { compareRevisions } from '../../../src/diff/compare.js';
import { normalizeRenderedText } from '../../../src/diff/normalize.js';
import { unpaginate } from '../../../src/diff/unpaginate.js';
import { prep } from '../../../src/prep/index.js';
import { writeText } from '../../../src/writers/text/index.js';
import { convert, lines } from '../helpers.js';
import { CORPUS, hasCorpus, QUIC_33, QUIC_34, renderCorpusDraft } from './corpus.js';

/** A draft long enough for several pages, with a TOC whose entries get page numbers. */
function longDraft(): string {
  const body: string[] = [];
  for (let s = 1; s <= 6; s++) {
    body.push(`# Section number ${s} with a title long enough to wrap in the table of contents once page numbers are added {#s${s}}`, '');
    for (let p = 1; p <= 6; p++) {
      body.push(`Paragraph ${p} of section ${s}. ` + 'The protocol sends a message and waits for the answer before it goes on. '.repeat(4), '');
    }
    body.push('~~~', ...Array.from({ length: 12 }, (_, i) => `  code line ${i} of section ${s}`), '~~~', '');
  }
  return lines('---', 'title: Pages and More Pages', 'docname: draft-foo-pages-00', 'author:', '  - name: Ann Author', '    org: Example', '--- middle', '', ...body);
}

describe('diff: pagination is not a change', () => {
  it('a draft rendered with pages and without compares equal', async () => {
    const r = await convert(longDraft());
    assert.ok(!r.failed);
    const doc = prep(r.document, { date: '2024-01-15' }).document;
    const paged = writeText(doc, { paginate: true, date: '2024-01-15' });
    const flat = writeText(doc, { paginate: false, date: '2024-01-15' });
    assert.ok((paged.match(/\f/g) ?? []).length >= 5, 'the test draft should span several pages');
    const diff = compareRevisions({ label: 'paged', text: paged }, { label: 'flat', text: flat });
    assert.deepEqual(diff.changes.map((c) => [...c.removed, ...c.added]), []);
    assert.equal(diff.hunks.length, 0);
  });

  it('drops form feeds, running headers and [Page N] footers', async () => {
    const r = await convert(longDraft());
    const paged = writeText(prep(r.document, { date: '2024-01-15' }).document, { paginate: true, date: '2024-01-15' });
    const flat = unpaginate(paged);
    assert.doesNotMatch(flat, /\f|\[Page \d+\]|^Internet-Draft {2,}Pages and More Pages/m);
    assert.match(paged, /\[Page 2\]/);
    // TOC page numbers are gone after normalising, the entries stay.
    const toc = normalizeRenderedText(paged).join('\n');
    assert.match(toc, /^ {3}1\. Section number 1 with a title long enough to wrap in the table of contents once page numbers are added$/m);
  });

  it('leaves text without form feeds as it is', () => {
    const text = 'Abstract\n\n   One.  [Page 3]\n';
    assert.equal(unpaginate(text), text);
  });

  for (const [name, path] of [['QUIC transport -34', QUIC_34], ['QUIC transport -33', QUIC_33],
    ['QUIC recovery', join(CORPUS, 'drafts/base-drafts/draft-ietf-quic-recovery.md')], ['QUIC TLS', join(CORPUS, 'drafts/base-drafts/draft-ietf-quic-tls.md')]]) {
    it(`${name}: its paginated text against its own unpaginated text reports no change`, async function () {
      if (!hasCorpus()) this.skip();
      const r = await renderCorpusDraft(path);
      const diff = compareRevisions({ label: 'paged.txt', text: r.paginated }, { label: 'flat.txt', text: r.unpaginated });
      assert.deepEqual(diff.changes.slice(0, 3).map((c) => [...c.removed, ...c.added]), []);
      assert.equal(diff.structure.sections.filter((s) => s.status !== 'unchanged').length, 0);
    });
  }
});

// (xml2rfc's RFC outputs, rfc6787 and others, have no pages: not used here.)
describe('diff: pagination in xml2rfc\'s own text is not a change', () => {
  for (const name of ['draft-miek-test', 'draft-template', 'elements', 'indexes', 'no-toc', 'sourcecode']) {
    it(`xml2rfc 3.32's ${name}.pages.text against its ${name}.text`, async function () {
      if (!hasCorpus()) this.skip();
      const { readFileSync } = await import('node:fs');
      const paged = readFileSync(join(CORPUS, 'xml2rfc/tests/valid', `${name}.pages.text`), 'utf8');
      const flat = readFileSync(join(CORPUS, 'xml2rfc/tests/valid', `${name}.text`), 'utf8');
      assert.ok(paged.includes('\f') && paged !== flat);
      const diff = compareRevisions({ label: 'pages', text: paged }, { label: 'flat', text: flat });
      assert.deepEqual(diff.changes.slice(0, 3).map((c) => [...c.removed, ...c.added]), []);
    });
  }
});
