import { firstChild, textContent } from '../../tree/nodes.js';
import type { Rule } from '../rule.js';

/** RFC 7322 §4.3 and the IESG's statement: the Abstract says which RFCs this one updates or obsoletes. */
export const updatesInAbstract: Rule = {
  id: 'updates-in-abstract',
  description: 'RFCs named by updates/obsoletes are named in the Abstract',
  severity: 'warning',
  docs: 'When a document updates or obsoletes RFCs, its Abstract says so ("This document obsoletes RFC 2616."), so '
    + 'that readers of the index see it.',
  run(ctx, report) {
    const root = ctx.document.root;
    const front = firstChild(root, 'front');
    const abstract = front && firstChild(front, 'abstract');
    const text = abstract ? textContent(abstract).replace(/\s+/g, ' ') : '';
    for (const attr of ['updates', 'obsoletes'] as const) {
      for (const n of (root.attributes[attr] ?? '').split(/[,\s]+/).map((x) => x.replace(/\D/g, '')).filter(Boolean)) {
        // "RFC 2616", "RFC2616" or a list such as "RFCs 5705, 6066, and 7627".
        if (!/\bRFCs?\b|\bRFC\d/.test(text) || !new RegExp(`(?<![\\d.])0*${n}(?![\\d])`).test(text)) {
          report(`the document ${attr} RFC ${n}, but the Abstract does not mention it`, abstract ?? root, `say in the Abstract that this document ${attr} RFC ${n}`);
        }
      }
    }
  },
};
