import { el, firstChild, isElement, visitElements, type RfcElement, type RfcNode } from '../tree/nodes.js';
import { indexEntries, type IndexLocation } from './index-entries.js';
import { listCounter } from './xrefs.js';

/** The anchor of the index's first paragraph (its letter links), as xml2rfc names it. */
const INDEX_ANCHOR = 'rfc.index.index';

/**
 * Whether prep adds an Index: `indexInclude` is not "false" (its v3 default is "true",
 * RFC 7991 §2.45), the document has an `<iref>` in a numbered place, and it has no index yet
 * (a prepped document). Numbering must have run first.
 */
export function printsIndex(root: RfcElement): boolean {
  if (root.attributes.indexInclude === 'false' || root.attributes.prepTime) return false;
  let prepped = false;
  visitElements(root, (e) => { if (e.attributes.anchor === INDEX_ANCHOR) prepped = true; });
  return !prepped && indexEntries(root).length > 0;
}

/** The pn of the Index section: the appendix after the last one of `<back>`. */
export function indexSectionPn(root: RfcElement): string {
  const back = firstChild(root, 'back');
  const appendices = back ? back.children.filter((c) => isElement(c, 'section')).length : 0;
  return `section-appendix.${listCounter(appendices + 1, 'a')}`;
}

/**
 * Adds the Index section at the end of `<back>` when the document prints one, in the shape
 * xml2rfc's prep gives it: a line of letter links, then per letter a list of `<dl>`s, each
 * item with the places it occurs (`<xref>`s with their derived text, primary places in
 * bold italics) and its subitems in a nested `<dl>`. Numbering must have run first (the
 * places are read from `pn` ids); the xrefs carry their derived text already.
 */
export function addIndexSection(root: RfcElement): void {
  if (!printsIndex(root)) return;
  const letters = indexEntries(root);
  const pn = indexSectionPn(root);
  const letterAnchor = (letter: string) => `rfc.index.u${letter.codePointAt(0)}`;
  const letterLink = (letter: string) => el('xref', { format: 'none', sectionFormat: 'of', target: letterAnchor(letter), derivedContent: '' }, [{ type: 'text', value: letter }]);

  const links: RfcNode[] = [];
  letters.forEach((l, i) => { if (i) links.push({ type: 'text', value: ' ' }); links.push(letterLink(l.letter)); });
  const groups = letters.map((l, i) => {
    const at = `${pn}-2.${i + 1}`;
    const terms: RfcNode[] = [];
    for (const item of l.items) {
      terms.push(el('dt', {}, [{ type: 'text', value: item.item }]), el('dd', {}, places(item.locations)));
      if (item.subitems.length) {
        const subs: RfcNode[] = item.subitems.flatMap((s) => [el('dt', {}, [{ type: 'text', value: s.subitem }]), el('dd', {}, places(s.locations))]);
        terms.push(el('dt', {}), el('dd', {}, [el('dl', { indent: 3, newline: 'false', spacing: 'compact' }, subs)]));
      }
    }
    const dl = el('dl', { indent: 3, newline: 'false', spacing: 'compact' }, terms);
    numberBlocks(dl, `${at}.2.1.1`);
    return el('li', { pn: at }, [
      el('t', { anchor: letterAnchor(l.letter), indent: 0, keepWithNext: 'true', pn: `${at}.1` }, [letterLink(l.letter)]),
      el('ul', { bare: 'false', empty: 'true', indent: 3, spacing: 'compact', pn: `${at}.2` }, [el('li', { pn: `${at}.2.1` }, [dl])]),
    ]);
  });
  const section = el('section', { numbered: 'false', removeInRFC: 'false', toc: 'include', pn }, [
    el('name', { slugifiedName: 'name-index' }, [{ type: 'text', value: 'Index' }]),
    el('t', { anchor: INDEX_ANCHOR, indent: 0, pn: `${pn}-1` }, links),
    el('ul', { bare: 'false', empty: 'true', indent: 3, spacing: 'normal', pn: `${pn}-2` }, groups),
  ]);
  let back = firstChild(root, 'back');
  if (!back) root.children.push((back = el('back')));
  // A section of Authors' Addresses (from a tool that writes one) stays last.
  const authors = back.children.findIndex((c) => isElement(c, 'section') && c.attributes.anchor === 'authors-addresses');
  if (authors < 0) back.children.push(section);
  else back.children.splice(authors, 0, section);
}

/** The places of one term: a paragraph of links separated by semicolons; none leaves the definition empty. */
function places(locations: IndexLocation[]): RfcNode[] {
  if (!locations.length) return [];
  const parts: RfcNode[] = [];
  locations.forEach((loc, i) => {
    if (i) parts.push({ type: 'text', value: '; ' });
    const x = el('xref', { format: 'default', sectionFormat: 'of', target: loc.target, derivedContent: loc.label },
      loc.text ? [{ type: 'text', value: loc.text }] : []);
    parts.push(loc.primary ? el('strong', {}, [el('em', {}, [x])]) : x);
  });
  return [el('t', { indent: 0 }, parts)];
}

const TERM_BLOCKS = new Set(['dl', 'dt', 'dd', 't']);

/** pn ids inside a term list: each block child numbered under its parent, as elsewhere in the document. */
function numberBlocks(e: RfcElement, pn: string): void {
  e.attributes.pn = pn;
  let k = 0;
  for (const c of e.children) if (isElement(c) && TERM_BLOCKS.has(c.name)) numberBlocks(c, `${pn}.${++k}`);
}
