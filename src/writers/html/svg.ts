import type { RfcElement, RfcNode } from '../../tree/nodes.js';
import { checkXml, parseXmlFragment } from '../../xml/parse.js';
import { escapeAttribute, escapeText, stripInvalidXmlChars } from '../xml/escape.js';
import { SVG_VOCABULARY, type SvgElementRule } from './svg-vocabulary.js';

/*
 * Inline SVG for the HTML writer, reduced to the SVG Tiny 1.2 RFC profile (RFC 7996) so that
 * a drawing can neither run script nor make the page load anything:
 *
 * - Elements: only the profile's 19 elements, each only where the profile allows it (so
 *   <title>/<desc>, which are HTML integration points, hold text only). Anything else goes
 *   with its whole subtree: script, foreignObject, handler, listener, image, set, animate,
 *   style, nested svg, elements in other namespaces.
 * - Attributes: only those the profile lists for the element. On top of that: no event
 *   handlers (on*), no style (the profile has none, and CSS can fetch with url(), @import or
 *   image-set(), hidden behind escapes), no xml:base, and xlink:href (or SVG 2's href, which
 *   is written out as xlink:href) only as a link to an id in the same page ("#id"). Values of
 *   the other attributes, many of which browsers parse as CSS, may not contain a backslash
 *   (CSS escape), a function other than colour and transform ones (so no url()), or a
 *   script or data scheme.
 * - Namespaces: element and attribute names are resolved through the xmlns declarations in
 *   the tree; the output uses the bare SVG names and the xlink: prefix only, with the
 *   declarations on the root. Comments and processing instructions are left out.
 *
 * The tree is walked with an explicit stack, so nesting depth is limited by memory only.
 */

/** Called once per distinct kind of removal, with the element concerned (see {@link svgMarkup}). */
export interface SvgReport { (message: string, element: RfcElement): void }

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** A link to an element of the same page: "#" and an XML name (no scheme, no path). */
const FRAGMENT = /^#[\p{L}_][\p{L}\p{N}\p{M}._\-\u00B7]*$/u;

/**
 * Attributes that hold free text or names rather than geometry or CSS-like values; their
 * values only get the scheme check (they are never fetched nor parsed as CSS).
 */
const FREE_TEXT = new Set(['id', 'xml:id', 'xml:lang', 'class', 'role', 'rel', 'rev', 'typeof', 'content',
  'datatype', 'resource', 'about', 'property', 'xlink:title', 'xlink:role', 'xlink:arcrole']);

/** CSS-like functions a drawing needs: colours and transforms. Any other function is refused. */
const SAFE_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'matrix', 'translate', 'scale', 'rotate', 'skewx', 'skewy']);

/** Whether an attribute value (other than a link) could run script or load something. */
function unsafeValue(name: string, value: string): boolean {
  // Browsers ignore tabs, newlines and other controls inside URL schemes ("java\nscript:").
  const squashed = value.toLowerCase().replace(/[\u0000-\u0020]/g, '');
  if (/(?:javascript|vbscript|livescript|data):/.test(squashed)) return true;
  if (FREE_TEXT.has(name)) return false;
  if (value.includes('\\') || /@import|expression|-moz-binding|behavior/.test(squashed)) return true;
  for (const m of value.matchAll(/([A-Za-z_-][\w-]*)\s*\(/g)) {
    if (!SAFE_FUNCTIONS.has(m[1].toLowerCase())) return true;
  }
  return false;
}

type Namespaces = ReadonlyMap<string, string>;

/** The prefix and local part of a qualified name, or undefined when it is not one. */
function splitName(name: string): { prefix: string; local: string } | undefined {
  const parts = name.split(':');
  if (parts.length === 1 && parts[0]) return { prefix: '', local: parts[0] };
  if (parts.length === 2 && parts[0] && parts[1]) return { prefix: parts[0], local: parts[1] };
  return undefined;
}

/** The namespaces in scope on an element: its parent's plus its own xmlns declarations. */
function scopeOf(element: RfcElement, parent: Namespaces): Namespaces {
  let scope: Map<string, string> | undefined;
  for (const [name, value] of Object.entries(element.attributes ?? {})) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(name === 'xmlns' ? '' : name.slice(6), String(value));
  }
  return scope ?? parent;
}

