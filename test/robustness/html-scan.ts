/**
 * A scan of written HTML for anything that could run script or load something (not a test
 * file itself): real tags only (escaped text such as `&lt;script&gt;` is harmless), with their
 * attributes read as a browser reads them (quoted or not, entities decoded, case ignored).
 */

/** One start tag: its name and attributes, names lower-cased, values entity-decoded. */
export interface Tag {
  name: string;
  attributes: [string, string][];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' };

/** A value with its character references decoded (what the browser sees). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? m;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Every start tag of an HTML text, in order. */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  // Comments are skipped; a tag's attribute values may hold '>' when quoted.
  const tag = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?|\s*\/)*)\s*>/g;
  for (const m of html.matchAll(tag)) {
    if (!m[1]) continue;
    const attributes: [string, string][] = [];
    for (const a of (m[2] ?? '').matchAll(/([^\s=>/]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|[^\s>]+))?/g)) {
      attributes.push([a[1].toLowerCase(), decodeEntities(a[3] ?? a[4] ?? a[2] ?? '')]);
    }
    tags.push({ name: m[1].toLowerCase(), attributes });
  }
  return tags;
}

/** Attributes whose value is an address the browser may load or navigate to. */
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'codebase', 'cite', 'ping']);
/** Elements that run script, embed other documents or change how the page loads. */
const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'foreignobject', 'handler', 'listener', 'set', 'animate', 'form']);

/** A scheme that runs script or embeds a document (blanks and control characters ignored, as browsers do). */
export function dangerousScheme(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript|data|livescript):/.test(squeezed);
}

/**
 * What in `html` could run script or fetch something, one line each: script-like elements,
 * event-handler attributes, `javascript:`/`data:` addresses, a meta refresh, and external
 * addresses in `src`-like attributes (an `<a href>` to a web page is allowed: it is only followed
 * when a reader clicks).
 */
export function dangerousMarkup(html: string): string[] {
  const found: string[] = [];
  for (const t of startTags(html)) {
    if (DANGEROUS_ELEMENTS.has(t.name)) found.push(`<${t.name}>`);
    for (const [name, value] of t.attributes) {
      if (name.startsWith('on')) found.push(`<${t.name} ${name}>`);
      if (URL_ATTRIBUTES.has(name) && dangerousScheme(value)) found.push(`<${t.name} ${name}="${value}">`);
      if (name !== 'href' && name !== 'cite' && URL_ATTRIBUTES.has(name) && /^\s*(https?:)?\/\//i.test(value)) found.push(`<${t.name} ${name}="${value}"> (loads from the network)`);
      if (name === 'style' && /url\s*\(|expression\s*\(/i.test(value)) found.push(`<${t.name} style="${value}">`);
    }
    const equiv = t.attributes.find(([n]) => n === 'http-equiv')?.[1].toLowerCase();
    if (t.name === 'meta' && equiv === 'refresh') found.push('<meta http-equiv="refresh">');
  }
  return found;
}
