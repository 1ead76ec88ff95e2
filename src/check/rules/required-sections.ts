import { firstChild, type RfcElement } from '../../tree/nodes.js';
import type { Rule } from '../rule.js';
import { elementsNamed, isRfc, sections, titleOf } from './util.js';

/**
 * The first RFC published under each requirement: RFC 1543 (1993) asked every RFC for a
 * Security Considerations section and RFC 2223 (1997) for an Abstract. An older RFC typeset
 * again (mmark's RFC 1, RFC 1035) is not at fault for lacking them.
 */
const SINCE = { Abstract: 2223, 'Security Considerations': 1543 } as const;

/** Whether a requirement applied: always to a draft, to an RFC from the one that set it. */
function applies(root: RfcElement, what: keyof typeof SINCE): boolean {
  const n = Number(root.attributes.number);
  return !isRfc(root) || !Number.isFinite(n) || n >= SINCE[what];
}

/** The sections every Internet-Draft needs (RFC 7322 §4; the IESG's checklist). */
export const requiredSections: Rule = {
  id: 'required-sections',
  description: 'Abstract, Security Considerations and IANA Considerations are present, and the considerations are in the body',
  severity: 'error',
  docs: 'Every Internet-Draft has an Abstract, a Security Considerations section and an IANA Considerations section '
    + '(which may say there is nothing for IANA to do). They belong in the body, not in an appendix. The Authors\' '
    + 'Addresses section is written by draftsmith from the header; it needs at least one author.',
  run(ctx, report) {
    const root = ctx.document.root;
    const front = firstChild(root, 'front');
    const abstract = front && firstChild(front, 'abstract');
    if ((!abstract || !abstract.children.length) && applies(root, 'Abstract')) report('the document has no Abstract', root, 'add an abstract (kramdown-rfc: `--- abstract`; mmark: `.# Abstract`)');
    if (!front || !elementsNamed(front, 'author').length) report('the document has no author', root, 'list the authors in the header');
    const middle = firstChild(root, 'middle');
    const back = firstChild(root, 'back');
    for (const [word, hint] of [['Security Considerations', 'RFC 3552'], ['IANA Considerations', 'RFC 8126']] as const) {
      const re = new RegExp(`^(\\d+(\\.\\d+)*\\.?\\s+)?${word}\\b`, 'i');
      const inMiddle = middle ? sections(middle).find((s) => re.test(titleOf(s))) : undefined;
      const inBack = back ? sections(back).find((s) => re.test(titleOf(s))) : undefined;
      if (inMiddle) continue;
      // An RFC's IANA section may have been removed by the RFC Editor as empty.
      if (isRfc(root) && word === 'IANA Considerations') continue;
      if (word === 'Security Considerations' && !applies(root, word)) continue;
      if (inBack) report(`"${word}" is an appendix; it belongs in the body of the document`, inBack, 'move it before the references');
      else report(`the document has no ${word} section`, root, `add a section titled "${word}" (see ${hint})`);
    }
  },
};
