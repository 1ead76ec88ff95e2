import { firstChild, isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { draftExpiry, formatDate } from '../../../prep/boilerplate/index.js';
import { STATUS, STREAM, documentDate } from '../../text/elements/front.js';
import { escapeText, tag } from '../escape.js';
import { MONTH_NAMES } from '../../../util/month-names.js';
import type { HtmlState } from '../state.js';
import { fullAuthorName } from '../../text/elements/authors.js';

const pad = (n: number) => String(n).padStart(2, '0');

function row(key: string, label: string, value: string): string {
  return `${tag('dt', { class: `label-${key}` }, escapeText(label))}\n${tag('dd', { class: key }, value)}`;
}

function listAttr(v: string | undefined): string[] {
  return (v ?? '').split(/[,\s]+/).filter(Boolean);
}

/** The document's identifiers (RFC 7992 §6.4): stream or workgroup, name, dates, status, authors. */
export function identifiers(state: HtmlState, front: RfcElement): string {
  const root = state.root;
  const a = root.attributes;
  const isRfc = !!a.number;
  const rows: string[] = [];
  const workgroups = front.children.filter((c): c is RfcElement => isElement(c, 'workgroup')).map((w) => textContent(w).trim()).filter(Boolean);
  if (isRfc) rows.push(row('stream', 'Stream:', escapeText(STREAM[a.submissionType ?? 'IETF'] ?? STREAM.IETF)));
  // A draft without a workgroup shows the one the text's first page names.
  else rows.push(row('workgroup', 'Workgroup:', escapeText(workgroups.length ? workgroups.join(', ') : 'Network Working Group')));
  if (isRfc) rows.push(row('rfcnum', 'RFC:', escapeText(a.number)));
  else if (a.docName) rows.push(row('internet-draft', 'Internet-Draft:', escapeText(a.docName)));
  const rfcLinks = (v: string) => listAttr(v).map((n) => tag('a', { href: `https://www.rfc-editor.org/rfc/rfc${n.replace(/\D/g, '')}`, class: 'eref' }, escapeText(n))).join(', ');
  if (a.obsoletes) rows.push(row('obsoletes', 'Obsoletes:', rfcLinks(a.obsoletes) + (isRfc ? '' : ' (if approved)')));
  if (a.updates) rows.push(row('updates', 'Updates:', rfcLinks(a.updates) + (isRfc ? '' : ' (if approved)')));
  const date = documentDate(front);
  const legacy = !!state.options.legacyDateFormat;
  if (date) {
    const iso = `${date.year}-${pad(date.month)}${date.day ? `-${pad(date.day)}` : ''}`;
    const text = date.day ? formatDate({ year: date.year, month: date.month, day: date.day }, legacy) : `${MONTH_NAMES[date.month - 1]} ${date.year}`;
    rows.push(row('published', 'Published:', tag('time', { datetime: iso, class: 'published' }, escapeText(text))));
  }
  if (a.category) rows.push(row(isRfc ? 'category' : 'intended-status', isRfc ? 'Category:' : 'Intended Status:', escapeText(STATUS[a.category] ?? a.category)));
  if (!isRfc && date) {
    const exp = draftExpiry({ year: date.year, month: date.month, day: date.day } as never);
    rows.push(row('expires', 'Expires:', tag('time', { datetime: `${exp.year}-${pad(exp.month)}-${pad(exp.day)}` }, escapeText(formatDate(exp, legacy)))));
  }
  if (isRfc) rows.push(row('issn', 'ISSN:', '2070-1721'));
  const authors = front.children.filter((c): c is RfcElement => isElement(c, 'author')).map((au) => {
    const name = fullAuthorName(au);
    const org = firstChild(au, 'organization');
    const orgText = org && org.attributes.showOnFrontPage !== 'false' ? textContent(org).replace(/\s+/g, ' ').trim() : '';
    const editor = au.attributes.role === 'editor' ? `, ${tag('span', { class: 'editor' }, 'Ed.')}` : '';
    return tag('div', { class: 'author' }, `${name ? tag('div', { class: 'author-name' }, escapeText(name) + editor) : ''}${orgText ? tag('div', { class: 'org' }, escapeText(orgText)) : ''}`);
  }).filter((x) => x !== '<div class="author"></div>');
  if (authors.length) rows.push(row('authors', authors.length > 1 ? 'Authors:' : 'Author:', `\n${authors.join('\n')}\n`));
  return `<div id="external-metadata" class="document-information"></div>\n<div id="internal-metadata" class="document-information">\n${tag('dl', { id: 'identifiers' }, `\n${rows.join('\n')}\n`)}\n</div>`;
}

/** The title (RFC 7992 §6.5). */
export function title(state: HtmlState, front: RfcElement): string {
  const t = firstChild(front, 'title');
  // An RFC's number heads the page above its title.
  const number = state.root.attributes.number ? tag('h1', { id: 'rfcnum' }, escapeText(`RFC ${state.root.attributes.number}`)) + '\n' : '';
  return number + tag('h1', { id: 'title' }, t ? state.all(t.children).trim() : '');
}

/** `<abstract>` and `<note>`: sections of the front matter, unnumbered. */
export function frontSection(state: HtmlState, e: RfcElement): string {
  const id = e.attributes.pn;
  const name = firstChild(e, 'name');
  const isAbstract = e.name === 'abstract';
  const headingId = isAbstract ? 'abstract' : name?.attributes.slugifiedName;
  const label = isAbstract ? 'Abstract' : name ? state.all(name.children).trim() : '';
  const head = tag('h2', { id: headingId }, headingId ? tag('a', { href: `#${headingId}`, class: 'selfRef' }, label) : label);
  const body = state.all(e.children.filter((c) => !isElement(c, 'name')));
  const html = tag('section', { id }, `\n${head}\n${body}\n`);
  return e.attributes.anchor && e.attributes.anchor !== id && e.attributes.anchor !== headingId ? `<div id="${e.attributes.anchor}">\n${html}\n</div>` : html;
}

/** The table of contents: prep's section, its list in a `<nav>`. */
export function tableOfContents(state: HtmlState, toc: RfcElement): string {
  const section = toc.children.find((c): c is RfcElement => isElement(c, 'section'));
  if (!section) return '';
  const name = firstChild(section, 'name');
  const slug = name?.attributes.slugifiedName ?? 'name-table-of-contents';
  const head = tag('h2', { id: slug }, tag('a', { href: `#${slug}`, class: 'section-name selfRef' }, name ? state.all(name.children).trim() : 'Table of Contents'));
  const lists = section.children.filter((c): c is RfcElement => isElement(c, 'ul')).map((ul) => tocList(state, ul)).join('\n');
  return `<div id="toc">\n${tag('section', { id: section.attributes.pn }, `\n${head}\n${tag('nav', { class: 'toc' }, lists)}\n`)}\n</div>`;
}

const TOC_CLASS = 'compact toc ulBare ulEmpty';

function tocList(state: HtmlState, ul: RfcElement): string {
  const items = ul.children.filter((c): c is RfcElement => isElement(c, 'li')).map((li) => {
    const inner = li.children.filter((c): c is RfcElement => isElement(c)).map((c) => {
      if (c.name === 'ul') return tocList(state, c);
      const id = c.attributes.pn;
      return tag('p', { id }, state.all(c.children).trim());
    }).join('\n');
    return tag('li', { class: TOC_CLASS, id: li.attributes.pn }, `\n${inner}\n`);
  });
  return tag('ul', { class: TOC_CLASS }, `\n${items.join('\n')}\n`);
}

