import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContext, runChecks } from '../../../src/check/index.js';
import { CddlChecker, type Assignment } from '../../../src/check/cddl-json.js';
import { markdownToRfc, writeXml } from '../../../src/index.js';
import { lines } from '../helpers.js';

const HEADER = ['---', 'title: Examples', 'docname: draft-example-checks-00', 'category: info', 'author:', '  - name: A. Author', '--- middle', '', '# Examples', ''];

describe('validated examples', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-examples-'));
    mkdirSync(join(dir, '.git')); // the repository the examples are confined to
    mkdirSync(join(dir, 'spec'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function findings(md: string, rule: string): Promise<string[]> {
    const file = join(dir, 'spec', 'draft.md');
    writeFileSync(file, md);
    const { context, diagnostics } = await checkContext(file, { refcache: [], offline: true, noUserCache: true, date: '2026-11-22' });
    assert.ok(context, JSON.stringify(diagnostics));
    return runChecks(context!).filter((d) => d.ruleId === rule).map((d) => `${d.line}: ${d.message}`);
  }

  it('the schema attribute reaches the checks but not the XML', async () => {
    const md = lines(...HEADER, '~~~ json', '{"a": 1}', '~~~', '{: schema="s.json"}', '');
    const r = await markdownToRfc(md, { file: 'd.md' });
    assert.doesNotMatch(writeXml(r.document), /schema=/);
  });

  it('a schema outside the repository is refused; one inside is used (mmark attribute syntax too)', async () => {
    writeFileSync(join(dir, '..', 'outside.schema.json'), '{"type": "object"}');
    writeFileSync(join(dir, 'inside.schema.json'), '{"type": "object", "required": ["a"]}');
    try {
      const md = lines(...HEADER, '~~~ json', '{"b": 1}', '~~~', '{: schema="../../outside.schema.json"}', '', '~~~ json', '{"b": 1}', '~~~', '{: schema="../inside.schema.json"}', '');
      const out = await findings(md, 'example-schema');
      assert.equal(out.length, 2, out.join('\n'));
      assert.match(out[0], /^11: the example's schema: "\.\.\/\.\.\/outside\.schema\.json" is outside the repository/);
      assert.match(out[1], /^17: the example does not match \.\.\/inside\.schema\.json: at \/: must have required property 'a'/);
      const mmark = ['%%%', 'title = "Examples"', '[seriesInfo]', 'name = "Internet-Draft"', 'value = "draft-example-checks-00"', 'stream = "IETF"', 'status = "informational"',
        '[[author]]', 'fullname = "A. Author"', '%%%', '', '# Examples', '', '{schema="../inside.schema.json"}', '~~~ json', '{"b": 1}', '~~~', ''].join('\n');
      const mm = await findings(mmark, 'example-schema');
      assert.equal(mm.length, 1, mm.join('\n'));
      assert.match(mm[0], /must have required property 'a'/);
    } finally {
      rmSync(join(dir, '..', 'outside.schema.json'), { force: true });
    }
  });

  it('a draft-07 schema, a YAML schema file, and formats left unchecked', async () => {
    writeFileSync(join(dir, 's.yaml'), 'type: object\nproperties:\n  when: {type: string, format: date-time}\n  n: {type: integer, minimum: 1}\n');
    const md = lines(...HEADER, '~~~ json', '{"when": "not a date", "n": 0}', '~~~', '{: schema="../s.yaml"}', '');
    const out = await findings(md, 'example-schema');
    assert.deepEqual(out.map((o) => o.replace(/^\d+: /, '')), ['the example does not match ../s.yaml: at /n: must be >= 1']);
  });
});

describe('CDDL checker (JSON reading)', () => {
  // event = { id: tstr, ? tags: [* tstr], kind: "a" / "b", ? n: 1..3, base, * tstr => int }
  // base = ( v: uint )   list = [+ int]   pair = [tstr, int]
  const rules = [
    { Type: 'group', Name: 'event', Properties: [
      { HasCut: true, Occurrence: { n: 1, m: 1 }, Name: 'id', Type: ['tstr'] },
      { HasCut: true, Occurrence: { n: 0, m: 1 }, Name: 'tags', Type: [{ Type: 'array', Values: [{ HasCut: false, Occurrence: { n: 0, m: null }, Name: '', Type: 'tstr' }] }] },
      { HasCut: true, Occurrence: { n: 1, m: 1 }, Name: 'kind', Type: [{ Type: 'literal', Value: 'a' }, { Type: 'literal', Value: 'b' }] },
      { HasCut: true, Occurrence: { n: 0, m: 1 }, Name: 'n', Type: [{ Type: 'range', Value: { Inclusive: true, Min: { Value: 1 }, Max: { Value: 3 } } }] },
      { HasCut: false, Occurrence: { n: 1, m: 1 }, Name: '', Type: [{ Type: 'group', Value: 'base' }] },
      { HasCut: false, Occurrence: { n: 0, m: null }, Name: 'tstr', Type: ['int'] },
    ] },
    { Type: 'group', Name: 'base', Properties: [{ HasCut: true, Occurrence: { n: 1, m: 1 }, Name: 'v', Type: ['uint'] }] },
    { Type: 'array', Name: 'list', Values: [{ HasCut: false, Occurrence: { n: 1, m: null }, Name: '', Type: 'int' }] },
    { Type: 'array', Name: 'pair', Values: [{ HasCut: false, Occurrence: { n: 1, m: 1 }, Name: '', Type: 'tstr' }, { HasCut: false, Occurrence: { n: 1, m: 1 }, Name: '', Type: 'int' }] },
  ] as Assignment[];
  const c = new CddlChecker(rules);

  it('accepts what matches', () => {
    assert.equal(c.check({ id: 'x', kind: 'a', v: 1 }, 'event'), undefined);
    assert.equal(c.check({ id: 'x', kind: 'b', tags: ['p', 'q'], n: 3, v: 0, extra: 5 }, 'event'), undefined);
    assert.equal(c.check([1, 2], 'list'), undefined);
    assert.equal(c.check(['a', 1], 'pair'), undefined);
  });

  it('reports the first mismatch with its path', () => {
    assert.deepEqual(c.check({ kind: 'a', v: 1 }, 'event'), { path: '', message: 'missing the member "id"' });
    assert.deepEqual(c.check({ id: 'x', kind: 'c', v: 1 }, 'event'), { path: '/kind', message: '"c" matches none of "a" / "b"' });
    assert.deepEqual(c.check({ id: 'x', kind: 'a', v: 1, n: 9 }, 'event'), { path: '/n', message: '9 is outside 1..3' });
    assert.deepEqual(c.check({ id: 'x', kind: 'a', v: -1 }, 'event'), { path: '/v', message: 'expected uint, found number -1' });
    assert.deepEqual(c.check({ id: 'x', kind: 'a', v: 1, tags: ['p', 2] }, 'event'), { path: '/tags/1', message: 'expected tstr, found number 2' });
    assert.deepEqual(c.check({ id: 'x', kind: 'a', v: 1, extra: 'no' }, 'event'), { path: '/extra', message: 'expected int, found string "no"' });
    assert.deepEqual(c.check([], 'list'), { path: '', message: 'expected at least 1 item, found 0' });
    assert.deepEqual(c.check(['a'], 'pair'), { path: '', message: 'expected 2 items, found 1' });
    assert.deepEqual(c.check('x', 'event'), { path: '', message: 'expected a map (JSON object), found string "x"' });
  });
});
