import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { findAll, findOne, convert, errors, lines, show, withRule } from '../helpers.js';
import { isElement, textContent, type RfcElement } from '../../../src/tree/nodes.js';
import { prep } from '../../../src/index.js';
import { tempRepo, schemaProblems, type TempRepo } from './repo.js';

const kramdown = (...body: string[]) => lines('---', 'title: T', '--- middle', '', '# Introduction', '', 'Text.', '', '# Implementation Status', '', ...body);
const mmark = (...body: string[]) => lines('%%%', 'title = "T"', '%%%', '', '{mainmatter}', '', '# Implementation Status', '', ...body);
const BODY = 11;

const IMPLEMENTATIONS = lines(
  '# Known implementations',
  '- name: draftsmith',
  '  organization: draftsmith project',
  '  url: https://example.com/draftsmith',
  '  description: Converts Markdown drafts to RFC XML.',
  '  coverage: All of this specification.',
  '  maturity: beta',
  '  licence: BSD-3-Clause',
  '  contact: maintainers@draftsmith.example',
  '  last-updated: 2026-11-01',
  '- name: Tiny Validator',
  '  license: MIT',
);

/** The implementation entries: name → [label, value] pairs. */
function entries(root: RfcElement): Record<string, string[][]> {
  const outer = findOne(root, 'dl', (d) => d.attributes.newline === 'true');
  const kids = outer.children.filter((c): c is RfcElement => isElement(c));
  const out: Record<string, string[][]> = {};
  for (let i = 0; i < kids.length; i += 2) {
    const inner = findOne(kids[i + 1], 'dl').children.filter((c): c is RfcElement => isElement(c));
    const pairs: string[][] = [];
    for (let k = 0; k < inner.length; k += 2) pairs.push([textContent(inner[k]), inner[k + 1].children.some((c) => isElement(c, 'eref')) ? findOne(inner[k + 1], 'eref').attributes.target : textContent(inner[k + 1])]);
    out[textContent(kids[i])] = pairs;
  }
  return out;
}

describe('RFC 7942 implementation status: {::implementation-status FILE} (issue 9)', () => {
  let repo: TempRepo;
  const draft = () => join(repo.dir, 'draft.md');
  const run = (source: string) => convert(source, { file: draft(), allowMissingRefs: true });

  before(() => {
    repo = tempRepo({
      'implementations.yaml': IMPLEMENTATIONS,
      'impl.json': JSON.stringify({ implementations: [{ name: 'JSON One', url: 'https://example.org/one', 'last-updated': '2026-10' }] }, null, 2),
      'bad.yaml': lines(
        '- name: Good',
        '- url: https://example.com/nameless',
        '- name: Typo',
        '  licnese: MIT',
        '- name: Badurl',
        '  url: example.com',
        '- just a string',
        '- name: Lists',
        '  contact: [a, b]',
      ),
      'notalist.yaml': 'name: only one\n',
    });
  });
  after(() => repo.remove());

  it('renders the RFC 7942 boilerplate, then one entry per implementation with its fields', async () => {
    const r = await run(kramdown('{::implementation-status implementations.yaml}'));
    assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
    const section = findOne(r.document.root, 'section', (s) => /Implementation Status/.test(textContent(findOne(s, 'name'))));
    const paragraphs = findAll(section, 't').map(textContent);
    assert.match(paragraphs[0], /^This section records the status of known implementations/);
    assert.match(paragraphs[1], /^According to , "this will allow reviewers/);
    assert.deepEqual(entries(section), {
      draftsmith: [
        ['Organization:', 'draftsmith project'], ['Website:', 'https://example.com/draftsmith'],
        ['Description:', 'Converts Markdown drafts to RFC XML.'], ['Level of maturity:', 'beta'],
        ['Coverage:', 'All of this specification.'], ['Licensing:', 'BSD-3-Clause'],
        ['Contact:', 'maintainers@draftsmith.example'], ['Last updated:', '2026-11-01'],
      ],
      'Tiny Validator': [['Licensing:', 'MIT']],
    });
    assert.ok(r.includes.some((f) => f.endsWith('implementations.yaml')));
    assert.equal(schemaProblems(r, repo.dir), '');
  });

  it('marks its section to be removed before publication and cites RFC 7942 informatively', async () => {
    const r = await run(kramdown('{::implementation-status implementations.yaml}'));
    const sections = findAll(r.document.root, 'section');
    assert.deepEqual(sections.map((s) => s.attributes.removeInRFC), [undefined, 'true']);
    assert.ok(findAll(r.document.root, 'xref').every((x) => x.attributes.target === 'RFC7942'));
    const prepped = prep(r.document, { date: '2026-11-22' });
    const status = findAll(prepped.document.root, 'section').find((s) => s.attributes.removeInRFC === 'true')!;
    assert.match(findAll(status, 't').map(textContent).join('\n'), /This section is to be removed before publishing as an RFC\./);
  });

  it('reads JSON with the list under "implementations", in an mmark draft', async () => {
    const r = await run(mmark('{::implementation-status impl.json}'));
    assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
    assert.deepEqual(entries(r.document.root), { 'JSON One': [['Website:', 'https://example.org/one'], ['Last updated:', '2026-10']] });
    assert.equal(findOne(r.document.root, 'section').attributes.removeInRFC, 'true');
  });

  it('each bad entry is one error naming the entry, its line and what to do; good entries are kept', async () => {
    const r = await run(kramdown('{::implementation-status bad.yaml}'));
    const found = withRule(r.diagnostics, 'implementation-entry');
    assert.deepEqual(found.map((d) => d.message), [
      '"bad.yaml" entry 2 (line 2 column 3): has no "name"',
      '"bad.yaml" entry 3 (line 3 column 3): has an unknown field "licnese"',
      '"bad.yaml" entry 4 (line 5 column 3): "url" is not an http(s) address: example.com',
      '"bad.yaml" entry 5 (line 7 column 3): is not a mapping of fields',
      '"bad.yaml" entry 6 (line 8 column 3): field "contact" is not text (a list)',
    ], show(r.diagnostics));
    assert.ok(found.every((d) => d.line === BODY && d.column === 1 && d.file === draft() && d.hint));
    const outer = findOne(r.document.root, 'dl', (d) => d.attributes.newline === 'true');
    assert.deepEqual(outer.children.filter((c) => isElement(c)).map(textContent), ['Good', '(no details given)']);
  });

  it('a file that is not a list, or missing, is an error at the directive', async () => {
    const r = await run(kramdown('{::implementation-status notalist.yaml}'));
    assert.deepEqual(withRule(r.diagnostics, 'implementation-status').map((d) => [d.line, d.column]), [[BODY, 1]], show(r.diagnostics));
    const missing = await run(kramdown('{::implementation-status gone.yaml}'));
    assert.deepEqual(withRule(missing.diagnostics, 'implementation-status-missing').map((d) => d.line), [BODY]);
  });
});
