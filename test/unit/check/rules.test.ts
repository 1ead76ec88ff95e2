/**
 * Each rule against fixture drafts in test/fixtures/check/: `<rule>.md` marks every finding
 * it must raise on the line where it must be raised (`{!rule-id}`), or for a finding about the
 * whole document anywhere (`{!rule-id@doc}`), or on a given line (`{!rule-id@12}`, where a
 * marker would change what the line says); `*.valid.md` must raise none. Every rule runs
 * on every fixture, so a finding nobody marked fails the test too.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, applyFixes, checkContext, runChecks } from '../../../src/check/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fixture } from '../helpers.js';

const dir = fixture('check');
const ruleIds = new Set(RULES.map((r) => r.id));

/** The findings a fixture marks, as "rule@line" or "rule@doc", sorted. */
function expected(source: string): string[] {
  const out: string[] = [];
  source.split('\n').forEach((line, i) => {
    // `{!id}`: this line; `{!id@doc}`: no line; `{!id@12}`: line 12 (for lines a marker would change).
    for (const m of line.matchAll(/\{!([\w-]+)(?:@(doc|\d+))?\}/g)) out.push(`${m[1]}@${m[2] ?? i + 1}`);
  });
  return out.sort();
}

async function found(file: string): Promise<string[]> {
  const { context, diagnostics } = await checkContext(file, { refcache: [fixture('bibxml')], offline: true, noUserCache: true, date: '2026-11-22' });
  assert.ok(context, JSON.stringify(diagnostics.filter((d) => d.severity === 'error')));
  return runChecks(context!).filter((d) => ruleIds.has(d.ruleId)).map((d) => `${d.ruleId}@${d.line ?? 'doc'}`).sort();
}

describe('check rules on fixture drafts', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') || f.endsWith('.xml')).sort();

  it('every rule has a fixture that raises it', () => {
    const raised = new Set(files.flatMap((f) => expected(readFileSync(join(dir, f), 'utf8')).map((e) => e.split('@')[0])));
    assert.deepEqual(RULES.map((r) => r.id).filter((id) => !raised.has(id)), []);
  });

  for (const f of files) {
    it(`${f}: ${f.includes('.valid.') ? 'no finding' : 'exactly the marked findings'}`, async () => {
      const want = expected(readFileSync(join(dir, f), 'utf8'));
      if (f.includes('.valid.')) assert.deepEqual(want, [], 'a valid fixture marks nothing');
      assert.deepEqual(await found(join(dir, f)), want);
    });
  }

  it('--submission: the date must be within 3 days, and an editor\'s copy name is refused', async () => {
    const file = join(dir, 'clean.valid.md');
    const { context } = await checkContext(file, { refcache: [fixture('bibxml')], offline: true, noUserCache: true, date: '2026-11-27', submission: true });
    const ids = runChecks(context!).map((d) => d.ruleId);
    assert.deepEqual(ids, ['document-date']);
  });

  it('--submission: a docName without its revision, or a build placeholder, is refused; without it, accepted', async () => {
    const clean = readFileSync(join(dir, 'clean.valid.md'), 'utf8');
    for (const name of ['draft-fixture-check', '@DOCNAME@']) {
      const file = join(mkdtempSync(join(tmpdir(), 'draftsmith-docname-')), 'd.md');
      writeFileSync(file, clean.replace('docname: draft-fixture-check-00', `docname: "${name}"`));
      const ids = async (submission: boolean) => {
        const { context } = await checkContext(file, { refcache: [fixture('bibxml')], offline: true, noUserCache: true, date: '2026-11-22', submission });
        return runChecks(context!).filter((d) => d.ruleId === 'docname').map((d) => d.message);
      };
      assert.deepEqual(await ids(false), [], name);
      assert.equal((await ids(true)).length, 1, name);
    }
  });

  it('rule settings turn a rule off or change its severity', async () => {
    const { context } = await checkContext(join(dir, 'code-line-length.md'), { refcache: [fixture('bibxml')], offline: true, noUserCache: true, date: '2026-11-22' });
    assert.equal(runChecks(context!, { 'code-line-length': 'off' }).filter((d) => d.ruleId === 'code-line-length').length, 0);
    assert.deepEqual(runChecks(context!, { 'code-line-length': 'error' }).filter((d) => d.ruleId === 'code-line-length').map((d) => d.severity), ['error']);
  });

  it('the BCP 14 fix for an mmark draft is the RFC 8174 paragraph with mmark citations, under the first heading', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'draftsmith-fix-')), 'm.md');
    writeFileSync(file, ['%%%', 'title = "M"', '[seriesInfo]', 'name = "Internet-Draft"', 'value = "draft-m-00"', 'stream = "IETF"', '%%%', '',
      '.# Abstract', '', 'Abstract.', '', '{mainmatter}', '', '# Intro', '', 'Servers MUST do X.', ''].join('\n'));
    const { context } = await checkContext(file, { refcache: [fixture('bibxml')], offline: true, noUserCache: true, date: '2026-11-22' });
    const { source, applied } = applyFixes(context!);
    assert.deepEqual(applied.map((f) => f.description), ['inserted the BCP 14 boilerplate of RFC 8174']);
    assert.match(source, /# Intro\n\nThe key words "MUST", "MUST NOT", [^\n]* BCP 14 \[@!RFC2119\] \[@!RFC8174\] when, and only when, they appear in all capitals, as shown here\.\n\nServers MUST do X\./);
  });

  it('the sourcecode-type fix writes the listed spelling on the opening fence', async () => {
    const clean = readFileSync(join(dir, 'clean.valid.md'), 'utf8');
    const file = join(mkdtempSync(join(tmpdir(), 'draftsmith-fix-')), 'd.md');
    writeFileSync(file, clean.replace('# Security Considerations', '# Code\n\n~~~ JSON\n{"a": 1}\n~~~\n\n```yml\na: 1\n```\n\n~~~ brainfuck\n+.\n~~~\n\n# Security Considerations'));
    const { context } = await checkContext(file, { refcache: [fixture('bibxml')], offline: true, noUserCache: true, date: '2026-11-22' });
    const { source, applied } = applyFixes(context!);
    assert.deepEqual(applied.map((f) => f.description), ['sourcecode type "JSON" written as "json"', 'sourcecode type "yml" written as "yaml"']);
    assert.match(source, /\n~~~ json\n\{"a": 1\}\n~~~\n\n```yaml\na: 1\n```\n\n~~~ brainfuck\n/);
  });
});
