import { el, firstChild, isElement, textContent, type RfcElement, type RfcNode } from '../tree/nodes.js';
import { indexSectionPn, printsIndex } from './index-section.js';
import { listCounter } from './xrefs.js';

/** How many TOC entries are kept with the heading, so it never stands alone at a page end. */
const KEEP_WITH_HEADING = 3;

/**
 * A section name as the TOC shows it: its markup kept ("Arbitrary^superscript in section
 * _title_", "Title with xref: Section 2.2"), comments as plain text, index entries dropped.
 */
function titleContent(nodes: readonly RfcNode[]): RfcNode[] {
  const out: RfcNode[] = [];
  for (const n of nodes) {
    if (n.type === 'text') out.push({ type: 'text', value: n.value.replace(/\s+/g, ' ') });
    else if (n.type !== 'element' || n.name === 'iref') continue;
    else if (n.name === 'cref') out.push({ type: 'text', value: textContent(n) });
    else out.push({ ...n, attributes: { ...n.attributes }, children: titleContent(n.children) });
  }
  const first = out[0];
  if (first?.type === 'text') out[0] = { type: 'text', value: first.value.trimStart() };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value.trimEnd() };
  return out;
}

/**
 * Whether reference lists print without a number: they do after an unnumbered last middle
 * section, as xml2rfc prints them (elements.xml). Shared by the TOC and the text headings.
 */
export function referencesUnnumbered(root: RfcElement): boolean {
  const sections = firstChild(root, 'middle')?.children.filter((c): c is RfcElement => isElement(c, 'section')) ?? [];
  return sections[sections.length - 1]?.attributes.numbered === 'false';
}

function entry(section: RfcElement, depth: number, unnumberedReferences: boolean): RfcNode[] {
  const pn = section.attributes.pn ?? '';
  const name = firstChild(section, 'name');
  const title = el('xref', { format: 'title', target: name?.attributes.slugifiedName ?? pn }, name ? titleContent(name.children) : []);
  if (section.attributes.numbered === 'false' || (section.name === 'references' && unnumberedReferences)) {
    return [el('xref', { format: 'none', target: pn }), title];
  }
  // The gap after the number is made of non-breaking spaces, so a title never wraps into it.
  if (pn.startsWith('section-appendix.') && depth === 1) return [el('xref', { format: 'default', target: pn }), { type: 'text', value: '.\u00a0\u00a0' }, title];
  const number = pn.replace(/^section-(appendix\.)?/, '');
  // A last number of two digits takes one space, so the titles stay aligned.
  const gap = /(^|\.)\d{2,}$/.test(number) ? '.\u00a0' : '.\u00a0\u00a0';
  return [el('xref', { format: 'counter', target: pn }), { type: 'text', value: gap }, title];
}

/**
 * The "Table of Contents" section prep puts in `<front><toc>` (RFC 7998 §5.4.3): one entry
 * per section, reference list and appendix down to `tocDepth` (default 3), leaving out those
 * marked `toc="exclude"`. Numbering must have run first.
 */
export function tableOfContents(root: RfcElement): RfcElement {
  const depthLimit = Number(root.attributes.tocDepth ?? 3);
  // References follow the numbering of the middle: after an unnumbered last section they show no number.
  const unnumberedReferences = referencesUnnumbered(root);
  let entries = 0;
  const list = (parent: RfcElement, depth: number, pn: string): RfcElement | undefined => {
    const items: RfcElement[] = [];
    for (const s of parent.children) {
      if (!isElement(s) || (s.name !== 'section' && s.name !== 'references') || s.attributes.toc === 'exclude') continue;
      const itemPn = `${pn}.${items.length + 1}`;
      const t = el('t', { indent: '0', keepWithNext: ++entries <= KEEP_WITH_HEADING ? 'true' : undefined, pn: `${itemPn}.1` }, entry(s, depth, unnumberedReferences));
      const li = el('li', { pn: itemPn }, [t]);
      if (depth < depthLimit) {
        const sub = list(s, depth + 1, `${itemPn}.2`);
        if (sub) li.children.push(sub);
      }
      items.push(li);
    }
    return items.length ? el('ul', { bare: 'true', empty: 'true', indent: '2', spacing: 'compact', pn }, items) : undefined;
  };
  const top = el('ul', { bare: 'true', empty: 'true', indent: '2', spacing: 'compact', pn: 'section-toc.1-1' }, []);
  for (const part of ['middle', 'back'] as const) {
    const p = firstChild(root, part);
    if (!p) continue;
    const sub = list(p, 1, 'section-toc.1-1');
    if (sub) top.children.push(...sub.children);
  }
  // The Index prep adds after the appendices (see index-section.ts) has an entry.
  const index = printsIndex(root);
  if (index) {
    top.children.push(el('li', {}, [el('t', { indent: '0' }, [el('xref', { format: 'none', target: indexSectionPn(root) }),
      el('xref', { format: 'title', target: 'name-index' }, [{ type: 'text', value: 'Index' }])])]));
  }
  // The Authors' Addresses section the writers add at the end has an entry too.
  const authors = addressedAuthors(root).length;
  const back = firstChild(root, 'back');
  const hasOwn = back?.children.some((c) => isElement(c, 'section') && c.attributes.anchor === 'authors-addresses');
  if (authors && !hasOwn) {
    const appendices = back ? back.children.filter((c) => isElement(c, 'section')).length : 0;
    const pn = `section-appendix.${listCounter(appendices + (index ? 2 : 1), 'a')}`;
    const title = authors === 1 ? "Author's Address" : "Authors' Addresses";
    top.children.push(el('li', {}, [el('t', { indent: '0' }, [el('xref', { format: 'none', target: pn }),
      el('xref', { format: 'title', target: authors === 1 ? 'name-authors-address' : 'name-authors-addresses' }, [{ type: 'text', value: title }])])]));
  }
  // The items of middle and back are numbered as one list.
  top.children.forEach((li, i) => renumber(li as RfcElement, `section-toc.1-1.${i + 1}`));
  return el('section', { anchor: 'toc', numbered: 'false', removeInRFC: 'false', toc: 'exclude', pn: 'section-toc.1' }, [
    el('name', { slugifiedName: 'name-table-of-contents' }, [{ type: 'text', value: 'Table of Contents' }]),
    top,
  ]);
}

/**
 * The authors the Authors' Addresses section lists: those of `<front>` with a name or an
 * organization (an empty `<author/>`, written only to satisfy the grammar, has no address).
 */
export function addressedAuthors(root: RfcElement): RfcElement[] {
  const front = firstChild(root, 'front');
  return front ? front.children.filter((c): c is RfcElement => isElement(c, 'author') &&
    !!(c.attributes.fullname || c.attributes.surname || c.children.some((k) => isElement(k, 'organization')))) : [];
}

function renumber(li: RfcElement, pn: string): void {
  li.attributes.pn = pn;
  const [t, sub] = li.children as RfcElement[];
  if (t) t.attributes.pn = `${pn}.1`;
  if (sub) {
    sub.attributes.pn = `${pn}.2`;
    sub.children.forEach((c, i) => renumber(c as RfcElement, `${pn}.2.${i + 1}`));
  }
}
