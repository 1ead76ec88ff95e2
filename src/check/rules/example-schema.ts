import type { ErrorObject, ValidateFunction } from 'ajv';
import type * as AjvModule from 'ajv';
import type * as Ajv2020Module from 'ajv/dist/2020.js';
import { lazy } from '../../util/lazy.js';
import { textContent, type RfcElement } from '../../tree/nodes.js';
import { exampleLine, lineOfMember, parseData, readNamedFile } from '../examples.js';
import type { CheckContext, Report, Rule } from '../rule.js';
import { elementsNamed } from './util.js';

/** At most this many schema errors are reported per example (the first ones say the most). */
const MAX_ERRORS = 5;

/**
 * Compiled validators by schema file and pointer, for one check run: a draft's examples often
 * share a schema.
 */
// ajv (a hundred files) loads only for a document with a schema= example.
const ajv07 = lazy<typeof AjvModule>(import.meta.url, 'ajv');
const ajv2020 = lazy<typeof Ajv2020Module>(import.meta.url, 'ajv/dist/2020.js');

type Compiled = { validate: ValidateFunction } | { error: string };

/** An example that names a JSON Schema (`schema="schemas/event.json#/$defs/Event"`) satisfies it. */
export const exampleSchema: Rule = {
  id: 'example-schema',
  description: 'a JSON or YAML example that names a JSON Schema is valid against it',
  severity: 'error',
  docs: 'Give a sourcecode block of type json or yaml a `schema` attribute naming a JSON Schema file, with an optional '
    + 'JSON pointer to one definition (kramdown-rfc: `{: schema="schemas/event.json#/$defs/Event"}` after the block). '
    + 'The example is validated with ajv (draft 2020-12 when the schema says so, else draft-07) and every violation '
    + 'is reported at the example\'s line, so examples cannot drift from the schema the implementation uses. The file '
    + 'is found relative to the file the example is written in, and must be in the repository.',
  run(ctx, report) {
    const cache = new Map<string, Compiled>();
    for (const e of elementsNamed(ctx.document.root, 'sourcecode')) {
      const reference = e.data?.schema;
      if (reference) checkExample(ctx, e, reference, cache, report);
    }
  },
};

function checkExample(ctx: CheckContext, e: RfcElement, reference: string, cache: Map<string, Compiled>, report: Report): void {
  const type = (e.attributes.type ?? '').toLowerCase();
  const yaml = type === 'yaml' || type === 'yml';
  const text = textContent(e);
  if (!yaml && type !== 'json') {
    report(`only json and yaml examples can be checked against a schema, not "${type || 'untyped'}" ones`, e, 'give the block the type json or yaml');
    return;
  }
  let data: unknown;
  try {
    data = parseData(text, yaml);
  } catch (err) {
    // json-sourcecode reports JSON that does not parse; a YAML one is reported here.
    if (yaml) report(`the YAML example does not parse: ${(err as Error).message.split('\n')[0]}`, e, 'fix the example');
    return;
  }
  const file = readNamedFile(ctx, e, reference);
  if ('error' in file) {
    report(`the example's schema: ${file.error}`, e, file.hint);
    return;
  }
  const key = `${file.path}#${file.fragment}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compile(file.path, file.text, file.fragment);
    cache.set(key, compiled);
  }
  if ('error' in compiled) {
    report(`the example's schema ${reference}: ${compiled.error}`, e, 'fix the schema or the pointer after #');
    return;
  }
  if (compiled.validate(data)) return;
  const errors = compiled.validate.errors ?? [];
  for (const err of errors.slice(0, MAX_ERRORS)) {
    // An unexpected property is best shown where it is, not at the object holding it.
    const extra = err.keyword === 'additionalProperties' ? `/${(err.params as { additionalProperty: string }).additionalProperty}` : '';
    report(`the example does not match ${reference}: ${describe(err)}`, exampleLine(ctx, e, lineOfMember(text, err.instancePath + extra)) ?? e,
      'fix the example, or the schema if the example is right');
  }
  if (errors.length > MAX_ERRORS) report(`… and ${errors.length - MAX_ERRORS} more schema errors in this example`, e);
}

function compile(path: string, text: string, pointer: string): Compiled {
  let schema: Record<string, unknown>;
  try {
    schema = parseData(text, /\.ya?ml$/i.test(path)) as Record<string, unknown>;
  } catch (err) {
    return { error: `${path} does not parse: ${(err as Error).message.split('\n')[0]}` };
  }
  if (typeof schema !== 'object' || schema === null) return { error: `${path} is not a JSON Schema object` };
  const modern = typeof schema.$schema === 'string' && /2019-09|2020-12/.test(schema.$schema);
  // Formats are not checked (that needs ajv-formats); unknown keywords are allowed, as many schemas carry their own.
  const options = { allErrors: true, strict: false, validateFormats: false };
  const ajv = modern ? new (ajv2020().Ajv2020)(options) : new (ajv07().Ajv)(options);
  if (pointer && resolvePointer(schema, pointer) === undefined) return { error: `#${pointer} points at nothing in ${path}` };
  const id = 'draftsmith:example-schema';
  try {
    ajv.addSchema({ ...schema, $id: id });
    const validate = ajv.compile({ $ref: `${id}#${pointer}` });
    return { validate };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** An ajv error in words: "at /author/0: must have required property 'name'". */
function describe(err: ErrorObject): string {
  const where = err.instancePath || '/';
  const extra = err.keyword === 'enum' ? ` (${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
    : err.keyword === 'additionalProperties' ? ` ("${(err.params as { additionalProperty: string }).additionalProperty}")` : '';
  return `at ${where}: ${err.message}${extra}`;
}

/** The value a JSON pointer (`/$defs/Event`) names in a document, or undefined. */
function resolvePointer(doc: unknown, pointer: string): unknown {
  let at = doc;
  for (const part of pointer.split('/').slice(1).map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (typeof at !== 'object' || at === null || !(part in at)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}
