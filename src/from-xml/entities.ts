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
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/.exec(source);
  if (!doctype) return { text: source, names: [] };
  let subset = doctype[1];
  subset = subset.replace(decl, (m, name: string, _q, a?: string, b?: string) => {
    systems.set(name, a ?? b ?? '');
    return m.replace(/[^\n]/g, ' ');
  });
  if (!systems.size) return { text: source, names: [] };
  const start = doctype.index + doctype[0].indexOf('[') + 1;
  let text = source.slice(0, start) + subset + source.slice(start + doctype[1].length);
  const bodyStart = doctype.index + doctype[0].length;
  const body = text.slice(bodyStart).replace(/&([\w.:-]+);/g, (m, name: string) =>
    systems.has(name) ? `<xi:include href="${systems.get(name)!.replace(/"/g, '&quot;')}"/>` : m);
  text = text.slice(0, bodyStart) + body;
  return { text, names: [...systems.keys()] };
}

/**
 * Internal entities whose value is written with character references (`<!ENTITY nbhy
 * "&#8209;">`, as RFC sources declare them): the references are decoded in the declaration,
 * because the XML parser expands only entity values free of `&` (its guard against nested
 * expansion). Markup characters stay escaped; the text keeps its length in lines.
 */
export function decodeEntityValues(source: string): string {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/.exec(source);
  if (!doctype || !doctype[1].includes('&#')) return source;
  const subset = doctype[1].replace(/(<!ENTITY\s+[\w.:-]+\s+)("[^"]*"|'[^']*')(\s*>)/g, (m, head: string, value: string, tail: string) =>
    head + value.replace(/&#(x[0-9a-fA-F]+|\d+);/g, (ref, n: string) => {
      const code = n[0] === 'x' ? parseInt(n.slice(1), 16) : Number(n);
      const c = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      return c && !'<&"\''.includes(c) ? c : ref;
    }) + tail);
  const start = doctype.index + doctype[0].indexOf('[') + 1;
  return source.slice(0, start) + subset + source.slice(start + doctype[1].length);
}
