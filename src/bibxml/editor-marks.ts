import { isElement, textContent, visitElements, type RfcElement, type RfcNode } from '../tree/nodes.js';

/**
 * Repairs a known defect of bibxml entries as the citation service serves them today: an
 * editor's "Ed." comes as an author of its own (`<author initials="" surname="Ed" fullname="Ed"/>`
 * after "L. Dusseault" in reference.RFC.4918.xml), so a reference would list "Dusseault, L. and
 * Ed" where the RFC index, and the RFCs that cite it, have "Dusseault, L., Ed.". Such an author
 * is dropped and the author before it becomes the editor. Reported upstream as
 * ietf-tools/bibxml-service#506 and ietf-tools/datatracker#11509.
 *
 * Only an author with nothing but that name counts (no initials, no organization, no address),
 * and only after another author: a person named "Ed" stays as written.
 */
export function repairEditorMarks(entry: RfcElement): void {
  visitElements(entry, (front) => {
    if (front.name !== 'front') return;
    const kept: RfcNode[] = [];
    let previous: RfcElement | undefined;
    for (const child of front.children) {
      if (isElement(child, 'author')) {
        if (previous && isEditorMark(child)) {
          previous.attributes.role ??= 'editor';
          continue;
        }
        previous = child;
      }
      kept.push(child);
    }
    front.children = kept;
  });
}

const ED = /^Ed\.?$/;

function isEditorMark(author: RfcElement): boolean {
  const a = author.attributes;
  const name = (a.fullname ?? a.surname ?? '').trim();
  if (!ED.test(name) || (a.surname !== undefined && !ED.test(a.surname.trim()))) return false;
  if ((a.initials ?? '').trim() !== '' || a.asciiFullname || a.asciiSurname) return false;
  return textContent(author).trim() === '';
}
