import type { RfcElement } from '../../../tree/nodes.js';
import { escapeText, safeHref, tag } from '../escape.js';
import type { HtmlState } from '../state.js';
import { blockId, hasInlineContent, pilcrow, withAnchor } from './block.js';

/** `<t>`: a paragraph with its ¶ self-link. */
export function paragraph(state: HtmlState, e: RfcElement): string {
  const id = blockId(e);
  const keep = [e.attributes.keepWithNext === 'true' ? 'keepWithNext' : '', e.attributes.keepWithPrevious === 'true' ? 'keepWithPrevious' : '']
    .filter(Boolean).join(' ');
  const indent = e.attributes.indent && e.attributes.indent !== '0' && /^\d+$/.test(e.attributes.indent)
    ? `margin-left: ${Number(e.attributes.indent) / 2}em` : undefined;
  return withAnchor(e, tag('p', { id, class: keep || undefined, style: indent }, state.all(e.children).trim() + pilcrow(id)));
}

/** `<blockquote>`: its content, then where it comes from. */
export function blockquote(state: HtmlState, e: RfcElement): string {
  const id = blockId(e);
  const body = hasInlineContent(e.children) ? state.all(e.children).trim() + pilcrow(id) : `\n${state.all(e.children)}\n`;
  const cite = e.attributes.cite ? safeHref(e.attributes.cite) : undefined;
  const from = e.attributes.quotedFrom
    ? tag('cite', {}, cite ? tag('a', { href: cite }, `— ${escapeText(e.attributes.quotedFrom)}`) : `— ${escapeText(e.attributes.quotedFrom)}`)
    : cite ? tag('cite', {}, tag('a', { href: cite }, escapeText(e.attributes.cite!))) : '';
  return withAnchor(e, tag('blockquote', { id, cite }, body + from));
}

/** `<aside>`: a note set apart from the text. */
export function aside(state: HtmlState, e: RfcElement): string {
  const id = blockId(e);
  const body = hasInlineContent(e.children) ? state.all(e.children).trim() + pilcrow(id) : `\n${state.all(e.children)}\n`;
  return withAnchor(e, tag('aside', { id }, body));
}
