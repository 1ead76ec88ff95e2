import { firstChild } from '../../tree/nodes.js';
import type { Rule } from '../rule.js';
import { elementsNamed, escapeRegExp, locate } from './util.js';

/** RFC 7322 §4.3: the Abstract stands alone, without citations. */
export const abstractCitation: Rule = {
  id: 'abstract-citation',
  description: 'the Abstract cites no reference',
  severity: 'warning',
  docs: 'The Abstract is read on its own (in indexes and announcements), so it must not contain citations such as '
    + '[RFC2119] (RFC 7322, Section 4.3). Name the document in words instead ("RFC 2119").',
  run(ctx, report) {
    const front = firstChild(ctx.document.root, 'front');
    const abstract = front && firstChild(front, 'abstract');
    if (!abstract) return;
    const refs = new Set(elementsNamed(ctx.document.root, 'reference', 'referencegroup').map((r) => r.attributes.anchor));
    for (const x of elementsNamed(abstract, 'xref')) {
      if (refs.has(x.attributes.target)) {
        // A Markdown abstract is parsed on its own: find the citation after its marker.
        const start = locate(ctx.source, /^(--- abstract|\.# Abstract|#+ Abstract)\s*$/i)?.start.line ?? 1;
        const at = x.position ? x : locate(ctx.source, new RegExp(escapeRegExp(x.attributes.target)), start) ?? abstract;
        report(`the Abstract cites [${x.attributes.target}]`, at, 'name the document in words, e.g. "RFC 2119", without a citation');
      }
    }
  },
};
