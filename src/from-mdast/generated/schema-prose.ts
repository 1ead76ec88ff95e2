import { el, text, type RfcElement, type RfcNode } from '../../tree/nodes.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import { defineAnchor, type State } from '../state.js';
import { readDataFile, splitArgument } from './data-file.js';
import { followPointer } from './json-pointer.js';
import { hasProperties, propertyRows, resolveSchema, typeWords, type PropertyRow } from './schema-rows.js';

const USAGE = 'write {::schema-table FILE#/json/pointer} (or schema-list), e.g. {::schema-table schemas/event.json#/$defs/Event}';

/** The rows of the object schema a `FILE#/pointer` argument names, or undefined after an error. */
function schemaRows(state: State, arg: string, at: Position | undefined, directive: string): { rows: PropertyRow[]; title?: string; options: Record<string, string> } | undefined {
  const { file, fragment, options } = splitArgument(arg);
  if (!file) {
    state.reporter.error('schema-directive', `{::${directive}} needs a schema file`, at, USAGE);
    return undefined;
  }
  const data = readDataFile(state, file, at, 'schema');
  if (!data) return undefined;
  const found = followPointer(data.data, fragment);
  if ('error' in found) {
    state.reporter.error('schema-pointer', `in "${file}": ${found.error}`, at, 'point at an object schema, e.g. #/$defs/Name or #/properties/name');
    return undefined;
  }
  const schema = resolveSchema(found.value, data.data);
  if (!hasProperties(schema)) {
    const what = found.value && typeof found.value === 'object' ? `a schema of type ${typeWords(schema, data.data)} with no properties` : `not a schema (${JSON.stringify(found.value)?.slice(0, 40)})`;
    state.reporter.error('schema-not-object', `"${file}#${fragment}" is ${what}`, at,
      'point at an object schema that has "properties"');
    return undefined;
  }
  const title = typeof schema.title === 'string' ? schema.title : undefined;
  const rows = propertyRows(schema, data.data);
  // nested="no": the object's own properties only.
  return { rows: options.nested === 'no' ? rows.filter((r) => r.depth === 0) : rows, title, options };
}

function sentence(s: string): string {
  const t = s.trim();
  return !t || /[.!?]$/.test(t) ? t : t + '.';
}

/** `anchor="…"` and `title="…"` given after the address. */
function frame(state: State, options: Record<string, string>, title: string | undefined, at: Position | undefined): { attributes: Record<string, string>; name: RfcNode[] } {
  const attributes: Record<string, string> = {};
  if (options.anchor) {
    attributes.anchor = options.anchor;
    defineAnchor(state, options.anchor, at);
  }
  const caption = options.title ?? title;
  return { attributes, name: caption ? [el('name', {}, [text(caption)])] : [] };
}

const COLUMNS: Record<string, { heading: string; cell: (r: PropertyRow) => RfcNode[] }> = {
  name: { heading: 'Name', cell: (r) => [el('tt', {}, [text(r.name)])] },
  type: { heading: 'Type', cell: (r) => [text(r.type)] },
  required: { heading: 'Required', cell: (r) => [text(r.required ? 'yes' : 'no')] },
  description: { heading: 'Description', cell: (r) => r.description ? [text(r.description)] : [] },
  allowed: { heading: 'Allowed values', cell: (r) => r.allowed ? [text(r.allowed)] : [] },
};

/** `columns="name,type,description"`: which columns, in which order (default: all five). */
function tableColumns(state: State, option: string | undefined, at: Position | undefined): string[] {
  const all = Object.keys(COLUMNS);
  if (!option) return all;
  const asked = option.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean);
  const unknown = asked.filter((c) => !all.includes(c));
  if (unknown.length || !asked.length) {
    state.reporter.warn('schema-directive', `unknown table column${unknown.length === 1 ? '' : 's'} "${unknown.join('", "')}"; all columns are shown`, at,
      `columns= takes a comma-separated choice of ${all.join(', ')}`);
    return all;
  }
  return asked;
}

/** `{::schema-table FILE#/pointer}`: the object's properties as a table. */
export function schemaTable(state: State, arg: string, at: Position | undefined): RfcNode[] {
  const found = schemaRows(state, arg, at, 'schema-table');
  if (!found) return [];
  const { attributes, name } = frame(state, found.options, found.title, at);
  const columns = tableColumns(state, found.options.columns, at);
  const head = el('tr', {}, columns.map((c) => el('th', {}, [text(COLUMNS[c].heading)])));
  const body = found.rows.map((r) => el('tr', {}, columns.map((c) => el('td', {}, COLUMNS[c].cell(r)))));
  return [el('table', attributes, [...name, el('thead', {}, [head]), el('tbody', {}, body)], at)];
}

/** `{::schema-list FILE#/pointer}`: the object's properties as a definition list. */
export function schemaList(state: State, arg: string, at: Position | undefined): RfcNode[] {
  const found = schemaRows(state, arg, at, 'schema-list');
  if (!found) return [];
  const { attributes } = frame(state, found.options, undefined, at);
  const items: RfcElement[] = [];
  for (const r of found.rows) {
    const words = [`${r.type}, ${r.required ? 'required' : 'optional'}.`, sentence(r.description),
      r.allowed ? `Allowed values: ${sentence(r.allowed)}` : ''].filter(Boolean).join(' ');
    items.push(el('dt', {}, [el('tt', {}, [text(r.name)])]), el('dd', {}, [text(words)]));
  }
  return [el('dl', attributes, items, at)];
}
