import { firstChild, isElement, type RfcElement } from '../../../tree/nodes.js';
import { codeLines } from '../../text/elements/code.js';
import { escapeAttribute, escapeText, safeHref, tag } from '../escape.js';
import type { HtmlState } from '../state.js';
import { svgMarkup } from '../svg.js';
import { blockId, pilcrow, withAnchor } from './block.js';

/** The `<figcaption>`/`<caption>` content: "Figure 3: Title", each part a self-link. */
export function captionContent(state: HtmlState, e: RfcElement, kind: 'Figure' | 'Table'): string {
  const id = blockId(e);
  const n = (e.attributes.pn ?? '').replace(/^(figure|table)-/, '');
  const name = firstChild(e, 'name');
  const label = id && n ? tag('a', { href: `#${id}`, class: 'selfRef' }, `${kind} ${escapeText(n)}`) : '';
  if (!name) return label;
  const slug = name.attributes.slugifiedName;
  const title = slug ? tag('a', { href: `#${slug}`, class: 'selfRef' }, state.all(name.children).trim()) : state.all(name.children).trim();
  return label ? `${label}:\n${title}` : title;
}

/** The empty element that carries a figure's or table's name id (`#name-…`). */
export function nameTarget(e: RfcElement): string {
  const slug = firstChild(e, 'name')?.attributes.slugifiedName;
  return slug ? `<span id="${escapeAttribute(slug)}"></span>` : '';
}

/** `<figure>`: its artwork or code, then its caption. */
export function figure(state: HtmlState, e: RfcElement): string {
  const body = state.all(e.children.filter((c) => !isElement(c, 'name')));
  const caption = tag('figcaption', {}, captionContent(state, e, 'Figure'));
  return withAnchor(e, `${nameTarget(e)}${tag('figure', { id: blockId(e) }, `\n${body}\n${caption}`)}`);
}

function alignClass(e: RfcElement): string {
  const a = e.attributes.align;
  return a === 'center' ? 'alignCenter' : a === 'right' ? 'alignRight' : 'alignLeft';
}

/** `<artwork>`: text art as preformatted text, SVG inline (sanitised), a file as a link. */
export function artwork(state: HtmlState, e: RfcElement): string {
  const id = blockId(e);
  if (e.attributes.type === 'svg') {
    const svg = e.children.find((c): c is RfcElement => isElement(c) && c.name.replace(/^[\w-]+:/, '') === 'svg');
    if (svg) {
      const markup = svgMarkup(svg, (message, element) => state.warn(message, element));
      return withAnchor(e, tag('div', { class: `${alignClass(e)} art-svg artwork`, id }, `\n${markup}${pilcrow(id)}\n`));
    }
  }
  const lines = codeLines(e);
  if (!lines.length && e.attributes.src) {
    const href = safeHref(e.attributes.src);
    const text = escapeText(e.attributes.src);
    return withAnchor(e, tag('div', { class: `${alignClass(e)} artwork`, id }, `(Artwork only available as a file: ${href ? tag('a', { href }, text) : text})${pilcrow(id)}`));
  }
  const type = /^[\w+.-]+$/.test(e.attributes.type ?? '') ? e.attributes.type : 'text';
  return withAnchor(e, tag('div', { class: `${alignClass(e)} art-${type} artwork`, id }, `\n${tag('pre', {}, escapeText(lines.join('\n')))}${pilcrow(id)}\n`));
}

/** `<sourcecode>`: preformatted, between `<CODE BEGINS>`/`<CODE ENDS>` when it has markers. */
export function sourcecode(_state: HtmlState, e: RfcElement): string {
  const id = blockId(e);
  let lines = codeLines(e);
  if (e.attributes.markers === 'true') {
    lines = [e.attributes.name ? `<CODE BEGINS> file "${e.attributes.name}"` : '<CODE BEGINS>', ...lines, '<CODE ENDS>'];
  }
  const lang = /^[\w+.-]+$/.test(e.attributes.type ?? '') ? ` lang-${e.attributes.type}` : '';
  return withAnchor(e, tag('div', { class: `sourcecode${lang}`, id }, `\n${tag('pre', {}, escapeText(lines.join('\n')))}${pilcrow(id)}\n`));
}

/** `<artset>`: one form of the artwork, SVG when there is one (a browser shows it best). */
export function artset(state: HtmlState, e: RfcElement): string {
  const works = e.children.filter((c): c is RfcElement => isElement(c, 'artwork'));
  const chosen = works.find((a) => a.attributes.type === 'svg') ?? works[0];
  if (!chosen) return '';
  // The other forms' anchors still lead here.
  const others = works.filter((a) => a !== chosen).flatMap((a) => [a.attributes.anchor, a.attributes.pn ? blockId(a) : undefined])
    .filter((x): x is string => !!x).map((x) => `<span id="${escapeAttribute(x)}"></span>`).join('');
  return withAnchor(e, tag('div', { class: 'artset', id: blockId(e) }, `\n${others}${artwork(state, chosen)}\n`));
}
