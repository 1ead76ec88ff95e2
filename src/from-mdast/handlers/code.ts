import type { Code, Image } from 'mdast';
import { el, text, type RfcNode } from '../../tree/nodes.js';
import { attributesOf, ietfData } from '../attributes.js';
import type { State } from '../state.js';
import type { IetfFigure } from '../blocks.js';
import { anchorAttrs } from './blocks.js';
import { phrasing } from './phrasing.js';

/** Languages that mean "a drawing" rather than source code. */
const ART = new Set(['ascii-art', 'art', 'drawing', 'diagram', 'ascii', 'goat', 'aasvg', 'svgbob', 'ditaa', 'mermaid', 'plantuml', 'mscgen']);
const CODE_KEYS = ['align', 'name', 'markers', 'type', 'src', 'alt', 'originalSrc', 'width', 'height'] as const;
/** Attributes that say what an example must satisfy; kept for the checks, not written to XML. */
const VALIDATION_KEYS = ['schema', 'cddl'] as const;

/**
 * A fenced or indented code block: `<sourcecode type=…>` when it names a language,
 * `<artwork>` when it names none or names a drawing. An anchor, a title or a caption wraps
 * it in a `<figure>`.
 */
export function code(state: State, node: Code): RfcNode[] {
  const lang = node.lang?.trim();
  const ial = attributesOf(node);
  const isArt = !lang || ART.has(lang.toLowerCase());
  const name = isArt ? 'artwork' : 'sourcecode';
  const attrs: Record<string, string | undefined> = {};
  if (isArt && lang) attrs.type = 'ascii-art';
  if (!isArt) attrs.type = lang;
  if (ial) {
    for (const [k, v] of Object.entries(ial.attributes)) {
      if (k.startsWith(`${name}-`)) attrs[k.slice(name.length + 1)] = v;
      else if (k.startsWith('artwork-') || k.startsWith('sourcecode-')) attrs[k.replace(/^[a-z]+-/, '')] = v;
      else if ((CODE_KEYS as readonly string[]).includes(k)) attrs[k] = v;
    }
  }
  if (!isArt && attrs.markers === undefined && ial?.classes.includes('markers')) attrs.markers = 'true';
  const body = el(name, attrs, [text(node.value)], state.pos(node));
  for (const k of VALIDATION_KEYS) {
    const v = ial?.attributes[k];
    if (v) (body.data ??= {})[k] = v;
  }
  const caption = ietfData(node).caption;
  const title = ial?.attributes.title;
  if (!ial?.id && !title && !caption) return [body];
  // mmark wraps a block in a figure only for a caption: `{#id}` alone names the artwork
  // itself (misp-core's fig-sample-object), so no "Figure 1" is printed.
  if (state.dialect === 'mmark' && !caption && !title) {
    Object.assign(body.attributes, anchorAttrs(state, node, ['align']));
    return [body];
  }
  const figAttrs = anchorAttrs(state, node, ['align', 'suppress-title']);
  const fig = el('figure', figAttrs, [], state.pos(node));
  if (caption) fig.children.push(el('name', {}, phrasing(state, { children: caption as never })));
  else if (title) fig.children.push(el('name', {}, [text(title)]));
  fig.children.push(body);
  return [fig];
}

/** `![alt](file.svg "name")`: an artwork that points at a file. */
export function image(state: State, node: Image): RfcNode[] {
  const type = /\.svg$/i.test(node.url) ? 'svg' : /\.(txt|ascii-art)$/i.test(node.url) ? 'ascii-art' : 'binary-art';
  return [el('artwork', { src: node.url, type, alt: node.alt || undefined, name: node.title || undefined }, [], state.pos(node))];
}

/** mmark `!---` figure: its pictures, as an `<artset>` when there are several. */
export function figureGroup(state: State, node: IetfFigure): RfcNode[] {
  const arts = node.images.flatMap((i) => image(state, i));
  const fig = el('figure', anchorAttrs(state, node as never, ['align']), [], state.pos(node as never));
  const caption = ietfData(node as never).caption;
  if (caption) fig.children.push(el('name', {}, phrasing(state, { children: caption as never })));
  fig.children.push(...(arts.length > 1 ? [el('artset', {}, arts)] : arts));
  return [fig];
}
