import type { Rule } from '../rule.js';
import { elementsNamed } from './util.js';

/** idnits: every listed reference is cited in the text. */
export const referenceNotCited: Rule = {
  id: 'reference-not-cited',
  description: 'every listed reference is cited',
  severity: 'warning',
  docs: 'A reference that the text never cites is either a leftover or a citation that was forgotten. Cite it '
    + 'where it is relevant, or remove it from the header (kramdown-rfc) or the reference list.',
  run(ctx, report) {
    const root = ctx.document.root;
    const cited = new Set(elementsNamed(root, 'xref', 'relref').map((x) => x.attributes.target));
    for (const r of elementsNamed(root, 'reference', 'referencegroup')) {
      const anchor = r.attributes.anchor;
      if (!anchor || cited.has(anchor)) continue;
      // A member of a cited group is cited through the group.
      if (r.name === 'reference' && elementsNamed(root, 'referencegroup').some((g) => cited.has(g.attributes.anchor) && elementsNamed(g, 'reference').includes(r))) continue;
      report(`the reference [${anchor}] is listed but never cited`, r, `cite it ({{${anchor}}} in kramdown-rfc, [@${anchor}] in mmark), or remove it`);
    }
  },
};
