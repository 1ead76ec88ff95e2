import { strict as assert } from 'node:assert';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { findAll, findOne, convert, errors, lines, show, withRule } from '../helpers.js';
import { isElement, textContent, type RfcElement } from '../../../src/tree/nodes.js';
import { tempRepo, schemaProblems, type TempRepo } from './repo.js';

const kramdown = (...body: string[]) => lines('---', 'title: T', '--- middle', '', '# A', '', ...body);
const mmark = (...body: string[]) => lines('%%%', 'title = "T"', '%%%', '', '{mainmatter}', '', '# A', '', ...body);
const BODY = 7;

const EVENT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: {
    Event: {
      type: 'object',
      title: 'Event Fields',
      required: ['id', 'kind'],
      properties: {
        id: { type: 'string', format: 'uuid', description: 'Unique identifier of the event' },
        kind: { enum: ['alert', 'info'], description: 'What happened' },
        score: { type: 'integer', minimum: 0, maximum: 100, description: 'Severity' },
        tags: { type: 'array', items: { type: 'string', pattern: '^[a-z]+$' }, uniqueItems: true, maxItems: 8 },
        version: { const: 2 },
        label: { type: 'string', enum: ['two words', '2', 'true', 'plain'], default: 'x y' },
        source: { $ref: '#/$defs/Source', description: 'Where it came from' },
        sightings: { type: 'array', items: { $ref: '#/$defs/Sighting' } },
      },
    },
    Source: { type: 'object', required: ['host'], properties: { host: { type: 'string', description: 'Host name', maxLength: 253 }, port: { type: ['integer', 'null'], default: 443 } } },
    Sighting: { allOf: [{ $ref: '#/$defs/Stamp' }, { type: 'object', required: ['by'], properties: { by: { type: 'string' } } }] },
    Stamp: { type: 'object', required: ['at'], properties: { at: { type: 'string', format: 'date-time' } } },
    Name: { type: 'string' },
    Tree: { type: 'object', properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/Tree' } } } },
  },
};

const YAML_SCHEMA = lines(
  'type: object',
  'required: [name]',
  'properties:',
  '  name:',
  '    type: string',
  '    description: Display name',
  '  colour:',
  '    enum: [red, green]',
);

/** The table's rows as arrays of cell texts. */
function cells(table: RfcElement): string[][] {
  return findAll(table, 'tr').map((tr) => tr.children.filter((c): c is RfcElement => isElement(c)).map((c) => textContent(c)));
}

