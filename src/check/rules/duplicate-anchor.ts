import { visitElements, type RfcElement } from '../../tree/nodes.js';
import { authorsAddressesIds } from '../../writers/html/elements/authors.js';
import { htmlId } from '../../writers/html/ids.js';
import type { CheckContext, Rule } from '../rule.js';
import { titleOf } from './util.js';

/** How to name an element in a message: `section "Introduction"`, `<figure>`. */
function describe(e: RfcElement): string {
  const title = e.name === 'name' ? '' : titleOf(e);
  return title ? `the ${e.name} "${title}"` : `a <${e.name}>`;
}

/** " (line 12)", in the file the author edits (through the include map), or nothing without a position. */
function lineOf(ctx: CheckContext, e: RfcElement): string {
  if (!e.position) return '';
  const line = e.position.start.line;
  const mapped = ctx.lineMap?.[line - 1];
  if (!mapped) return ` (line ${line})`;
  return mapped.file === ctx.file ? ` (line ${mapped.line})` : ` (${mapped.file}, line ${mapped.line})`;
}

/**
 * The ids prep and the writers give elements, from the prepped tree: `pn` (section-2.1,
 * figure-3, section-2.1-4, iref-…, u-…) also as the HTML writer spells appendices
 * (appendix-A.1), the `name-…` ids of titles, and those of the Authors' Addresses section the
 * writers add. Each with the element it names (a title's id names its section).
 */
function generatedIds(root: RfcElement): Map<string, { owner: RfcElement; what: string }> {
  const out = new Map<string, { owner: RfcElement; what: string }>();
  const walk = (e: RfcElement) => {
    const pn = e.attributes.pn;
    if (pn) {
      out.set(pn, { owner: e, what: describe(e) });
      out.set(htmlId(pn), { owner: e, what: describe(e) });
    }
    for (const c of e.children) {
      if (c.type !== 'element') continue;
      if (c.name === 'name' && c.attributes.slugifiedName) out.set(c.attributes.slugifiedName, { owner: e, what: `the title of ${describe(e)}` });
      walk(c);
    }
  };
  walk(root);
  const added = authorsAddressesIds(root);
  if (added) for (const id of [added.pn, added.id, added.slug]) out.set(id, { owner: root, what: 'the Authors\' Addresses section' });
  return out;
}

/** Links go to one place: an anchor names one element, and no id draftsmith generates. */
export const duplicateAnchor: Rule = {
  id: 'duplicate-anchor',
  description: 'every anchor is used once, and is not an id draftsmith generates for another element',
  severity: 'error',
  docs: 'An anchor names one element: with two elements of the same anchor, cross-references and links into the '
    + 'HTML go to one of them, unpredictably (the XML is not valid either; the Markdown converter refuses it). '
    + 'Prep also gives every section, paragraph, figure and table an id (`section-2.1`, `section-2.1-3`, '
    + '`figure-1`, `appendix-A`), and every title one (`name-introduction`); an anchor spelled like the id of '
    + 'another element takes that element\'s links. Rename the anchor: pick a name from what the element is about.',
  run(ctx, report) {
    // The author's anchors, in document order, from the document as written.
    const first = new Map<string, RfcElement>();
    visitElements(ctx.document.root, (e) => {
      const anchor = e.attributes.anchor;
      if (!anchor) return;
      const before = first.get(anchor);
      if (!before) first.set(anchor, e);
      else report(`the anchor "${anchor}" is also the anchor of ${describe(before)}${lineOf(ctx, before)}`, e.position ? e : before, 'give each element an anchor of its own');
    });
    // An anchor that is the generated id of another element (compared in the prepped tree, where both are).
    const generated = generatedIds(ctx.prepped.root);
    const seen = new Set<string>();
    visitElements(ctx.prepped.root, (e) => {
      const anchor = e.attributes.anchor;
      if (!anchor || !first.has(anchor) || seen.has(anchor)) return;
      const id = generated.get(anchor);
      if (!id || id.owner === e) return;
      seen.add(anchor);
      const at = first.get(anchor)!;
      report(`the anchor "${anchor}" is the id draftsmith gives ${id.what}`, at.position ? at : e,
        `rename the anchor: ids such as section-1, figure-1, appendix-A and name-… are generated for every document`);
    });
  },
};
