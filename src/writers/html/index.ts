import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstChild, isElement, textContent, visitElements, type RfcDocument, type RfcElement, type RfcNode } from '../../tree/nodes.js';
import { escapeAttribute, escapeText, tag } from './escape.js';
import { htmlId } from './ids.js';
import { handlers } from './elements/index.js';
import { authorsAddresses, authorsAddressesIds } from './elements/authors.js';
import { frontSection, identifiers, tableOfContents, title } from './elements/front.js';
import type { HtmlOptions, HtmlState, HtmlWarning } from './state.js';

export type { HtmlOptions, HtmlWarning } from './state.js';

/**
 * What the page may load: nothing but its own inline styles and `data:` images. No script can
 * run, whatever the document holds (issue: "nothing in a document can inject script").
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

let defaultCss: string | undefined;
/** The stylesheet shipped in templates/html/ (read once). */
export function defaultStylesheet(): string {
  if (defaultCss === undefined) {
    try {
      defaultCss = readFileSync(fileURLToPath(new URL('../../../../templates/html/draftsmith.css', import.meta.url)), 'utf8');
    } catch {
      defaultCss = '';
    }
  }
  return defaultCss;
}

export interface HtmlResult {
  html: string;
  warnings: HtmlWarning[];
}

/**
 * Writes a prepped RFC XML v3 document as one self-contained HTML page (RFC 7992, with the
 * ids xml2rfc's HTML gives, so links such as `#section-3.2` keep working): header, title,
 * abstract, boilerplate, table of contents, sections, references, index and authors'
 * addresses, styled by an inline stylesheet, with no script. Run `prep` first.
 */
export function writeHtml(doc: RfcDocument, options: HtmlOptions = {}): HtmlResult {
  const root = doc.root;
  const anchors = new Map<string, RfcElement>();
  const pns = new Map<string, RfcElement>();
  visitElements(root, (e) => {
    if (e.attributes.anchor && !anchors.has(e.attributes.anchor)) anchors.set(e.attributes.anchor, e);
    if (e.attributes.pn) {
      pns.set(e.attributes.pn, e);
      pns.set(htmlId(e.attributes.pn), e);
    }
    if (e.name === 'name' && e.attributes.slugifiedName) anchors.set(e.attributes.slugifiedName, e);
  });
  const warned = new Set<string>();
  const added = authorsAddressesIds(root);
  const generated = new Set(added ? [added.pn, added.slug] : []);
  const state: HtmlState = {
    options, root, anchors, pns, generated, handlers, depth: 0, warnings: [],
    one(node: RfcNode): string {
      if (node.type === 'text') return escapeText(node.value);
      if (node.type !== 'element') return '';
      const h = handlers[node.name];
      if (h) return h(state, node);
      if (!warned.has(node.name)) {
        warned.add(node.name);
        state.warn(`<${node.name}> has no HTML rendering; its content is shown as it is`, node);
      }
      return state.all(node.children);
    },
    all(nodes: readonly RfcNode[]): string {
      let out = '';
      for (const n of nodes) out += state.one(n);
      return out;
    },
    link(target: string): string {
      return `#${anchors.has(target) ? target : htmlId(target)}`;
    },
    warn(message: string, element: RfcElement) {
      state.warnings.push({ message, element });
    },
  };
  const front = firstChild(root, 'front');
  const body: string[] = [];
  if (front) {
    body.push(identifiers(state, front), title(state, front));
    for (const c of front.children) {
      if (!isElement(c)) continue;
      if (c.name === 'abstract' || c.name === 'note') body.push(frontSection(state, c));
      else if (c.name === 'boilerplate') body.push(state.all(c.children.filter((s) => isElement(s, 'section'))));
      else if (c.name === 'toc') body.push(tableOfContents(state, c));
    }
  }
  for (const part of ['middle', 'back'] as const) {
    const p = firstChild(root, part);
    if (p) body.push(state.all(p.children.filter((c) => isElement(c) && (c.name === 'section' || c.name === 'references'))));
  }
  body.push(authorsAddresses(state));
  const html = page(root, front, options, body.filter(Boolean).join('\n'));
  return { html, warnings: state.warnings };
}

/** The page around the body: language, character set, viewport, policy, title, description, style. */
function page(root: RfcElement, front: RfcElement | undefined, options: HtmlOptions, body: string): string {
  const t = front ? firstChild(front, 'title') : undefined;
  const docTitle = t ? textContent(t).replace(/\s+/g, ' ').trim() : '';
  const name = root.attributes.number ? `RFC ${root.attributes.number}` : root.attributes.docName ?? '';
  const abstract = front ? firstChild(front, 'abstract') : undefined;
  const description = abstract ? textContent(abstract).replace(/\s+/g, ' ').trim().slice(0, 300) : '';
  const authors = front ? front.children.filter((c): c is RfcElement => isElement(c, 'author'))
    .map((a) => a.attributes.fullname ?? [a.attributes.initials, a.attributes.surname].filter(Boolean).join(' ')).filter(Boolean) : [];
  const keywords = front ? front.children.filter((c): c is RfcElement => isElement(c, 'keyword')).map((k) => textContent(k).trim()).filter(Boolean) : [];
  const css = options.css ?? defaultStylesheet();
  const lang = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(root.attributes['xml:lang'] ?? '') ? root.attributes['xml:lang'] : 'en';
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    tag('title', {}, escapeText(name && docTitle ? `${name}: ${docTitle}` : docTitle || name)),
    ...authors.map((a) => `<meta name="author" content="${escapeAttribute(a)}">`),
    description ? `<meta name="description" content="${escapeAttribute(description)}">` : '',
    keywords.length ? `<meta name="keywords" content="${escapeAttribute(keywords.join(', '))}">` : '',
    '<meta name="generator" content="draftsmith">',
    root.attributes.docName ? `<link rel="alternate" type="text/plain" href="${escapeAttribute(options.textFile ?? `${root.attributes.docName}.txt`)}">` : '',
    `<style>\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>`,
  ].filter(Boolean);
  return `<!DOCTYPE html>\n<html lang="${lang}" class="${root.attributes.number ? 'RFC' : 'Internet-Draft'}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