describe('schema to prose: {::schema-table} and {::schema-list} (issue 9)', () => {
  let repo: TempRepo;
  const draft = () => join(repo.dir, 'draft.md');
  const run = (source: string) => convert(source, { file: draft(), allowMissingRefs: true });

  before(() => {
    repo = tempRepo({
      'schemas/event.json': JSON.stringify(EVENT_SCHEMA, null, 2),
      'schemas/thing.yaml': YAML_SCHEMA,
      'schemas/broken.json': '{\n  "type": "object",\n  "properties": {,\n}\n',
    });
  });
  after(() => repo.remove());

  it('renders an object\'s properties as a table: name, type, required, description, allowed values', async () => {
    const r = await run(kramdown('{::schema-table schemas/event.json#/$defs/Event}'));
    assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
    const table = findOne(r.document.root, 'table');
    assert.equal(textContent(findOne(table, 'name')), 'Event Fields');
    assert.deepEqual(cells(table), [
      ['Name', 'Type', 'Required', 'Description', 'Allowed values'],
      ['id', 'string', 'yes', 'Unique identifier of the event', 'format "uuid"'],
      ['kind', 'string', 'yes', 'What happened', 'one of alert, info'],
      ['score', 'integer', 'no', 'Severity', '0 to 100'],
      ['tags', 'array of string', 'no', '', 'at most 8 items; no duplicates; each item matching the pattern ^[a-z]+$'],
      ['version', 'integer', 'no', '', 'exactly 2'],
      ['label', 'string', 'no', '', 'one of "two words", "2", "true", plain; default "x y"'],
      ['source', 'object', 'no', 'Where it came from', ''],
      ['source.host', 'string', 'yes', 'Host name', 'at most 253 characters'],
      ['source.port', 'integer or null', 'no', '', 'default 443'],
      ['sightings', 'array of object', 'no', '', ''],
      ['sightings[].at', 'string', 'yes', '', 'format "date-time"'],
      ['sightings[].by', 'string', 'yes', '', ''],
    ]);
    assert.ok(findAll(table, 'tt').length === 12, 'names are <tt>');
    assert.deepEqual(r.includes, [realpathSync(join(repo.dir, 'schemas/event.json'))], 'the schema is a build dependency');
    assert.equal(schemaProblems(r, repo.dir), '');
  });

  it('nested="no" leaves out nested objects\' properties; anchor= and title= name the table', async () => {
    const r = await run(kramdown('{::schema-table schemas/event.json#/$defs/Event nested="no" anchor="event-table" title="The Event"}', '', 'See {{event-table}}.'));
    const table = findOne(r.document.root, 'table');
    assert.equal(table.attributes.anchor, 'event-table');
    assert.equal(textContent(findOne(table, 'name')), 'The Event');
    assert.equal(cells(table).length, 9);
    assert.equal(findOne(r.document.root, 'xref').attributes.target, 'event-table');
    assert.deepEqual(errors(r.diagnostics), []);
  });

  it('a recursive definition stops instead of looping', async () => {
    const r = await run(kramdown('{::schema-table schemas/event.json#/$defs/Tree}'));
    assert.deepEqual(cells(findOne(r.document.root, 'table')).map((c) => c[0]), ['Name', 'label', 'children', 'children[].label', 'children[].children']);
  });

  it('renders a definition list, from YAML, in an mmark draft too', async () => {
    const r = await run(mmark('Before.', '', '{::schema-list schemas/thing.yaml}', '', 'After.'));
    assert.deepEqual(errors(r.diagnostics), [], show(r.diagnostics));
    const dl = findOne(r.document.root, 'dl');
    const kids = dl.children.filter((c): c is RfcElement => isElement(c)).map((c) => `${c.name}: ${textContent(c)}`);
    assert.deepEqual(kids, [
      'dt: name', 'dd: string, required. Display name.',
      'dt: colour', 'dd: string, optional. Allowed values: one of red, green.',
    ]);
    assert.equal(schemaProblems(r, repo.dir), '');
  });

  it('a missing file is an error at the directive\'s line and column', async () => {
    const r = await run(kramdown('Text.', '', '{::schema-table schemas/nope.json#/$defs/Event}'));
    assert.equal(r.failed, true);
    const d = withRule(r.diagnostics, 'schema-missing');
    assert.equal(d.length, 1, show(r.diagnostics));
    assert.match(d[0].message, /"schemas\/nope\.json": no such file/);
    assert.deepEqual([d[0].file, d[0].line, d[0].column], [draft(), BODY + 2, 1]);
  });

  it('a pointer to nothing names what is there', async () => {
    const r = await run(kramdown('{::schema-table schemas/event.json#/$defs/Evnt}'));
    const d = withRule(r.diagnostics, 'schema-pointer');
    assert.equal(d.length, 1, show(r.diagnostics));
    assert.match(d[0].message, /"Evnt" not found at "\/\$defs".*"Event"/);
    assert.equal(d[0].line, BODY);
    const notPointer = await run(kramdown('{::schema-table schemas/event.json#Event}'));
    assert.match(withRule(notPointer.diagnostics, 'schema-pointer')[0]?.message ?? '', /not a JSON pointer/);
  });

  it('a schema that is not an object with properties is an error', async () => {
    const r = await run(mmark('{::schema-table schemas/event.json#/$defs/Name}'));
    const d = withRule(r.diagnostics, 'schema-not-object');
    assert.equal(d.length, 1, show(r.diagnostics));
    assert.match(d[0].message, /type string with no properties/);
    assert.deepEqual([d[0].line, d[0].column], [9, 1]);
  });

  it('a syntax error in the schema file names its line', async () => {
    const r = await run(kramdown('{::schema-list schemas/broken.json}'));
    const d = withRule(r.diagnostics, 'schema-syntax');
    assert.equal(d.length, 1, show(r.diagnostics));
    assert.match(d[0].message, /"schemas\/broken\.json" line 3/);
    assert.equal(d[0].line, BODY);
  });

  it('a schema outside the repository is refused', async () => {
    const other = tempRepo({ 's.json': JSON.stringify(EVENT_SCHEMA) });
    try {
      const r = await run(kramdown(`{::schema-table ${join(other.dir, 's.json')}#/$defs/Event}`));
      assert.equal(withRule(r.diagnostics, 'schema-outside').length, 1, show(r.diagnostics));
      assert.equal(findAll(r.document.root, 'table').length, 0);
    } finally {
      other.remove();
    }
  });

  it('a draft not read from a file says it cannot find the schema', async () => {
    const r = await convert(kramdown('{::schema-table schemas/event.json}'), { file: undefined });
    assert.equal(withRule(r.diagnostics, 'schema-no-file').length, 1, show(r.diagnostics));
  });
});

describe('schema to prose on hostile schemas', () => {
  const NASTY: unknown[] = [
    { $defs: { L: { type: 'array', items: { $ref: '#/$defs/L' } } }, type: 'object', properties: { l: { $ref: '#/$defs/L' } } },
    { $defs: { A: { allOf: [{ $ref: '#/$defs/A' }], properties: { a: { $ref: '#/$defs/A' } } } }, $ref: '#/$defs/A' },
    { type: 'object', properties: { x: { $ref: '#/nowhere' }, y: { $ref: 'https://example.com/other.json' }, z: false, w: true, v: 7 } },
    { type: 'object', properties: { deep: { oneOf: [{ anyOf: [{ oneOf: [{ items: { items: { items: { properties: { q: {} } } } } }] }] }] } } },
    { type: 'object', properties: { e: { enum: [null, [1], { a: 1 }, 'x"y'] }, c: { const: { k: [] } }, m: { minimum: 'a', maxLength: null } } },
  ];

  it('never throws, and always yields a table or an error', async () => {
    const repo = tempRepo();
    try {
      for (const [i, schema] of NASTY.entries()) {
        repo.write(`s${i}.json`, JSON.stringify(schema));
        const r = await convert(lines('---', 'title: T', '--- middle', '', '# A', '', `{::schema-table s${i}.json}`), { file: join(repo.dir, 'd.md') });
        assert.ok(findAll(r.document.root, 'table').length === 1 || errors(r.diagnostics).length > 0, `schema ${i}: ${show(r.diagnostics)}`);
      }
    } finally {
      repo.remove();
    }
  });
});
