import { followPointer } from './json-pointer.js';

/** One property of a JSON Schema object, described in words. */
export interface PropertyRow {
  /** Dotted for nested objects: `author.name`; `[]` marks array items: `author[].name`. */
  name: string;
  type: string;
  required: boolean;
  description: string;
  /** enum, const, pattern, format, bounds and default, as words ('' if none). */
  allowed: string;
  /** 0 for the object's own properties, 1 for theirs, … */
  depth: number;
}

type Schema = Record<string, unknown>;

const MAX_DEPTH = 6;

function isSchema(v: unknown): v is Schema {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/**
 * A schema with its local `$ref`s followed and `allOf` parts merged (properties and required
 * names joined; the schema's own keywords win over what it refers to).
 */
export function resolveSchema(schema: unknown, root: unknown, seen: Set<unknown> = new Set()): Schema {
  if (!isSchema(schema)) return schema === true || schema === undefined ? {} : { not: {} };
  let merged: Schema = { ...schema };
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith('#') && !seen.has(ref)) {
    const target = followPointer(root, ref.slice(1));
    if ('value' in target) {
      const base = resolveSchema(target.value, root, new Set([...seen, ref]));
      merged = mergeSchemas(base, schema);
    }
    delete merged.$ref;
  }
  if (Array.isArray(merged.allOf)) {
    const parts = merged.allOf.map((p) => resolveSchema(p, root, seen));
    delete merged.allOf;
    merged = mergeSchemas(parts.reduce<Schema>((acc, part) => mergeSchemas(acc, part), {}), merged);
  }
  return merged;
}

function mergeSchemas(base: Schema, over: Schema): Schema {
  const out: Schema = { ...base, ...over };
  if (isSchema(base.properties) || isSchema(over.properties)) out.properties = { ...(base.properties as Schema), ...(over.properties as Schema) };
  if (Array.isArray(base.required) || Array.isArray(over.required)) {
    out.required = [...new Set([...(base.required as string[] ?? []), ...(over.required as string[] ?? [])])];
  }
  return out;
}

/** True when the (resolved) schema describes an object with named properties. */
export function hasProperties(schema: Schema): boolean {
  return isSchema(schema.properties) && Object.keys(schema.properties).length > 0;
}

/** The alternatives of a oneOf/anyOf, resolved. */
function alternatives(s: Schema, root: unknown): Schema[] {
  const alts = [...(Array.isArray(s.oneOf) ? s.oneOf : []), ...(Array.isArray(s.anyOf) ? s.anyOf : [])];
  return alts.map((a) => resolveSchema(a, root));
}

/** The type of a schema in words: "string", "array of string", "string or array of string". */
export function typeWords(schema: Schema, root: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) return 'any';
  const words: string[] = [];
  const add = (w: string) => { if (w && !words.includes(w)) words.push(w); };
  const one = (t: string) => {
    if (t === 'array') {
      const items = resolveSchema(schema.items, root);
      const inner = Object.keys(items).length ? typeWords(items, root, depth + 1) : '';
      add(inner && inner !== 'any' ? `array of ${inner.includes(' or ') ? `(${inner})` : inner}` : 'array');
    } else add(t);
  };
  if (typeof schema.type === 'string') one(schema.type);
  else if (Array.isArray(schema.type)) schema.type.forEach((t) => typeof t === 'string' && one(t));
  // Alternatives' words are split so that "string or object" twice gives each once.
  for (const alt of alternatives(schema, root)) typeWords(alt, root, depth + 1).split(/ or (?![^(]*\))/).forEach(add);
  if (!words.length) {
    const values = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : [];
    for (const v of values) add(v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
    if (!words.length && hasProperties(schema)) add('object');
  }
  return words.join(' or ') || 'any';
}

/**
 * A value as written in prose: a string that is one plain word (and could not be read as a
 * number, boolean or null) stands bare, as `info`; other strings are quoted, as `"a b"`.
 */
function literal(v: unknown): string {
  if (typeof v !== 'string') return JSON.stringify(v);
  const bare = /^[A-Za-z_][\w.+-]*$/.test(v) && !/^(true|false|null)$/.test(v);
  return bare ? v : JSON.stringify(v);
}