/**
 * The SVG local name of an element, or undefined when it is not in the SVG namespace. An
 * undeclared default namespace counts as SVG (SVG written inside Markdown often has no
 * xmlns), and so does an undeclared "svg:" prefix.
 */
function svgName(name: string, scope: Namespaces): string | undefined {
  const q = splitName(name);
  if (!q) return undefined;
  const ns = scope.get(q.prefix) ?? (q.prefix === '' || q.prefix === 'svg' ? SVG_NS : undefined);
  return ns === SVG_NS ? q.local : undefined;
}

const REASONS = {
  handler: 'event handler',
  style: 'SVG Tiny 1.2 RFC has no styles, and CSS can load resources',
  base: 'it would change how the page resolves links',
  unknown: 'not part of SVG Tiny 1.2 RFC',
} as const;

/**
 * The name an attribute is written with (`xlink:` for the XLink namespace, SVG 2's `href`
 * as `xlink:href`); null for namespace declarations (dropped silently: the output declares
 * its own); why it is dropped when it may not appear on the element.
 */
function attributeName(name: string, rule: SvgElementRule, scope: Namespaces): string | null | { why: keyof typeof REASONS } {
  if (name === 'xmlns' || name.startsWith('xmlns:')) return null;
  const q = splitName(name);
  if (q && /^on/i.test(q.local)) return { why: 'handler' };
  if (name === 'style') return { why: 'style' };
  let attr: string | undefined;
  if (!q) attr = undefined;
  else if (q.prefix === '') attr = q.local === 'href' && rule.attributes.has('xlink:href') ? 'xlink:href' : q.local;
  else if (q.prefix === 'xml') attr = name;
  else if ((scope.get(q.prefix) ?? (q.prefix === 'xlink' ? XLINK_NS : undefined)) === XLINK_NS) attr = `xlink:${q.local}`;
  // The profile allows xml:base; we do not.
  if (attr === 'xml:base') return { why: 'base' };
  return attr !== undefined && rule.attributes.has(attr) ? attr : { why: 'unknown' };
}

/** Where the walk is: the enclosing kept element. */
interface Context {
  /** The enclosing element's SVG name and rule (for the root: a rule allowing only svg). */
  name: string;
  rule: SvgElementRule;
  scope: Namespaces;
  /** The nearest enclosing element with a source position, for reports. */
  anchor: RfcElement;
}

type Task = { node: RfcNode; context: Context } | { close: string; element: RfcElement };

const ROOT_RULE: SvgElementRule = { text: false, children: new Set(['svg']), attributes: new Set() };

/**
 * Serialises an `<svg>` subtree as markup safe to embed in an HTML page: only the SVG Tiny
 * 1.2 RFC vocabulary (RFC 7996), no script, event handlers, styles or links out of the page,
 * text and attribute values escaped. Never throws.
 *
 * `report` is called once per distinct kind of removal (e.g. `removed <script>`), with the
 * element removed or carrying the removed attribute, or, when that element has no source
 * position, its nearest enclosing element that has one. When the root is not an SVG `<svg>`
 * element the result is an empty drawing.
 */
