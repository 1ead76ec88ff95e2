/**
 * The scoring of ../shared/tools/score-xml, ported: the document outline (section titles with
 * depth and part; reference anchors by kind), difflib's SequenceMatcher ratio over the section
 * lists, and the Jaccard index over the reference sets.
 *
 * score-xml reads XML with Python's xml.etree.ElementTree; `parseXml` below is a small parser
 * that builds the same view of a document: namespaces resolved to `{uri}local` names, comments
 * and processing instructions dropped, internal DTD entities expanded, and any other entity
 * reference (external or undeclared) an error, as expat reports it through ElementTree.
 */

export class XmlParseError extends Error {}

export interface XmlElement {
  /** `local` or `{namespace-uri}local`, as ElementTree names tags. */
  tag: string;
  attrib: Record<string, string>;
  /** Text and child elements in document order. */
  content: (XmlElement | string)[];
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
const NAME_START = /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800-\uDBFF]/;
const NAME_RE = /[A-Za-z_:\u00B7\u00C0-\uFFFD.\-0-9\uD800-\uDFFF]+/y;

interface Entity {
  /** Replacement text (character references already expanded), or undefined for an external entity. */
  value?: string;
}

class Parser {
  private pos = 0;
  private readonly entities = new Map<string, Entity>();
  private depth = 0;

  constructor(private readonly src: string) {}

  private fail(msg: string): never {
    const before = this.src.slice(0, this.pos);
    const line = before.split('\n').length;
    const column = this.pos - (before.lastIndexOf('\n') + 1);
    throw new XmlParseError(`${msg}: line ${line}, column ${column}`);
  }

  private startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  private skipWs(): void {
    while (this.pos < this.src.length && ' \t\n\r'.includes(this.src[this.pos]!)) this.pos++;
  }

  private skipPast(end: string, what: string): string {
    const i = this.src.indexOf(end, this.pos);
    if (i < 0) this.fail(`unclosed ${what}`);
    const body = this.src.slice(this.pos, i);
    this.pos = i + end.length;
    return body;
  }

  private name(): string {
    if (!NAME_START.test(this.src[this.pos] ?? '')) this.fail('not well-formed (invalid token)');
    NAME_RE.lastIndex = this.pos;
    const m = NAME_RE.exec(this.src)!;
    this.pos += m[0].length;
    return m[0];
  }

  private quoted(): string {
    const q = this.src[this.pos];
    if (q !== '"' && q !== "'") this.fail('not well-formed (invalid token)');
    this.pos++;
    return this.skipPast(q, 'literal');
  }

  parseDocument(): XmlElement {
    let root: XmlElement | undefined;
    while (true) {
      this.skipWs();
      if (this.pos >= this.src.length) break;
      if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
      else if (this.startsWith('<!--')) this.skipPast('-->', 'comment');
      else if (this.startsWith('<!DOCTYPE')) {
        if (root) this.fail('DOCTYPE after the root element');
        this.doctype();
      } else if (this.startsWith('<') && !root) root = this.element(new Map([['xml', XML_NS]]));
      else this.fail(root ? 'junk after document element' : 'syntax error');
    }
    if (!root) this.fail('no element found');
    return root;
  }

