import { textContent, type RfcElement } from '../../../tree/nodes.js';
import { unicodeText } from '../../text/inline.js';
import { escapeText, safeHref, tag } from '../escape.js';
import type { HtmlState } from '../state.js';

/** `<em>`, `<strong>`, `<sub>`, `<sup>`: the HTML element of the same name. */
export function sameName(state: HtmlState, e: RfcElement): string {
  return tag(e.name, {}, state.all(e.children));
}

/** `<tt>`: code. */
export function tt(state: HtmlState, e: RfcElement): string {
  return tag('code', {}, state.all(e.children));
}

/** `<bcp14>`: a requirement keyword, styled apart (RFC 8174). */
export function bcp14(state: HtmlState, e: RfcElement): string {
  return tag('span', { class: 'bcp14' }, state.all(e.children));
}

export function br(): string {
  return '<br>';
}

/** `<strike>`, `<ins>`, `<del>` (kramdown-rfc and xml2rfc extensions). */
export function edit(state: HtmlState, e: RfcElement): string {
  return tag(e.name === 'strike' ? 's' : e.name, {}, state.all(e.children));
}

/** `<span>`: its content (xml2rfc's grammar allows it around text). */
export function span(state: HtmlState, e: RfcElement): string {
  return tag('span', { id: e.attributes.anchor }, state.all(e.children));
}

/** `<iref>`: an anchor the Index links to. */
export function iref(_state: HtmlState, e: RfcElement): string {
  return e.attributes.pn ? tag('span', { id: e.attributes.pn, class: 'iref' }, '') : '';
}

/** `<cref>`: an editor's comment, with its source; hidden with display="false". */
export function cref(state: HtmlState, e: RfcElement): string {
  if (e.attributes.display === 'false') return '';
  const source = e.attributes.source ? tag('span', { class: 'crefSource' }, escapeText(`[${e.attributes.source}]`)) : '';
  return tag('span', { class: 'cref', id: e.attributes.anchor }, state.all(e.children) + (source ? ' ' + source : ''));
}

/** `<u>`: the character with its description, as the text writer prints it. */
export function unicode(_state: HtmlState, e: RfcElement): string {
  return tag('span', { class: 'unicode', id: e.attributes.pn }, escapeText(unicodeText(e)));
}

/** `<eref>`: a link; a bare address unless the element has text (RFC 7991 §2.24). */
export function eref(state: HtmlState, e: RfcElement): string {
  const url = e.attributes.target ?? '';
  const href = safeHref(url);
  if (!href) state.warn(`the link "${url.slice(0, 60)}" uses a scheme a reader's browser should not follow; it is shown as text`, e);
  const hasText = textContent(e).trim() !== '' && textContent(e).trim() !== url;
  const content = hasText ? state.all(e.children) : escapeText(url);
  const link = href ? tag('a', { href, class: hasText ? undefined : 'url' }, content) : content;
  if (e.attributes.brackets === 'angle') return hasText ? `${link} &lt;${escapeText(url)}&gt;` : `&lt;${link}&gt;`;
  return tag('span', {}, link);
}

/** `<contact>` in running text: the person's name. */
export function contact(_state: HtmlState, e: RfcElement): string {
  const name = e.attributes.fullname ?? [e.attributes.initials, e.attributes.surname].filter(Boolean).join(' ');
  return tag('span', { class: 'contact-name' }, escapeText(name || textContent(e).trim()));
}
