import { isElement, textContent, type RfcElement } from '../../tree/nodes.js';
import type { Rule } from '../rule.js';
import { elementsNamed } from './util.js';

const KEYWORDS = /\b(MUST(?: NOT)?|REQUIRED|SHALL(?: NOT)?|SHOULD(?: NOT)?|(?:NOT )?RECOMMENDED|MAY|OPTIONAL)\b/;

/**
 * The paragraph of RFC 8174 §2 (or RFC 2119's older one): it names the keywords, quoted or set
 * in bold as some RFCs do ("The keywords **MUST**, …"), and cites BCP 14, RFC 2119 or RFC 8174 in
 * words or by a reference.
 */
function isBoilerplate(t: RfcElement): boolean {
  const text = textContent(t);
  if (!/\bMUST\b/.test(text) || !/\bMAY\b/.test(text) || !/key\s?words/i.test(text)) return false;
  return /BCP\s*14|RFC\s*(?:2119|8174)/.test(text)
    || elementsNamed(t, 'xref').some((x) => /^(?:RFC0?2119|RFC8174|BCP0*14)$/i.test(x.attributes.target ?? ''));
}

/** Running text where a keyword counts: paragraphs and items, not code, art or titles of references. */
const PROSE = new Set(['t', 'li', 'dd', 'td', 'th', 'blockquote', 'aside']);

function proseKeyword(root: RfcElement): RfcElement | undefined {
  let found: RfcElement | undefined;
  const walk = (e: RfcElement, inProse: boolean) => {
    if (found || e.name === 'sourcecode' || e.name === 'artwork' || e.name === 'references' || e.name === 'name') return;
    const prose = inProse || PROSE.has(e.name);
    if (e.name === 'bcp14') { found = e; return; }
    for (const c of e.children) {
      if (found) return;
      if (c.type === 'text' && prose && KEYWORDS.test(c.value)) found = e;
      else if (isElement(c)) walk(c, prose);
    }
  };
  walk(root, false);
  return found;
}

/** The boilerplate paragraph and the first use of a keyword outside it. */
function analyse(root: RfcElement): { boilerplate?: RfcElement; use?: RfcElement } {
  const boilerplate = elementsNamed(root, 't').find(isBoilerplate);
  // The keywords quoted in the boilerplate itself are not uses.
  const rest = boilerplate ? { ...root, children: withoutElement(root, boilerplate) } : root;
  return { boilerplate, use: proseKeyword(rest as RfcElement) };
}

/** RFC 8174: BCP 14 keywords mean what BCP 14 says only with its boilerplate. */
export const bcp14Boilerplate: Rule = {
  id: 'bcp14-boilerplate',
  description: 'BCP 14 keywords (MUST, SHOULD, …) come with the RFC 8174 boilerplate',
  severity: 'error',
  docs: 'A document that uses the requirement keywords of BCP 14 in capitals must say so with the paragraph of RFC 8174, '
    + 'Section 2, and cite both RFC 2119 and RFC 8174. kramdown-rfc writes the paragraph with `{::boilerplate bcp14-tagged}`.',
  run(ctx, report) {
    const root = ctx.document.root;
    const { boilerplate, use } = analyse(root);
    if (use && !boilerplate) {
      report(`a BCP 14 keyword (${(KEYWORDS.exec(textContent(use)) ?? ['MUST'])[0]}) is used, but the document lacks the RFC 8174 boilerplate`, use.position ? use : root,
        'add the paragraph of RFC 8174, Section 2 (kramdown-rfc: {::boilerplate bcp14-tagged}) and cite RFC 2119 and RFC 8174; check --fix does');
    }
  },
  fix(ctx) {
    const { boilerplate, use } = analyse(ctx.document.root);
    if (!use || boilerplate || ctx.dialect === 'commonmark') return [];
    // Under the first heading of the body: `--- middle` (kramdown-rfc) or `{mainmatter}` (mmark).
    const lines = ctx.source.split('\n');
    const start = lines.findIndex((l) => (ctx.dialect === 'kramdown' ? /^---\s+middle\s*$/ : /^\{mainmatter\}\s*$/).test(l));
    const heading = lines.findIndex((l, i) => i > start && /^#{1,6}\s/.test(l));
    if (heading < 0) return [];
    const paragraph = ctx.dialect === 'kramdown' ? '{::boilerplate bcp14-tagged}'
      : 'The key words "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT", "SHOULD", "SHOULD NOT", "RECOMMENDED", '
        + '"NOT RECOMMENDED", "MAY", and "OPTIONAL" in this document are to be interpreted as described in BCP 14 '
        + '[@!RFC2119] [@!RFC8174] when, and only when, they appear in all capitals, as shown here.';
    return [{ line: heading + 2, remove: 0, insert: ['', paragraph], description: 'inserted the BCP 14 boilerplate of RFC 8174' }];
  },
};

/** The other way round: the boilerplate, in its RFC 8174 form, where keywords are used. */
export const bcp14Form: Rule = {
  id: 'bcp14-form',
  description: 'the BCP 14 boilerplate is the RFC 8174 form, and only in documents that use the keywords',
  severity: 'warning',
  docs: 'The BCP 14 paragraph is the one of RFC 8174, Section 2 (it cites RFC 2119 and RFC 8174 and says the keywords '
    + 'count only in capitals). A document with the paragraph but no keyword should drop the paragraph.',
  run(ctx, report) {
    const { boilerplate, use } = analyse(ctx.document.root);
    if (!boilerplate) return;
    if (!use) report('the document has the BCP 14 boilerplate but uses none of its keywords', boilerplate, 'remove the paragraph, or use the keywords where requirements are stated');
    if (!/8174/.test(textContent(boilerplate)) && !elementsNamed(boilerplate, 'xref').some((x) => /8174/.test(x.attributes.target))) {
      report('the BCP 14 boilerplate does not cite RFC 8174', boilerplate, 'use the RFC 8174 form of the paragraph, which cites RFC 2119 and RFC 8174');
    }
  },
};

/** A shallow copy of the tree's path without one element (for searching around it). */
function withoutElement(e: RfcElement, skip: RfcElement): RfcElement['children'] {
  return e.children.filter((c) => c !== skip).map((c) => (isElement(c) ? { ...c, children: withoutElement(c, skip) } : c));
}