  private doctype(): void {
    this.pos += '<!DOCTYPE'.length;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '>') {
        this.pos++;
        return;
      }
      if (c === '"' || c === "'") this.quoted();
      else if (c === '[') {
        this.pos++;
        this.internalSubset();
      } else this.pos++;
    }
    this.fail('unclosed DOCTYPE');
  }

  private internalSubset(): void {
    while (true) {
      this.skipWs();
      if (this.pos >= this.src.length) this.fail('unclosed internal subset');
      if (this.startsWith(']')) {
        this.pos++;
        return;
      }
      if (this.startsWith('<!--')) this.skipPast('-->', 'comment');
      else if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
      else if (this.startsWith('<!ENTITY')) this.entityDecl();
      else if (this.startsWith('<!')) {
        // ELEMENT, ATTLIST, NOTATION: skip to the closing '>' outside literals
        while (this.pos < this.src.length && this.src[this.pos] !== '>') {
          if (this.src[this.pos] === '"' || this.src[this.pos] === "'") this.quoted();
          else this.pos++;
        }
        this.pos++;
      } else if (this.startsWith('%')) this.skipPast(';', 'parameter entity reference');
      else this.fail('syntax error in the internal subset');
    }
  }

  private entityDecl(): void {
    this.pos += '<!ENTITY'.length;
    this.skipWs();
    let parameter = false;
    if (this.startsWith('%')) {
      parameter = true;
      this.pos++;
      this.skipWs();
    }
    const name = this.name();
    this.skipWs();
    let entity: Entity;
    if (this.startsWith('"') || this.startsWith("'")) entity = { value: expandCharRefs(this.quoted()) };
    else {
      entity = {};
      while (this.pos < this.src.length && this.src[this.pos] !== '>') {
        if (this.src[this.pos] === '"' || this.src[this.pos] === "'") this.quoted();
        else this.pos++;
      }
    }
    this.skipWs();
    if (!this.startsWith('>')) {
      while (this.pos < this.src.length && this.src[this.pos] !== '>') this.pos++;
    }
    this.pos++;
    // The first declaration of an entity is binding.
    if (!parameter && !this.entities.has(name)) this.entities.set(name, entity);
  }

  private qualify(qname: string, ns: Map<string, string>, isAttribute: boolean): string {
    const colon = qname.indexOf(':');
    if (colon < 0) {
      const dflt = isAttribute ? undefined : ns.get('');
      return dflt ? `{${dflt}}${qname}` : qname;
    }
    const prefix = qname.slice(0, colon);
    const uri = ns.get(prefix);
    if (uri === undefined) this.fail(`unbound prefix`);
    return `{${uri}}${qname.slice(colon + 1)}`;
  }

  private element(parentNs: Map<string, string>): XmlElement {
    if (++this.depth > 10000) this.fail('elements nested too deeply');
    this.pos++; // '<'
    const qname = this.name();
    const raw: [string, string][] = [];
    while (true) {
      this.skipWs();
      if (this.startsWith('/>') || this.startsWith('>')) break;
      const an = this.name();
      this.skipWs();
      if (!this.startsWith('=')) this.fail('not well-formed (invalid token)');
      this.pos++;
      this.skipWs();
      raw.push([an, this.attributeValue(this.quoted())]);
    }
    let ns = parentNs;
    for (const [k, v] of raw) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (ns === parentNs) ns = new Map(parentNs);
        ns.set(k === 'xmlns' ? '' : k.slice(6), v);
      }
    }
    const el: XmlElement = { tag: this.qualify(qname, ns, false), attrib: {}, content: [] };
    for (const [k, v] of raw) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      el.attrib[this.qualify(k, ns, true)] = v;
    }
    if (this.startsWith('/>')) {
      this.pos += 2;
      this.depth--;
      return el;
    }
    this.pos++; // '>'
    this.content(el, ns);
    // end tag
    this.pos += 2;
    const close = this.name();
    if (close !== qname) this.fail('mismatched tag');
    this.skipWs();
    if (!this.startsWith('>')) this.fail('not well-formed (invalid token)');
    this.pos++;
    this.depth--;
    return el;
  }

  /** Reads content into `el` up to its end tag (left unread). */
  private content(el: XmlElement, ns: Map<string, string>): void {
    while (true) {
      if (this.pos >= this.src.length) this.fail('no element found');
      const lt = this.src.indexOf('<', this.pos);
      const end = lt < 0 ? this.src.length : lt;
      if (end > this.pos) this.text(el, this.src.slice(this.pos, end), ns, 0);
      this.pos = end;
      if (this.pos >= this.src.length) this.fail('no element found');
      if (this.startsWith('</')) return;
      if (this.startsWith('<!--')) this.skipPast('-->', 'comment');
      else if (this.startsWith('<![CDATA[')) {
        this.pos += '<![CDATA['.length;
        pushText(el, this.skipPast(']]>', 'CDATA section'));
      } else if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
      else if (this.startsWith('<!')) this.fail('syntax error');
      else el.content.push(this.element(ns));
    }
  }

  /** Character data with references; an internal entity's replacement text is parsed as content. */
  private text(el: XmlElement, s: string, ns: Map<string, string>, level: number): void {
    let i = 0;
    while (i < s.length) {
      const amp = s.indexOf('&', i);
      if (amp < 0) {
        pushText(el, s.slice(i));
        return;
      }
      if (amp > i) pushText(el, s.slice(i, amp));
      const semi = s.indexOf(';', amp);
      if (semi < 0) this.fail('not well-formed (invalid token)');
      const ref = s.slice(amp + 1, semi);
      i = semi + 1;
      if (ref.startsWith('#')) pushText(el, this.charRef(ref));
      else if (ref in PREDEFINED) pushText(el, PREDEFINED[ref]!);
      else {
        const ent = this.entities.get(ref);
        if (!ent || ent.value === undefined) this.fail(`undefined entity &${ref};`);
        if (level > 20) this.fail('recursive entity reference');
        if (ent.value.includes('<')) {
          // markup in an entity: parse it as a fragment of content
          const sub = new Parser(ent.value);
          for (const [k, v] of this.entities) sub.entities.set(k, v);
          sub.fragment(el, ns, level + 1);
        } else this.text(el, ent.value, ns, level + 1);
      }
    }
  }

  private fragment(el: XmlElement, ns: Map<string, string>, level: number): void {
    while (this.pos < this.src.length) {
      const lt = this.src.indexOf('<', this.pos);
      const end = lt < 0 ? this.src.length : lt;
      if (end > this.pos) this.text(el, this.src.slice(this.pos, end), ns, level);
      this.pos = end;
      if (this.pos >= this.src.length) return;
      if (this.startsWith('<!--')) this.skipPast('-->', 'comment');
      else if (this.startsWith('<![CDATA[')) {
        this.pos += '<![CDATA['.length;
        pushText(el, this.skipPast(']]>', 'CDATA section'));
      } else if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
      else if (this.startsWith('</')) this.fail('mismatched tag');
      else el.content.push(this.element(ns));
    }
  }

  private charRef(ref: string): string {
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (!Number.isFinite(code) || !/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(ref) || code > 0x10ffff) this.fail('not well-formed (invalid token)');
    return String.fromCodePoint(code);
  }

  /** Attribute-value normalisation: references expanded, literal white space to spaces. */
  private attributeValue(raw: string, level = 0): string {
    let out = '';
    let i = 0;
    while (i < raw.length) {
      const c = raw[i]!;
      if (c === '<') this.fail('not well-formed (invalid token)');
      if (c !== '&') {
        out += c === '\t' || c === '\n' || c === '\r' ? ' ' : c;
        i++;
        continue;
      }
      const semi = raw.indexOf(';', i);
      if (semi < 0) this.fail('not well-formed (invalid token)');
      const ref = raw.slice(i + 1, semi);
      i = semi + 1;
      if (ref.startsWith('#')) out += this.charRef(ref);
      else if (ref in PREDEFINED) out += PREDEFINED[ref];
      else {
        const ent = this.entities.get(ref);
        if (!ent || ent.value === undefined) this.fail(`undefined entity &${ref};`);
        if (level > 20) this.fail('recursive entity reference');
        out += this.attributeValue(ent.value, level + 1);
      }
    }
    return out;
  }
}

