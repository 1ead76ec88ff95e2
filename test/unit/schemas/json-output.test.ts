/**
 * The documented JSON formats (schemas/*.schema.json) validate what draftsmith really writes:
 * `check --format json` on fixture drafts, `diff --format json` on two revisions of a draft.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { checkContext, formatJson, runChecks } from '../../../src/check/index.js';
import { diffRevisions, formatDiff } from '../../../src/index.js';
import { fixture, lines, repoRoot } from '../helpers.js';

function validator(name: string) {
  const schema = JSON.parse(readFileSync(join(repoRoot(), 'schemas', name), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);
  return (data: unknown) => {
    const ok = validate(data);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  };
}

describe('JSON output formats against their schemas', () => {
  it('check --format json, on every check fixture', async () => {
    const valid = validator('check-output.schema.json');
    const dir = fixture('check');
    const findings = [];
    for (const f of readdirSync(dir)) {
      const { context, diagnostics } = await checkContext(join(dir, f), { refcache: [fixture('bibxml')], offline: true, noUserCache: true, date: '2026-11-22' });
      findings.push(...diagnostics, ...(context ? runChecks(context) : []));
    }
    assert.ok(findings.length > 20);
    assert.ok(findings.some((f) => f.line === undefined), 'document-level findings too');
    valid(JSON.parse(formatJson(findings)));
    // The schema is not a rubber stamp.
    assert.throws(() => valid({ version: 1, findings: [{ ruleId: 'x', severity: 'fatal', message: 'm' }], summary: { error: 0, warning: 0, info: 0 } }));
  });

  it('diff --format json, on two revisions of a draft (metadata, sections, references changed)', async () => {
    const valid = validator('diff-output.schema.json');
    const dir = mkdtempSync(join(tmpdir(), 'draftsmith-schema-'));
    const draft = (rev: string, body: string[], refs: string[]) => lines('---', 'title: Schema Test', `docname: draft-schema-test-${rev}`, 'ipr: trust200902',
      'cat: info', 'date: 2024-01-15', 'author:', '  - name: A. Author', 'normative:', ...refs.map((r) => `  ${r}:`), '', '--- abstract', '', 'Abstract.', '',
      '--- middle', '', ...body);
    writeFileSync(join(dir, 'old.md'), draft('00', ['# One', '', 'First text {{RFC2119}}.', '', '# Two', '', 'Second.'], ['RFC2119']));
    writeFileSync(join(dir, 'new.md'), draft('01', ['# One', '', 'First text, changed {{RFC0793}}.', '', '# Three', '', 'New.'], ['RFC0793']));
    const diff = await diffRevisions(join(dir, 'old.md'), join(dir, 'new.md'), { refcache: [fixture('bibxml')], offline: true, noUserCache: true });
    const j = JSON.parse(formatDiff(diff, 'json'));
    valid(j);
    assert.ok(j.changes.length > 0 && j.sections.length > 0 && j.metadata.length > 0 && j.references.added.length > 0);
  });

  it('diff --format json, on the QUIC transport draft -33 against -34 (corpus)', async function () {
    const corpus = join(repoRoot(), '..', 'shared', 'corpus');
    if (!existsSync(corpus)) this.skip();
    this.timeout(60000);
    const d = join(corpus, 'drafts', 'base-drafts');
    const diff = await diffRevisions(join(d, 'rev-33', 'draft-ietf-quic-transport.md'), join(d, 'draft-ietf-quic-transport.md'),
      { refcache: [join(corpus, 'bibxml')], offline: true, noUserCache: true, date: '2021-01-14' });
    validator('diff-output.schema.json')(JSON.parse(formatDiff(diff, 'json')));
  });
});
