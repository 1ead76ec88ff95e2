import { el, text, type RfcElement, type RfcNode } from '../../tree/nodes.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import type { State } from '../state.js';
import { placeIn, readDataFile, splitArgument, type DataFile } from './data-file.js';

/** The fields of an entry, in the order RFC 7942 Section 2 lists them, with their labels. */
const FIELDS: [key: string, label: string][] = [
  ['organization', 'Organization'],
  ['url', 'Website'],
  ['description', 'Description'],
  ['maturity', 'Level of maturity'],
  ['coverage', 'Coverage'],
  ['version', 'Version compatibility'],
  ['licence', 'Licensing'],
  ['experience', 'Implementation experience'],
  ['contact', 'Contact'],
  ['last-updated', 'Last updated'],
];

/** Spellings accepted for the same field. */
const ALIASES: Record<string, string> = { license: 'licence', licensing: 'licence', last_updated: 'last-updated', updated: 'last-updated', website: 'url', organisation: 'organization' };

const KNOWN = ['name', ...FIELDS.map(([k]) => k), ...Object.keys(ALIASES)];

/** Elements whose enclosing section is to be marked `removeInRFC="true"`. */
const MARKERS = new WeakSet<RfcElement>();

function fieldText(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** One entry's definition list, or undefined after reporting what is wrong with it. */
function entry(state: State, file: DataFile, item: unknown, index: number, path: (string | number)[], at: Position | undefined): RfcNode[] | undefined {
  const where = `"${file.name}" entry ${index + 1}${placeIn(file, path)}`;
  const fail = (message: string, hint: string) => { state.reporter.error('implementation-entry', `${where}: ${message}`, at, hint); return undefined; };
  if (!item || typeof item !== 'object' || Array.isArray(item)) return fail('is not a mapping of fields', 'write each implementation as name: …, url: …, description: …');
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(item)) {
    const k = ALIASES[key] ?? key;
    if (!KNOWN.includes(key)) return fail(`has an unknown field "${key}"`, `use only: ${['name', ...FIELDS.map(([f]) => f)].join(', ')}`);
    const v = fieldText(value);
    if (v === undefined) return fail(`field "${key}" is not text (${Array.isArray(value) ? 'a list' : typeof value})`, 'write the field as one line of text');
    fields[k] = v;
  }
  if (!fields.name) return fail('has no "name"', 'give every implementation a name');
  if (fields.url && !/^https?:\/\/\S+$/.test(fields.url)) return fail(`"url" is not an http(s) address: ${fields.url}`, 'write the full address, https://…');
  if (fields['last-updated'] && !/^\d{4}-\d{2}(-\d{2})?$/.test(fields['last-updated'])) {
    return fail(`"last-updated" is not a date: ${fields['last-updated']}`, 'write it as YYYY-MM-DD');
  }
  const items: RfcNode[] = [];
  for (const [key, label] of FIELDS) {
    const v = fields[key];
    if (!v) continue;
    items.push(el('dt', {}, [text(`${label}:`)]), el('dd', {}, key === 'url' ? [el('eref', { target: v })] : [text(v)]));
  }
  return [el('dt', {}, [text(fields.name)]), el('dd', {}, items.length ? [el('dl', { spacing: 'compact' }, items)] : [text('(no details given)')])];
}

/**
 * `{::implementation-status FILE}`: the RFC 7942 boilerplate, then one entry per implementation
 * listed in FILE (YAML or JSON: a list, or a mapping with an `implementations` list). The
 * enclosing section is marked to be removed before publication.
 */
export function implementationStatus(state: State, arg: string, at: Position | undefined, boilerplate: RfcNode[]): RfcNode[] {
  const { file: name } = splitArgument(arg);
  if (!name) {
    state.reporter.error('implementation-status', '{::implementation-status} needs a file', at, 'write {::implementation-status implementations.yaml}');
    return [];
  }
  const file = readDataFile(state, name, at, 'implementation-status');
  if (!file) return [];
  let list = file.data;
  let path: (string | number)[] = [];
  if (list && typeof list === 'object' && !Array.isArray(list) && 'implementations' in list) {
    list = (list as { implementations: unknown }).implementations;
    path = ['implementations'];
  }
  if (!Array.isArray(list)) {
    state.reporter.error('implementation-status', `"${name}" is not a list of implementations`, at,
      'write a YAML list (- name: …) or a JSON array, or put the list under "implementations:"');
    return [];
  }
  const items: RfcNode[] = [];
  list.forEach((item, i) => items.push(...entry(state, file, item, i, [...path, i], at) ?? []));
  const marker = boilerplate.find((n): n is RfcElement => n.type === 'element') ?? el('t', {}, [text('Implementations:')]);
  MARKERS.add(marker);
  const out = boilerplate.includes(marker) ? [...boilerplate] : [...boilerplate, marker];
  if (items.length) out.push(el('dl', { newline: 'true' }, items, at));
  else out.push(el('t', {}, [text('No implementations are known at the time of writing.')]));
  return out;
}

/** Marks each section holding an implementation status list `removeInRFC="true"`. */
export function markRemovedSections(state: State, sections: RfcElement[]): void {
  const walk = (e: RfcElement, section: RfcElement | undefined) => {
    if (MARKERS.has(e) && section) section.attributes.removeInRFC = 'true';
    for (const c of e.children) if (c.type === 'element') walk(c, e.name === 'section' ? e : section);
  };
  for (const s of sections) walk(s, s);
  void state;
}
