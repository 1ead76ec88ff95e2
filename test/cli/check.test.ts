import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, repoRoot } from '../unit/helpers.js';

function check(...args: string[]) {
  const r = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'draftsmith.js'), 'check', '--offline', '--refcache', fixture('bibxml'),
    '--date', '2026-11-22', ...args], { encoding: 'utf8', cwd: repoRoot() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('draftsmith check (CLI)', function () {
  this.timeout(60000);
  const bad = fixture('check', 'required-sections.md');
  const clean = fixture('check', 'clean.valid.md');

  it('exit 0 and a count for a clean draft; exit 1 with file:line:col findings when an error remains', () => {
    const ok = check(clean);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /^0 errors, 0 warnings, 0 notes$/m);
    const r = check(bad);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /required-sections\.md:23:1: error: "Security Considerations" is an appendix; it belongs in the body of the document \[required-sections\]/);
  });

  it('--rule turns a rule off (and the exit status follows)', () => {
    const r = check(bad, '--rule', 'required-sections=off');
    assert.equal(r.status, 0, r.stdout);
    assert.doesNotMatch(r.stdout, /required-sections\]/);
    const u = check(bad, '--rule', 'no-such-rule=off');
    assert.equal(u.status, 2);
    assert.match(u.stderr, /no rule "no-such-rule"/);
  });

  it('--format json: the documented shape', () => {
    const r = check(bad, '--format', 'json');
    const j = JSON.parse(r.stdout);
    assert.equal(j.version, 1);
    assert.equal(j.summary.error, j.findings.filter((f: { severity: string }) => f.severity === 'error').length);
    const f = j.findings.find((x: { ruleId: string; line?: number }) => x.ruleId === 'required-sections' && x.line === 23);
    assert.ok(f, r.stdout);
    assert.match(f.file, /required-sections\.md$/);
    assert.equal(f.column, 1);
  });

  it('--format github: workflow commands GitHub shows as annotations', () => {
    const r = check(bad, '--format', 'github');
    assert.match(r.stdout, /^::error file=[^,]*required-sections\.md,line=23,col=1,title=required-sections::"Security Considerations" is an appendix/m);
    assert.match(r.stdout, /^::error file=[^,]*required-sections\.md,title=required-sections::the document has no IANA Considerations section/m);
  });

  it('--format sarif: a SARIF 2.1.0 log with the rules and located results', () => {
    const r = check(bad, '--format', 'sarif');
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'draftsmith');
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'required-sections');
    assert.ok(rule.shortDescription.text && rule.fullDescription.text);
    const res = run.results.find((x: { ruleId: string; locations?: { physicalLocation: { region?: unknown } }[] }) =>
      x.ruleId === 'required-sections' && x.locations?.[0].physicalLocation.region);
    assert.equal(res.level, 'error');
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, 'required-sections');
    const loc = res.locations.find(() => true).physicalLocation;
    assert.match(loc.artifactLocation.uri, /^test\/fixtures\/check\/required-sections\.md$/);
    assert.deepEqual(loc.region, { startLine: 23, startColumn: 1 });
  });

  it('--list names every rule with its severity', () => {
    const r = check('--list');
    assert.equal(r.status, 0);
    for (const id of ['required-sections', 'bcp14-boilerplate', 'code-line-length', 'docname', 'example-addresses']) assert.match(r.stdout, new RegExp(`^${id}\\s`, 'm'));
  });

  it('build runs the checks: errors reported as warnings (the draft still builds), --strict fails, --no-check skips', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot(), 'bin', 'draftsmith.js'), 'build', bad, '--offline',
      '--refcache', fixture('bibxml'), '--date', '2026-11-22', ...args], { encoding: 'utf8', cwd: repoRoot() });
    const out = mkdtempSync(join(tmpdir(), 'draftsmith-check-build-'));
    const r = run('--out-dir', out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /required-sections\.md:23:1: warning: "Security Considerations" is an appendix; it belongs in the body of the document \(an error for draftsmith check\) \[required-sections\]/);
    assert.ok(existsSync(join(out, 'draft-fixture-sections-00.xml')));
    const strictOut = mkdtempSync(join(tmpdir(), 'draftsmith-check-build-'));
    const strict = run('--out-dir', strictOut, '--strict');
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /error: "Security Considerations" is an appendix/);
    assert.ok(!existsSync(join(strictOut, 'draft-fixture-sections-00.xml')), 'nothing written');
    const off = run('--out-dir', out, '--no-check');
    assert.equal(off.status, 0);
    assert.doesNotMatch(off.stderr, /required-sections/);
  });

  it('--fix inserts the BCP 14 boilerplate and removes meaningless trailing white space, then reports what remains', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftsmith-fix-'));
    const file = join(dir, 'draft.md');
    copyFileSync(fixture('check', 'bcp14-boilerplate.md'), file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Implementations MUST do X.', 'Implementations MUST do X. \nA hard break:  \nnext.'));
    const before = check(file);
    assert.equal(before.status, 1);
    assert.match(before.stdout, /bcp14-boilerplate/);
    const r = check(file, '--fix');
    assert.match(r.stderr, /draft\.md:\d+: inserted the BCP 14 boilerplate of RFC 8174/);
    assert.match(r.stderr, /draft\.md:\d+: removed white space at the end of the line/);
    const fixed = readFileSync(file, 'utf8');
    assert.match(fixed, /^# Introduction\n\n\{::boilerplate bcp14-tagged\}\n\nImplementations MUST do X\.\nA hard break:  \nnext\./m);
    assert.doesNotMatch(r.stdout, /bcp14-boilerplate|trailing-whitespace/);
    assert.equal(r.status, 0, r.stdout);
  });
});
