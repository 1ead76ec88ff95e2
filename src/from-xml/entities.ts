/** A DOCTYPE's internal subset: its text, where it starts, and where the DOCTYPE ends. */
interface Subset {
  text: string;
  start: number;
  end: number;
}

function internalSubset(source: string): Subset | undefined {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/.exec(source);
  if (!doctype) return undefined;
  return { text: doctype[1], start: doctype.index + doctype[0].indexOf('[') + 1, end: doctype.index + doctype[0].length };
}

/** `source` up to the end of its DOCTYPE, with the subset replaced by `text` (same length in lines). */
function headWith(source: string, subset: Subset, text: string): string {
  return source.slice(0, subset.start) + text + source.slice(subset.start + subset.text.length, subset.end);
}

/** A declaration blanked in place: spaces, its line breaks kept, so line numbers stay. */
function blank(declaration: string): string {
  return declaration.replace(/[^\n]/g, ' ');
}

/**
 * External entities (`<!ENTITY RFC2119 SYSTEM "https://…/reference.RFC.2119.xml">`) are never
 * fetched. v2 drafts use them to pull in bibxml entries, so each use `&RFC2119;` becomes an
 * `<xi:include>` of the same address, which the reference cache resolves by file name.
 * Declarations are blanked in place so that line numbers stay those of the file.
 */
export function externalEntitiesToIncludes(source: string): { text: string; names: string[] } {
  // xml2rfc's own entity for the document's RFC number, which documents use undeclared.
  if (source.includes('&rfc.number;')) {
    const number = /<rfc\b[^>]*\bnumber\s*=\s*["'](\d+)["']/.exec(source)?.[1] ?? 'XXXX';
    source = source.replace(/&rfc\.number;/g, number);
  }
  const systems = new Map<string, string>();
  const decl = /<!ENTITY\s+([\w.:-]+)\s+(?:SYSTEM|PUBLIC\s+"[^"]*")\s+("([^"]*)"|'([^']*)')\s*>/g;
  const subset = internalSubset(source);
  if (!subset) return { text: source, names: [] };
  const text = subset.text.replace(decl, (m, name: string, _q, a?: string, b?: string) => {
    systems.set(name, a ?? b ?? '');
    return blank(m);
  });
  if (!systems.size) return { text: source, names: [] };
  const body = source.slice(subset.end).replace(/&([\w.:-]+);/g, (m, name: string) =>
    systems.has(name) ? `<xi:include href="${systems.get(name)!.replace(/"/g, '&quot;')}"/>` : m);
  return { text: headWith(source, subset, text) + body, names: [...systems.keys()] };
}

/**
 * Internal entities whose value is written with character references (`<!ENTITY nbhy
 * "&#8209;">`, as RFC sources declare them): the references are decoded in the declaration,
 * because the XML parser expands only entity values free of `&` (its guard against nested
 * expansion). Markup characters stay escaped; the text keeps its length in lines.
 */
export function decodeEntityValues(source: string): string {
  const subset = internalSubset(source);
  if (!subset || !subset.text.includes('&#')) return source;
  const text = subset.text.replace(/(<!ENTITY\s+[\w.:-]+\s+)("[^"]*"|'[^']*')(\s*>)/g, (m, head: string, value: string, tail: string) =>
    head + value.replace(/&#(x[0-9a-fA-F]+|\d+);/g, (ref, n: string) => {
      const code = n[0] === 'x' ? parseInt(n.slice(1), 16) : Number(n);
      const c = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      return c && !'<&"\''.includes(c) ? c : ref;
    }) + tail);
  return headWith(source, subset, text) + source.slice(subset.end);
}

/** The most text entity expansion may add to a document: more is refused (billion laughs). */
const MAX_EXPANSION = 1_000_000;
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

export class EntityExpansionError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/**
 * Internal general entities (`<!ENTITY MUST "<bcp14>MUST</bcp14>">`, as the HTTP drafts
 * declare them) are expanded in the text before parsing, markup included, as an XML parser
 * would. Their declarations are blanked (line numbers stay). Expansion is bounded: an entity
 * that refers to itself, or expansion adding more than a million characters, is refused with an
 * `EntityExpansionError` at the use that crossed the line. External entities are not touched
 * (see `externalEntitiesToIncludes`); an undeclared name is left for the parser to report.
 */
export function expandInternalEntities(source: string): string {
  const subset = internalSubset(source);
  if (!subset) return source;
  const values = new Map<string, string>();
  const decl = /<!ENTITY\s+([\w.:-]+)\s+("([^"]*)"|'([^']*)')\s*>/g;
  const text = subset.text.replace(decl, (m, name: string, _q, a?: string, b?: string) => {
    if (!PREDEFINED.has(name)) values.set(name, a ?? b ?? '');
    return blank(m);
  });
  if (!values.size) return source;
  let budget = MAX_EXPANSION;
  const expand = (text: string, offset: number, active: string[]): string =>
    text.replace(/&([\w.:-]+);/g, (m, name: string) => {
      const value = values.get(name);
      if (value === undefined) return m;
      if (active.includes(name)) throw new EntityExpansionError(`the entity "${name}" refers to itself`, offset);
      const out = expand(value, offset, [...active, name]);
      budget -= out.length;
      if (budget < 0) throw new EntityExpansionError('entity expansion would add more than a million characters (refused)', offset);
      return out;
    });
  const body = source.slice(subset.end).replace(/&([\w.:-]+);/g, (m, name: string, at: number) =>
    values.has(name) ? expand(m, subset.end + at, []) : m);
  return headWith(source, subset, text) + body;
}

/** Entities of xml2rfc's own entity file (rfc2629-xhtml.ent) that HTML does not define. */
const XML2RFC_ENTITIES: Record<string, string> = { nbhy: '\u2011', wj: '\u2060', zwsp: '\u200b' };

/**
 * `&nbhy;`, `&wj;` and `&zwsp;` used without a declaration, as documents that name xml2rfc's
 * entity file in their DOCTYPE do (elements.xml): replaced by their characters. A document that
 * declares them itself keeps its own values.
 */
export function xml2rfcEntities(source: string): string {
  if (!/&(?:nbhy|wj|zwsp);/.test(source)) return source;
  const declared = new Set([...source.matchAll(/<!ENTITY\s+([\w.:-]+)/g)].map((m) => m[1]));
  return source.replace(/&(nbhy|wj|zwsp);/g, (m, name: string) => (declared.has(name) ? m : XML2RFC_ENTITIES[name]));
}
