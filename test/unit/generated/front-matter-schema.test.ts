/**
 * schemas/front-matter.schema.json describes the kramdown-rfc YAML header draftsmith reads:
 * every such header in the corpus (and our own spec/) validates against it, and it still
 * catches mistakes.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { splitDraft } from '../../../src/index.js';
import { convert, lines, repoRoot, show } from '../helpers.js';

const SCHEMA = join(repoRoot(), 'schemas', 'front-matter.schema.json');
const CORPUS = join(repoRoot(), '..', 'shared', 'corpus');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (/\.(md|mkd)$/.test(name)) out.push(p);
  }
  return out;
}

/** The YAML header of every kramdown-rfc draft in the corpus, the kramdown-rfc examples and spec/. */
function headers(): { file: string; header: unknown }[] {
  const files = [join(CORPUS, 'drafts'), join(CORPUS, 'kramdown-rfc'), join(repoRoot(), 'spec')].flatMap(markdownFiles);
  const out: { file: string; header: unknown }[] = [];
  for (const file of files) {
    const split = splitDraft(readFileSync(file, 'utf8'));
    if (split.header?.format !== 'yaml') continue;
    // As draftsmith reads it: a repeated key (rfc8446bis) is the last one.
    out.push({ file, header: parse(split.header.text, { uniqueKeys: false }) });
  }
  return out;
}

describe('front matter JSON Schema (schemas/front-matter.schema.json)', () => {
  const validate = validator();

  it('every kramdown-rfc YAML header in the corpus and in spec/ is valid', () => {
    const all = headers();
    assert.ok(all.length >= 15, `found only ${all.length} headers`);
    assert.ok(all.some((h) => h.file.includes('spec/draft-draftsmith-metadata.md')));
    const bad = all.flatMap((h) => validate(h.header) ? [] : [`${relative(CORPUS, h.file)}: ${JSON.stringify(validate.errors)}`]);
    assert.deepEqual(bad, []);
  });

  it('still catches mistakes: unknown category, misspelt author key, a list as the title', () => {
    const base = { title: 'T', docname: 'draft-x-y-00', author: [{ name: 'A. Person', email: 'a@example.com' }] };
    assert.equal(validate(base), true, JSON.stringify(validate.errors));
    assert.equal(validate({ ...base, category: 'standardz' }), false);
    assert.match(JSON.stringify(validate.errors), /\/category/);
    assert.equal(validate({ ...base, author: [{ name: 'A', emial: 'a@example.com' }] }), false);
    assert.match(JSON.stringify(validate.errors), /emial/);
    assert.equal(validate({ ...base, title: ['a', 'b'] }), false);
    assert.equal(validate({ ...base, docname: 'not a draft name' }), false);
  });

  it('documents every key draftsmith reads from the header', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
    const reader = readFileSync(join(repoRoot(), 'src', 'metadata', 'kramdown-header.ts'), 'utf8');
    const list = /const KNOWN = new Set\(\[([^\]]*)\]/.exec(reader);
    assert.ok(list, 'cannot find the KNOWN key list in src/metadata/kramdown-header.ts: update this test');
    const known = (list[1].match(/'[^']+'/g) ?? []).map((k) => k.slice(1, -1));
    assert.ok(known.length > 20);
    const missing = known.filter((k) => !(k in schema.properties));
    assert.deepEqual(missing, []);
    for (const [key, p] of Object.entries<{ description?: string }>(schema.properties)) assert.ok(p.description, `${key} has no description`);
  });

  it('a header starting with a yaml-language-server modeline comment still parses', async () => {
    const r = await convert(lines('---', '# yaml-language-server: $schema=../schemas/front-matter.schema.json', 'title: With a Modeline',
      'docname: draft-modeline-00', '--- middle', '', '# A', '', 'Text.'));
    assert.equal(r.failed, false, show(r.diagnostics));
    assert.equal(r.metadata.title, 'With a Modeline');
    assert.equal(r.metadata.docName, 'draft-modeline-00');
    assert.deepEqual(r.diagnostics.filter((d) => /header/.test(d.ruleId)), []);
  });
});