function pushText(el: XmlElement, s: string): void {
  if (!s) return;
  const last = el.content[el.content.length - 1];
  if (typeof last === 'string') el.content[el.content.length - 1] = last + s;
  else el.content.push(s);
}

function expandCharRefs(s: string): string {
  return s.replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (_, n: string) =>
    String.fromCodePoint(n[0] === 'x' ? parseInt(n.slice(1), 16) : parseInt(n, 10)));
}

/** Parses an XML document (line ends normalised first, as XML requires). Throws XmlParseError. */
export function parseXml(source: string): XmlElement {
  const src = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return new Parser(src).parseDocument();
}

// ElementTree-like helpers

function children(el: XmlElement): XmlElement[] {
  return el.content.filter((c): c is XmlElement => typeof c !== 'string');
}

function find(el: XmlElement, tag: string): XmlElement | undefined {
  return children(el).find((c) => c.tag === tag);
}

function* iter(el: XmlElement, tag: string): Generator<XmlElement> {
  if (el.tag === tag) yield el;
  for (const c of children(el)) yield* iter(c, tag);
}

function itertext(el: XmlElement): string {
  return el.content.map((c) => (typeof c === 'string' ? c : itertext(c))).join('');
}

/** Python's str.split() white space (str.isspace), which is not quite JavaScript's \s. */
const PY_WS = /[\t\n\x0B\f\r\x1C-\x1F \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/;

/** `' '.join(s.split())` */
export function foldSpace(s: string): string {
  return s.split(PY_WS).filter((x) => x !== '').join(' ');
}

const XINCLUDE = '{http://www.w3.org/2001/XInclude}include';

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export interface Outline {
  sections: string[];
  refs: Set<string>;
}

/** Section titles in document order, with depth and part; reference anchors by kind (score-xml's outline()). */
export function outline(xml: string): Outline {
  const root = parseXml(xml);
  const sections: string[] = [];
  const walk = (node: XmlElement, depth: number, part: string): void => {
    for (const child of children(node)) {
      if (child.tag === 'section') {
        const name = find(child, 'name');
        const title = name !== undefined ? itertext(name) : (child.attrib.title ?? '');
        sections.push(`${part}:${depth}:${foldSpace(title).toLowerCase()}`);
        walk(child, depth + 1, part);
      }
    }
  };
  for (const part of ['middle', 'back']) {
    const node = find(root, part);
    if (node !== undefined) walk(node, 1, part);
  }
  const refs = new Set<string>();
  for (const group of iter(root, 'references')) {
    const name = find(group, 'name');
    const title = (name !== undefined ? itertext(name) : (group.attrib.title ?? '')).toLowerCase();
    const kind = title.includes('normative') ? 'normative' : 'informative';
    for (const ref of children(group)) {
      let anchor: string;
      if (ref.tag === 'reference' || ref.tag === 'referencegroup') anchor = ref.attrib.anchor ?? '';
      else if (ref.tag === XINCLUDE) {
        anchor = basename(ref.attrib.href ?? '');
        if (anchor.startsWith('reference.')) anchor = anchor.slice('reference.'.length);
        if (anchor.endsWith('.xml')) anchor = anchor.slice(0, -'.xml'.length);
        if (anchor.startsWith('RFC.')) anchor = 'RFC' + anchor.slice('RFC.'.length);
      } else continue;
      refs.add(`${kind}:${anchor.toLowerCase()}`);
    }
  }
  return { sections, refs };
}

/**
 * difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(): 2*M/T, where M is the number of
 * elements in the matching blocks difflib finds (longest match first, then recursively on
 * either side) and T the total length of both lists.
 */
export function sequenceRatio(a: readonly string[], b: readonly string[]): number {
  const total = a.length + b.length;
  if (total === 0) return 1.0;
  return (2.0 * matchedElements(a, b)) / total;
}

/** The sum of the sizes of difflib's matching blocks (no junk, no popularity heuristic). */
export function matchedElements(a: readonly string[], b: readonly string[]): number {
  const b2j = new Map<string, number[]>();
  b.forEach((elt, j) => {
    const list = b2j.get(elt);
    if (list) list.push(j);
    else b2j.set(elt, [j]);
  });
  const nothing: number[] = [];

  const findLongestMatch = (alo: number, ahi: number, blo: number, bhi: number): [number, number, number] => {
    let besti = alo, bestj = blo, bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>();
      for (const j of b2j.get(a[i]!) ?? nothing) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        newj2len.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = newj2len;
    }
    // difflib then extends the match over junk and non-junk neighbours; with no junk these
    // extensions only ever apply to equal neighbours, which the longest match already includes.
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
      besti--;
      bestj--;
      bestsize++;
    }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
    return [besti, bestj, bestsize];
  };

  let matched = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = findLongestMatch(alo, ahi, blo, bhi);
    if (k) {
      matched += k;
      if (alo < i && blo < j) queue.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
    }
  }
  return matched;
}

/** |A ∩ B| / |A ∪ B|, 1.0 when both are empty (score-xml's references score). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 1.0;
}
