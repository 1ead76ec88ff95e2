import { isElement, textContent, visitElements, type RfcElement, type RfcNode } from '../../../tree/nodes.js';
import { referenceAuthors, referenceDate, referenceLabels, referenceTarget } from '../../text/elements/references.js';
import { escapeText, safeHref, tag } from '../escape.js';
import { parseMonth } from '../../../prep/boilerplate/index.js';
import type { HtmlState } from '../state.js';
import { blockId, withAnchor } from './block.js';
import { heading } from './section.js';

const labelCache = new WeakMap<RfcElement, Map<string, string>>();
function labelOf(state: HtmlState, ref: RfcElement): string {
  let l = labelCache.get(state.root);
  if (!l) labelCache.set(state.root, (l = referenceLabels(state.root)));
  return l.get(ref.attributes.anchor) ?? ref.attributes.anchor ?? '';
}

function descendants(e: RfcElement, name: string): RfcElement[] {
  const out: RfcElement[] = [];
  visitElements(e, (x) => { if (x.name === name && x !== e) out.push(x); });
  return out;
}

function plain(nodes: readonly RfcNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : isElement(n) ? textContent(n) : '')).join('').replace(/\s+/g, ' ').trim();
}

/** One reference's text: authors, title, series, date and address, each in its own span. */
function referenceBody(state: HtmlState, ref: RfcElement, inGroup = false): string {
  const parts: string[] = [];
  for (const tagName of ['title', 'refcontent', 'stream', 'seriesInfo', 'date']) {
    for (const c of descendants(ref, tagName)) {
      switch (c.name) {
        case 'title': {
          const t = plain(c.children);
          if (t) parts.push(tag('span', { class: 'refTitle' }, escapeText(ref.attributes.quoteTitle === 'false' ? t : `"${t}"`)));
          break;
        }
        case 'refcontent': case 'stream': {
          if (plain(c.children)) parts.push(tag('span', { class: c.name === 'stream' ? 'refStream' : 'refContent' }, state.all(c.children).trim()));
          break;
        }
        case 'seriesInfo': {
          const { name = '', value = '' } = c.attributes;
          if (inGroup && name === 'DOI') break;
          if (name === 'Internet-Draft') {
            if (!descendants(ref, 'refcontent').some((r) => /work in progress/i.test(textContent(r)))) parts.push('Work in Progress');
            parts.push(tag('span', { class: 'seriesInfo' }, escapeText(`${name}, ${value}`)));
          } else parts.push(tag('span', { class: 'seriesInfo' }, escapeText(`${name} ${value}`)));
          break;
        }
        case 'date': {
          const t = referenceDate(c, state.options.legacyDateFormat);
          if (!t) break;
          const { year, month } = c.attributes;
          const mm = month ? parseMonth(month) : undefined;
          const m = mm ? String(mm).padStart(2, '0') : undefined;
          parts.push(tag('time', { datetime: year && /^\d{4}$/.test(year) ? (m ? `${year}-${m}` : year) : undefined, class: 'refDate' }, escapeText(t)));
          break;
        }
      }
    }
  }
  const target = inGroup ? undefined : referenceTarget(ref);
  const href = target ? safeHref(target) : undefined;
  if (target) parts.push(tag('span', {}, `&lt;${href ? tag('a', { href }, escapeText(target)) : escapeText(target)}&gt;`));
  const authors = referenceAuthors(ref);
  let out = authors ? tag('span', { class: 'refAuthor' }, escapeText(authors)) : '';
  for (const p of parts) out += (out ? ', ' : '') + p;
  out += '. ';
  for (const a of descendants(ref, 'annotation')) out += state.all(a.children).trim() + ' ';
  return out.trim();
}

function entry(state: HtmlState, ref: RfcElement): string {
  const label = tag('dt', { id: ref.attributes.anchor }, escapeText(`[${labelOf(state, ref)}]`));
  if (ref.name === 'reference') return `${label}\n${tag('dd', {}, referenceBody(state, ref))}`;
  const members = ref.children.filter((c): c is RfcElement => isElement(c, 'reference'))
    .map((r) => tag('div', { class: 'refInstance', id: r.attributes.anchor }, referenceBody(state, r, true)));
  const target = ref.attributes.target ? safeHref(ref.attributes.target) : undefined;
  if (ref.attributes.target) members.push(tag('div', {}, `&lt;${target ? tag('a', { href: target }, escapeText(ref.attributes.target)) : escapeText(ref.attributes.target)}&gt;`));
  return `${label}\n${tag('dd', {}, `\n${members.join('\n')}\n`)}`;
}

/** `<references>`: a heading, then the entries (sorted by label, as the text writer sorts them). */
export function references(state: HtmlState, e: RfcElement): string {
  state.depth++;
  try {
    const head = heading(state, e);
    let entries = e.children.filter((c): c is RfcElement => isElement(c) && (c.name === 'reference' || c.name === 'referencegroup'));
    if (state.root.attributes.sortRefs !== 'false' && state.root.attributes.symRefs !== 'false') {
      entries = [...entries].sort((a, b) => {
        const x = labelOf(state, a).toLowerCase();
        const y = labelOf(state, b).toLowerCase();
        return x < y ? -1 : x > y ? 1 : 0;
      });
    }
    const list = entries.length ? tag('dl', { class: 'references' }, `\n${entries.map((r) => entry(state, r)).join('\n')}\n`) : '';
    const subs = e.children.filter((c): c is RfcElement => isElement(c, 'references')).map((s) => references(state, s)).join('\n');
    return withAnchor(e, tag('section', { id: blockId(e) }, `\n${head}\n${list}\n${subs}\n`));
  } finally {
    state.depth--;
  }
}
