import type { Rule } from '../rule.js';
import { elementsNamed, titleOf } from './util.js';

/** A normative reference to a draft holds the document back until the draft is published (RFC 7322 §4.8.6). */
export const normativeDraft: Rule = {
  id: 'normative-draft',
  description: 'normative references to Internet-Drafts are noted',
  severity: 'info',
  docs: 'A normative reference to an Internet-Draft means this document waits in the RFC Editor queue until that draft '
    + 'is published (a "MISSREF" state). That is often intended; the finding is informational.',
  run(ctx, report) {
    for (const refs of elementsNamed(ctx.document.root, 'references')) {
      if (!/normative/i.test(titleOf(refs)) || /informative/i.test(titleOf(refs))) continue;
      for (const r of elementsNamed(refs, 'reference')) {
        const draft = elementsNamed(r, 'seriesInfo').find((s) => s.attributes.name === 'Internet-Draft');
        if (draft) report(`[${r.attributes.anchor}] is a normative reference to an Internet-Draft (${draft.attributes.value})`, r, 'make it informative if this document does not depend on it');
      }
    }
  },
};
