import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareRevisions, type DraftDiff } from '../../../src/diff/compare.js';
import { diffRevisions } from '../../../src/diff/index.js';
import { renderMarkdown } from '../../../src/diff/render-markdown.js';
import { prep } from '../../../src/prep/index.js';
import { writeText } from '../../../src/writers/text/index.js';
import { convert, lines } from '../helpers.js';
import { CORPUS, hasCorpus } from './corpus.js';

async function rendered(label: string, source: string) {
  const r = await convert(source);
  assert.ok(!r.failed, r.diagnostics.map((d) => d.message).join('\n'));
  const doc = prep(r.document, { date: '2024-01-15' }).document;
  return { label, text: writeText(doc, { paginate: false, date: '2024-01-15' }), root: doc.root };
}

const section = (title: string, anchor: string, ...body: string[]) => [`# ${title} {#${anchor}}`, '', ...body, ''];
const header = (docname: string, extra: string[] = []) => ['---', `title: Structure Test`, `docname: ${docname}`, ...extra, '--- middle', ''];

const find = (diff: DraftDiff, title: string) => diff.structure.sections.find((s) => (s.new ?? s.old)!.title === title)!;

describe('diff: the structural account', () => {
  it('matches sections by anchor: a cut-and-pasted section is moved, a renamed one retitled, the rest renumbered', async () => {
    const old = await rendered('old', lines(...header('draft-foo-struct-00'),
      ...section('Alpha', 'alpha', 'Alpha text.'), ...section('Beta', 'beta', 'Beta text.'),
      ...section('Gamma', 'gamma', 'Gamma text.'), ...section('Delta', 'delta', 'Delta text.')));
    const neu = await rendered('new', lines(...header('draft-foo-struct-01'),
      ...section('New First', 'first', 'Brand new words here.'), ...section('Alpha', 'alpha', 'Alpha text.'),
      ...section('Delta', 'delta', 'Delta text.'), ...section('Beta Renamed', 'beta', 'Beta text.')));
    const diff = compareRevisions(old, neu);
    assert.equal(find(diff, 'New First').status, 'added');
    assert.equal(find(diff, 'New First').wordsAdded, 4);
    assert.equal(find(diff, 'Gamma').status, 'removed');
    const alpha = find(diff, 'Alpha');
    assert.deepEqual([alpha.status, alpha.moved, alpha.renumbered, alpha.old?.number, alpha.new?.number], ['unchanged', false, true, '1', '2']);
    const beta = find(diff, 'Beta Renamed');
    assert.deepEqual([beta.status, beta.retitled, beta.old?.title, beta.wordsAdded, beta.wordsRemoved], ['changed', true, 'Beta', 0, 0]);
    // Delta and Beta swapped places: one of them is out of order (the shorter move).
    const moved = diff.structure.sections.filter((s) => s.moved).map((s) => s.new?.title);
    assert.equal(moved.length, 1, String(moved));
    assert.ok(['Delta', 'Beta Renamed'].includes(moved[0]!), String(moved));
    assert.deepEqual(diff.structure.metadata, [{ field: 'docName', old: 'draft-foo-struct-00', new: 'draft-foo-struct-01' }]);
    const md = renderMarkdown(diff);
    assert.match(md, /^- Added Section 1 \(New First\)$/m);
    assert.match(md, /^- Removed Section 3 \(Gamma\)$/m);
  });

  it('names an editor\'s copy taken at a release tag after the tag in "Changes since"', async () => {
    const a = await rendered('draft.md@draft-foo-bar-03', lines(...header('draft-foo-bar-latest'), ...section('Alpha', 'alpha', 'Old.')));
    const b = await rendered('draft.md', lines(...header('draft-foo-bar-latest'), ...section('Alpha', 'alpha', 'New.')));
    assert.match(renderMarkdown(compareRevisions(a, b)), /^## Changes since draft-foo-bar-03$/m);
    assert.match(renderMarkdown(compareRevisions({ ...a, label: 'old.md' }, b)), /^## Changes since draft-foo-bar-latest$/m);
  });

  it('says "No changes." when two renderings are the same', async () => {
    const a = await rendered('a', lines(...header('draft-foo-same-00'), ...section('Alpha', 'alpha', 'Same.')));
    const diff = compareRevisions(a, { ...a, label: 'b' });
    assert.equal(diff.changes.length, 0);
    assert.match(renderMarkdown(diff), /^No changes\.$/m);
  });

  it('xml2rfc text of rfc6303-bis -00 and -01: metadata from the first page, sections from the headings', async function () {
    if (!hasCorpus()) this.skip();
    const dir = join(CORPUS, 'drafts/draft-dnsop-rfc6303-bis');
    const text = (n: string) => ({ label: n, text: readFileSync(join(dir, `draft-dnsop-rfc6303-bis-${n}.txt`), 'utf8') });
    const diff = compareRevisions(text('00'), text('01'));
    assert.equal(diff.structure.metadataFromText, true);
    assert.deepEqual(diff.structure.metadata, [
      { field: 'title', old: 'Revision to Locally Served DNS Zones Registry', new: 'Updates to Locally Served DNS Zones and IP Special-Purpose Address Space Registries' },
      { field: 'docName', old: 'draft-dnsop-rfc6303-bis-00', new: 'draft-dnsop-rfc6303-bis-01' },
      { field: 'updates', old: '6603', new: '6603, 6890' },
    ]);
    assert.equal(find(diff, 'IANA Considerations').status, 'added');
    assert.equal(find(diff, 'Updates to 6063').status, 'removed');
    assert.equal(find(diff, 'Introduction').status, 'changed');
  });

  it('XML of rfc6303-bis -00 and -01: a section moved and retitled keeps its anchor', async function () {
    if (!hasCorpus()) this.skip();
    const dir = join(CORPUS, 'drafts/draft-dnsop-rfc6303-bis');
    const diff = await diffRevisions(join(dir, 'draft-dnsop-rfc6303-bis-00.xml'), join(dir, 'draft-dnsop-rfc6303-bis-01.xml'),
      { refcache: [join(CORPUS, 'bibxml')], offline: true, noUserCache: true });
    const s = find(diff, 'Guidance for Designated Experts');
    assert.deepEqual([s.status, s.moved, s.retitled, s.old?.number, s.new?.number, s.old?.title], ['changed', true, true, '2.2', '3.1', 'Guidance for Expert Reviews']);
    assert.equal(diff.structure.metadataFromText, false);
    assert.ok(diff.structure.metadata.some((m) => m.field === 'title'));
  });
});
