import { firstChild, textContent, visitElements, type RfcElement } from '../tree/nodes.js';
import type { TextSection } from './text-outline.js';

/** A section (or references section) of a prepped tree: what gives text sections an anchor. */
interface TreeSection {
  anchor: string;
  number: string;
  title: string;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The sections of a prepped tree in document order, with their number from the `pn` id. */
export function treeSections(root: RfcElement): TreeSection[] {
  const out: TreeSection[] = [];
  visitElements(root, (e) => {
    if (e.name !== 'section' && e.name !== 'references') return;
    const name = firstChild(e, 'name');
    const anchor = e.attributes.anchor;
    if (!name || !anchor) return;
    // pn: "section-4.1" or "section-appendix.a.1" (RFC 7998 numbering).
    const pn = (e.attributes.pn ?? '').replace(/^section-/, '');
    const number = pn.startsWith('appendix.') ? pn.slice(9).replace(/^[a-z]/, (c) => c.toUpperCase()) : /^\d/.test(pn) ? pn : '';
    out.push({ anchor, number: e.attributes.numbered === 'false' ? '' : number, title: squash(textContent(name)) });
  });
  return out;
}

/**
 * Gives the text's sections the anchors of the tree's, matched in document order by number and
 * title (a heading the text writer words differently is matched by its number alone).
 */
export function attachAnchors(sections: TextSection[], root: RfcElement): void {
  const tree = treeSections(root);
  let from = 0;
  for (const s of sections) {
    for (let j = from; j < tree.length; j++) {
      const t = tree[j];
      if ((t.number === s.number && squash(t.title) === squash(s.title)) || (t.number && t.number === s.number)
        || (!t.number && !s.number && squash(t.title) === squash(s.title))) {
        s.anchor = t.anchor;
        from = j + 1;
        break;
      }
    }
  }
}