function range(min: unknown, max: unknown, unit: string): string {
  const lo = typeof min === 'number' ? min : undefined;
  const hi = typeof max === 'number' ? max : undefined;
  const u = unit ? ` ${unit}` : '';
  if (lo !== undefined && hi !== undefined) return lo === hi ? `exactly ${lo}${u}` : `${lo} to ${hi}${u}`;
  if (lo !== undefined) return `at least ${lo}${u}`;
  if (hi !== undefined) return `at most ${hi}${u}`;
  return '';
}

/** What values a schema allows, in words ('' when it says nothing beyond its type). */
export function allowedWords(schema: Schema, root: unknown, depth = 0): string {
  const parts: string[] = [];
  if ('const' in schema) parts.push(`exactly ${literal(schema.const)}`);
  if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.map(literal).join(', ')}`);
  if (typeof schema.pattern === 'string') parts.push(`matching the pattern ${schema.pattern}`);
  if (typeof schema.format === 'string') parts.push(`format "${schema.format}"`);
  const bounds = range(schema.minimum, schema.maximum, '');
  if (bounds) parts.push(bounds);
  if (typeof schema.exclusiveMinimum === 'number') parts.push(`greater than ${schema.exclusiveMinimum}`);
  if (typeof schema.exclusiveMaximum === 'number') parts.push(`less than ${schema.exclusiveMaximum}`);
  if (typeof schema.multipleOf === 'number') parts.push(`a multiple of ${schema.multipleOf}`);
  const length = range(schema.minLength, schema.maxLength, 'characters');
  if (length) parts.push(length);
  const items = range(schema.minItems, schema.maxItems, 'items');
  if (items) parts.push(items);
  if (schema.uniqueItems === true) parts.push('no duplicates');
  if (depth < MAX_DEPTH && isSchema(schema.items)) {
    const each = allowedWords(resolveSchema(schema.items, root), root, depth + 1);
    if (each) parts.push(`each item ${each}`);
  }
  if (depth < MAX_DEPTH) {
    for (const alt of alternatives(schema, root)) {
      const w = allowedWords(alt, root, depth + 1);
      if (w && !parts.includes(w)) parts.push(w);
    }
  }
  if ('default' in schema) parts.push(`default ${literal(schema.default)}`);
  return parts.join('; ');
}

/**
 * The object schema nested under a property, if any, and how its names are joined: directly
 * (`a.b`), or through array items (`a[].b`).
 */
function nestedObject(schema: Schema, root: unknown, depth = 0): { schema: Schema; join: string } | undefined {
  if (hasProperties(schema)) return { schema, join: '.' };
  if (depth >= MAX_DEPTH) return undefined;
  if (isSchema(schema.items)) {
    const inner = nestedObject(resolveSchema(schema.items, root), root, depth + 1);
    if (inner) return { schema: inner.schema, join: '[]' + inner.join };
  }
  for (const alt of alternatives(schema, root)) {
    const found = nestedObject(alt, root, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The rows describing an object schema's properties in order; a property whose value is an
 * object (or array of objects) with properties is followed by rows for those, with dotted names.
 */
export function propertyRows(object: Schema, root: unknown, prefix = '', path: Set<Schema> = new Set()): PropertyRow[] {
  const rows: PropertyRow[] = [];
  const required = new Set(Array.isArray(object.required) ? object.required : []);
  const properties = isSchema(object.properties) ? object.properties : {};
  for (const [key, raw] of Object.entries(properties)) {
    const schema = resolveSchema(raw, root);
    const name = prefix + key;
    rows.push({
      name,
      type: typeWords(schema, root),
      required: required.has(key),
      description: typeof schema.description === 'string' ? schema.description.trim()
        : typeof schema.title === 'string' ? schema.title.trim() : '',
      allowed: allowedWords(schema, root),
      depth: path.size,
    });
    const nested = nestedObject(schema, root);
    if (nested && !path.has(nested.schema) && path.size < MAX_DEPTH && !isRepeat(nested.schema, path)) {
      rows.push(...propertyRows(nested.schema, root, name + nested.join, new Set([...path, nested.schema])));
    }
  }
  return rows;
}

/** A recursive definition resolves to a fresh copy each time: compare by its properties. */
function isRepeat(schema: Schema, path: Set<Schema>): boolean {
  const key = JSON.stringify(Object.keys(schema.properties as Schema));
  return [...path].some((p) => p.properties === schema.properties || JSON.stringify(Object.keys(p.properties as Schema)) === key);
}
