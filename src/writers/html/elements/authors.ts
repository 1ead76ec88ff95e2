import { firstChild, isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { authorLines } from '../../text/elements/authors.js';
import { listCounter } from '../../../prep/xrefs.js';
import { addressedAuthors } from '../../../prep/toc.js';
import { escapeText, safeHref, tag } from '../escape.js';
import { htmlId } from '../ids.js';
import type { HtmlState } from '../state.js';

/** One line of an address block, with phone numbers, e-mail addresses and URIs as links. */
function addressLine(line: string, index: number): string {
  const m = /^(Phone|Fax|Email|URI):\s*(.*)$/.exec(line);
  if (index === 0) {
    // The name, with the role xml2rfc's vCard markup gives it ("Ann Author (editor)").
    const role = /^(.*) \((editor)\)$/.exec(line);
    const name = role ? `${escapeText(role[1])} (${tag('span', { class: 'role' }, role[2])})` : escapeText(line);
    return tag('div', { dir: 'auto', class: 'left' }, tag('span', { class: 'fn nameRole' }, name));
  }
  if (!m) return tag('div', { dir: 'auto', class: 'left' }, escapeText(line));
  const [, label, value] = m;
  const links = label === 'Email'
    ? value.split(/,\s*/).map((a) => tag('a', { href: `mailto:${a}`, class: 'email' }, escapeText(a))).join(', ')
    : label === 'URI'
      ? (safeHref(value) ? tag('a', { href: safeHref(value), class: 'url' }, escapeText(value)) : escapeText(value))
      : tag('a', { href: `tel:${value.replace(/[^\d+]/g, '')}`, class: label === 'Phone' ? 'tel' : 'fax' }, escapeText(value));
  const cls = label === 'Email' ? 'email' : label === 'URI' ? 'url' : label === 'Phone' ? 'tel' : 'fax';
  return tag('div', { class: cls }, `${tag('span', {}, `${label}:`)} ${links}`);
}

/** An `<author>` or `<contact>` as an address card. */
export function addressCard(_state: HtmlState, a: RfcElement): string {
  const lines = authorLines(a);
  const org = firstChild(a, 'organization');
  const orgText = org ? textContent(org).replace(/\s+/g, ' ').trim() : '';
  const html = lines.map((line, i) => (i > 0 && i <= 1 && orgText && line === orgText
    ? tag('div', { dir: 'auto', class: 'left' }, tag('span', { class: 'org' }, escapeText(line)))
    : addressLine(line, i)));
  return tag('address', { class: 'vcard', id: a.attributes.anchor }, `\n${html.join('\n')}\n`);
}

/** The pn and name ids of the Authors' Addresses section the writer adds, if it adds one. */
export function authorsAddressesIds(root: RfcElement): { pn: string; id: string; slug: string } | undefined {
  const back = firstChild(root, 'back');
  if (back?.children.some((c) => isElement(c, 'section') && c.attributes.anchor === 'authors-addresses')) return undefined;
  const authors = addressedAuthors(root);
  if (!authors.length) return undefined;
  const appendices = back ? back.children.filter((c) => isElement(c, 'section')).length : 0;
  const pn = `section-appendix.${listCounter(appendices + 1, 'a')}`;
  return { pn, id: htmlId(pn), slug: authors.length === 1 ? 'name-authors-address' : 'name-authors-addresses' };
}

/**
 * The "Authors' Addresses" section that ends the document, with the id the table of
 * contents links to (the appendix after the last one of `<back>`), unless the document
 * (prepped by another tool) has its own.
 */
export function authorsAddresses(state: HtmlState): string {
  const ids = authorsAddressesIds(state.root);
  if (!ids) return '';
  const authors = addressedAuthors(state.root);
  const one = authors.length === 1;
  const { id, slug } = ids;
  const title = one ? "Author's Address" : "Authors' Addresses";
  const head = tag('h2', { id: slug }, tag('a', { href: `#${slug}`, class: 'section-name selfRef' }, escapeText(title)));
  const cards = authors.map((a) => addressCard(state, a)).join('\n');
  return `<div id="authors-addresses">\n${tag('section', { id }, `\n${head}\n${cards}\n`)}\n</div>`;
}
