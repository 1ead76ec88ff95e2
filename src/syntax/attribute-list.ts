/**
 * Attribute lists as both dialects write them: kramdown IALs `{: #id .class key="v" ref}`,
 * kramdown ALD definitions `{:name: key="v"}`, and mmark block attributes `{#id .class key=v}`.
 */
export interface AttributeList {
  id?: string;
  classes: string[];
  attributes: Record<string, string>;
  /** Names of kramdown attribute list definitions referenced (`{:unnumbered}`). */
  references: string[];
}

const TOKEN = /\s*(?:#([^\s"'{}#.]+)|\.([^\s"'{}#.=][^\s"'{}=]*)|([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))|([A-Za-z_][\w-]*))/y;

/** Parses the inside of an attribute list; undefined when it is not one. */
export function parseAttributeList(inner: string): AttributeList | undefined {
  const out: AttributeList = { classes: [], attributes: {}, references: [] };
  TOKEN.lastIndex = 0;
  let pos = 0;
  const s = inner.replace(/\s+/g, ' ').trim();
  while (pos < s.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(s);
    if (!m || m[0].length === 0) return undefined;
    if (m[1] !== undefined) out.id = m[1];
    else if (m[2] !== undefined) out.classes.push(m[2]);
    else if (m[3] !== undefined) out.attributes[m[3]] = m[4] ?? m[5] ?? m[6] ?? '';
    else if (m[7] !== undefined) out.references.push(m[7]);
    pos = TOKEN.lastIndex;
    while (pos < s.length && /\s/.test(s[pos])) pos++;
  }
  return out;
}

/** `{:name: attrs}`: a kramdown attribute list definition. */
export function parseAldDefinition(inner: string): { name: string; list: AttributeList } | undefined {
  const m = /^([A-Za-z_][\w-]*):\s*(.*)$/s.exec(inner.trim());
  if (!m) return undefined;
  const list = parseAttributeList(m[2]);
  return list ? { name: m[1], list } : undefined;
}

export function mergeAttributeLists(a: AttributeList | undefined, b: AttributeList): AttributeList {
  if (!a) return b;
  return {
    id: b.id ?? a.id,
    classes: [...a.classes, ...b.classes],
    attributes: { ...a.attributes, ...b.attributes },
    references: [...a.references, ...b.references],
  };
}
