import { el, firstChild, isElement, textContent, visitElements, type RfcElement } from '../tree/nodes.js';

const NOTE = 'This note is to be removed before publishing as an RFC.';
const SECTION = 'This section is to be removed before publishing as an RFC.';

/**
 * Notes and sections marked `removeInRFC="true"` begin with the sentence that says so
 * (RFC 7991 §2.34, §2.46), unless their first paragraph already is that sentence.
 */
export function markRemoveInRfc(root: RfcElement): void {
  visitElements(root, (e) => {
    if ((e.name !== 'note' && e.name !== 'section') || e.attributes.removeInRFC !== 'true') return;
    const sentence = e.name === 'note' ? NOTE : SECTION;
    const first = e.children.find((c): c is RfcElement => isElement(c) && c.name !== 'name');
    if (first && first.name === 't' && textContent(first).replace(/\s+/g, ' ').trim() === sentence) return;
    const at = firstChild(e, 'name') ? e.children.indexOf(firstChild(e, 'name')!) + 1 : 0;
    e.children.splice(at, 0, el('t', {}, [{ type: 'text', value: sentence }]));
  });
}
