/**
 * `check --format sarif` against the SARIF 2.1.0 JSON schema itself (OASIS, final "rtm.5"
 * schema, as @microsoft/jest-sarif ships it: a dev dependency, used only for that file).
 * The schema is draft-04, hence ajv-draft-04; ajv-formats checks the uri and date-time formats.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv04Import from 'ajv-draft-04';
import addFormatsImport from 'ajv-formats';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { RULES, checkContext, formatSarif, runChecks } from '../../../src/check/index.js';
import { MARKDOWN } from '../../conformance/cases.js';
import { fixture, repoRoot } from '../helpers.js';

// Both packages are CommonJS with a default export; under NodeNext the class is one level down.
const Ajv04 = ((Ajv04Import as unknown as { default?: unknown }).default ?? Ajv04Import) as unknown as typeof Ajv04Import.default;
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as unknown as typeof addFormatsImport.default;

function sarifValidator(): (log: unknown) => void {
  const require = createRequire(import.meta.url);
  const file = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  assert.match(schema.title, /SARIF\) Version 2\.1\.0/);
  // unicodeRegExp off: one pattern of the published schema (language codes) has a stray `]`,
  // harmless without the u flag and a syntax error with it.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (log) => {
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  };
}

const options = { refcache: [fixture('bibxml')], offline: true, noUserCache: true, date: '2026-11-22' };

async function findingsOf(file: string, opts: typeof options): Promise<Diagnostic[]> {
  const { context, diagnostics } = await checkContext(file, opts);
  return [...diagnostics, ...(context ? runChecks(context) : [])];
}

describe('check --format sarif against the SARIF 2.1.0 schema', () => {
  let valid: (log: unknown) => void;
  before(() => { valid = sarifValidator(); });

  it('the schema is not a rubber stamp: a wrong level, a missing message and an unknown property are refused', () => {
    const log = JSON.parse(formatSarif([{ severity: 'error', ruleId: 'docname', file: 'a.md', line: 1, column: 1, message: 'm' }], RULES, '1.0.0'));
    valid(log);
    const result = log.runs[0].results[0];
    for (const broken of [{ ...result, level: 'fatal' }, { ...result, message: undefined }, { ...result, severity: 'error' }]) {
      assert.throws(() => valid({ ...log, runs: [{ ...log.runs[0], results: [broken] }] }));
    }
    assert.throws(() => valid({ ...log, version: '2.0.0' }));
  });

  it('every check fixture: findings with and without positions, every severity, every rule described', async () => {
    const dir = fixture('check');
    const findings: Diagnostic[] = [];
    for (const f of readdirSync(dir)) findings.push(...await findingsOf(join(dir, f), options));
    assert.ok(findings.length > 20);
    for (const s of ['error', 'warning', 'info'] as const) assert.ok(findings.some((f) => f.severity === s), s);
    assert.ok(findings.some((f) => f.line === undefined), 'document-level findings too');
    const log = JSON.parse(formatSarif(findings, RULES, '1.0.0', repoRoot()));
    valid(log);
    assert.equal(log.runs[0].results.length, findings.length);
  });

  it('the Markdown drafts of the corpus (score-xml cases), one log', async function () {
    const corpus = join(repoRoot(), '..', 'shared', 'corpus');
    if (!existsSync(corpus)) this.skip();
    this.timeout(120000);
    const findings: Diagnostic[] = [];
    for (const c of MARKDOWN) {
      findings.push(...await findingsOf(join(corpus, c.path), { ...options, refcache: [join(corpus, 'bibxml'), fixture('bibxml')], date: c.date }));
    }
    assert.ok(findings.length > 50, `${findings.length} findings`);
    valid(JSON.parse(formatSarif(findings, RULES, '1.0.0', repoRoot())));
  });

  it('what the CLI prints, on a draft with errors', () => {
    const r = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'draftsmith.js'), 'check', fixture('check', 'required-sections.md'), '--format', 'sarif',
      '--offline', '--refcache', fixture('bibxml'), '--date', '2026-11-22'], { encoding: 'utf8', cwd: repoRoot() });
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    valid(log);
    assert.ok(log.runs[0].results.some((x: { level: string }) => x.level === 'error'));
  });
});
