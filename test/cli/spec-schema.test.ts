/**
 * spec/ is fed by the implementation (issue 9): the metadata draft's header-key table is
 * generated from schemas/front-matter.schema.json, and its YAML examples name that schema.
 * A change to the schema in a copy of the tree changes the built draft, and `draftsmith diff`
 * shows the change.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { repoRoot } from '../unit/helpers.js';

const SPEC = 'draft-draftsmith-metadata.md';

describe('spec/ built from the front matter schema (CLI)', function () {
  this.timeout(120000);
  const root = repoRoot();
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'draftsmith-spec-'));
    mkdirSync(join(dir, '.git'));
    cpSync(join(root, 'spec'), join(dir, 'spec'), { recursive: true });
    cpSync(join(root, 'schemas'), join(dir, 'schemas'), { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function draftsmith(...args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') };
    delete env.DRAFTSMITH_DEBUG;
    const r = spawnSync(process.execPath, [join(root, 'bin', 'draftsmith.js'), ...args], { cwd: dir, env, encoding: 'utf8' });
    if (r.error) throw r.error;
    return r;
  }

  const build = (out: string) => {
    const r = draftsmith('build', 'spec', '--out-dir', out, '--format', 'xml,text', '--offline');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /error:/);
    const name = readdirSync(join(dir, out)).find((f) => f.endsWith('.txt'))!;
    return { text: readFileSync(join(dir, out, name), 'utf8'), xml: readFileSync(join(dir, out, name.replace(/\.txt$/, '.xml')), 'utf8'), file: join(out, name) };
  };

  it('the draft\'s header-key table follows the schema, and draftsmith diff shows the change', () => {
    const before = build('out-before');
    assert.match(before.xml, /<table anchor="tab-schema-keys">/);
    assert.match(before.xml, /<td><tt>submissiontype<\/tt><\/td>/);
    assert.doesNotMatch(before.text, /status-page/);

    const schemaFile = join(dir, 'schemas', 'front-matter.schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    schema.properties['status-page'] = { type: 'string', format: 'uri', description: 'Where the build status of the draft is shown.' };
    writeFileSync(schemaFile, JSON.stringify(schema, null, 2));

    const after = build('out-after');
    assert.match(after.xml, /<td><tt>status-page<\/tt><\/td>\s*<td>string<\/td>\s*<td>Where the build status of the draft is shown\.<\/td>\s*<td>format "uri"<\/td>/);
    assert.match(after.text, /\|status-page {5}\|string/);

    const diff = draftsmith('diff', before.file, after.file);
    assert.equal(diff.status, 0, diff.stderr);
    assert.match(diff.stdout, /^\+ +\|status-page +\|string +\|Where the +\|format "uri" +\|$/m);
    assert.doesNotMatch(diff.stdout, /^-.*status-page/m);
    const summary = draftsmith('diff', before.file, after.file, '--format', 'summary');
    assert.match(summary.stdout, /Section 4\.1 \(The Header as a JSON Schema\)/);
  });

  it('every YAML example that names a schema is valid against it', () => {
    const source = readFileSync(join(root, 'spec', SPEC), 'utf8');
    const blocks = [...source.matchAll(/^~~~ yaml\n([\s\S]*?)^~~~\n\{:[^}\n]*schema="([^"]+)"[^}\n]*\}$/gm)];
    assert.ok(blocks.length >= 3, `found ${blocks.length} examples with a schema`);
    for (const [, yaml, schemaPath] of blocks) {
      const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
      const validate = ajv.compile(JSON.parse(readFileSync(resolve(dirname(join(root, 'spec', SPEC)), schemaPath), 'utf8')));
      assert.ok(validate(parse(yaml)), `${yaml.split('\n')[0]}…: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('draftsmith check spec/ reports its examples valid, and an example the schema refuses at its line', () => {
    const clean = draftsmith('check', 'spec', '--offline');
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.doesNotMatch(clean.stdout + clean.stderr, /example-schema/);
    const file = join(dir, 'spec', SPEC);
    const source = readFileSync(file, 'utf8');
    const lines = source.split('\n');
    // The first example with a schema: its "category: info" line made invalid.
    const end = lines.findIndex((l) => /schema="\.\.\/schemas\/front-matter\.schema\.json"/.test(l));
    let at = end;
    while (at > 0 && !/^category: /.test(lines[at])) at--;
    assert.ok(at > 0, 'the example has a category');
    lines[at] = 'category: sometimes';
    writeFileSync(file, lines.join('\n'));
    try {
      const broken = draftsmith('check', 'spec', '--offline');
      assert.equal(broken.status, 1);
      assert.match(broken.stdout + broken.stderr, new RegExp(`${SPEC.replace('.', '\\.')}:${at + 1}:1: error: the example does not match \\.\\./schemas/front-matter\\.schema\\.json: at /category: must be equal to one of the allowed values`));
    } finally {
      writeFileSync(file, source);
    }
  });
});