export function svgMarkup(svg: RfcElement, report: SvgReport = () => {}): string {
  const said = new Set<string>();
  const tell = (message: string, element: RfcElement) => {
    if (said.has(message)) return;
    said.add(message);
    try {
      report(message, element);
    } catch {
      // A failing callback must not break the page being written.
    }
  };
  const out: string[] = [];
  let usesXlink = false;
  /** Elements currently open, so that a tree with a cycle cannot loop forever. */
  const open = new Set<RfcElement>();
  const start: Context = { name: '', rule: ROOT_RULE, scope: new Map(), anchor: svg };
  const stack: Task[] = [{ node: svg, context: start }];

  while (stack.length) {
    const task = stack.pop()!;
    if ('close' in task) {
      out.push(`</${task.close}>`);
      open.delete(task.element);
      continue;
    }
    const { node, context } = task;
    if (!node || typeof node !== 'object') continue;
    switch (node.type) {
      case 'text': {
        const value = stripInvalidXmlChars(String(node.value ?? ''));
        if (context.rule.text || !value.trim()) out.push(escapeText(value));
        else tell(`removed text directly inside <${context.name}>`, context.anchor);
        break;
      }
      case 'raw': {
        // Markup kept verbatim by a reader: read it as XML, then treat it like any other subtree.
        const value = String(node.value ?? '');
        let nodes: RfcNode[] | undefined;
        try {
          if (!checkXml(`<r>${value}</r>`)) nodes = parseXmlFragment(value);
        } catch {
          nodes = undefined;
        }
        if (!nodes) tell(`removed markup inside <${context.name}> that is not well-formed XML`, context.anchor);
        else for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i], context });
        break;
      }
      case 'element': {
        if (open.has(node)) {
          tell('removed an element that contains itself', context.anchor);
          break;
        }
        const element = enter(node, context);
        if (!element) break;
        out.push(element.tag);
        if (!element.hasContent) break;
        open.add(node);
        stack.push({ close: element.name, element: node });
        const kids = Array.isArray(node.children) ? node.children : [];
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], context: element.context });
        break;
      }
      default:
        // Comments and processing instructions are not part of the drawing.
        break;
    }
  }

  const xmlns = ` xmlns="${SVG_NS}"${usesXlink ? ` xmlns:xlink="${XLINK_NS}"` : ''}`;
  if (!out.length) return `<svg${xmlns}/>`;
  // The root's start tag was written without namespace declarations; add them now that we
  // know whether an xlink attribute survived.
  out[0] = out[0].replace(/^<svg/, `<svg${xmlns}`);
  return out.join('');

  /** Checks one element; returns its start tag, name and the context for its children, or undefined when it is dropped. */
  function enter(node: RfcElement, parent: Context): { tag: string; name: string; hasContent: boolean; context: Context } | undefined {
    const rawName = String(node.name ?? '');
    const anchor = node.position ? node : parent.anchor;
    let scope: Namespaces;
    try {
      scope = scopeOf(node, parent.scope);
    } catch {
      scope = parent.scope;
    }
    const name = svgName(rawName, scope);
    const rule = name !== undefined ? SVG_VOCABULARY.get(name) : undefined;
    if (name === undefined || !rule) {
      tell(`removed <${rawName}> and its content (not part of SVG Tiny 1.2 RFC)`, anchor);
      return undefined;
    }
    if (!parent.rule.children.has(name)) {
      tell(parent.name ? `removed <${rawName}> inside <${parent.name}> (not allowed there in SVG Tiny 1.2 RFC)`
        : `removed <${rawName}>: a drawing's root must be <svg>`, anchor);
      return undefined;
    }
    let tag = `<${name}`;
    const kept = new Set<string>();
    for (const [attrName, rawValue] of Object.entries(node.attributes ?? {})) {
      const attr = attributeName(attrName, rule, scope);
      if (attr === null) continue;
      if (typeof attr !== 'string') {
        tell(`removed the ${attrName} attribute${attr.why === 'unknown' ? ` of <${name}>` : ''} (${REASONS[attr.why]})`, anchor);
        continue;
      }
      let value = stripInvalidXmlChars(String(rawValue ?? ''));
      if (attr === 'xlink:href') {
        value = value.trim();
        if (!FRAGMENT.test(value)) {
          tell(`removed the ${attrName} attribute of <${name}>: only links to an id within the page ("#id") are kept`, anchor);
          continue;
        }
      } else if (unsafeValue(attr, value)) {
        tell(`removed the ${attrName} attribute of <${name}>: its value could load a resource or run script`, anchor);
        continue;
      }
      if (kept.has(attr)) {
        tell(`removed a second ${attr} attribute of <${name}>`, anchor);
        continue;
      }
      kept.add(attr);
      if (attr.startsWith('xlink:')) usesXlink = true;
      tag += ` ${attr}="${escapeAttribute(value)}"`;
    }
    const kids = Array.isArray(node.children) ? node.children : [];
    const hasContent = kids.some((c) => c && (c.type === 'element' || c.type === 'text' || c.type === 'raw'));
    return { tag: hasContent ? `${tag}>` : `${tag}/>`, name, hasContent, context: { name, rule, scope, anchor } };
  }
}
