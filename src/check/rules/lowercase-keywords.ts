import { isElement, textContent, type RfcElement } from '../../tree/nodes.js';
import type { Rule } from '../rule.js';
import { textPlace } from './non-ascii.js';

/** The BCP 14 keywords in capitals: a document with one of them in its text uses BCP 14. */
const CAPITALS = /\b(MUST|REQUIRED|SHALL|SHOULD|RECOMMENDED|MAY|OPTIONAL)\b/;

/** The same words in lowercase, which RFC 8174 says carry their ordinary English meaning. */
// Only the words that in a specification nearly always state a requirement: "may", "should",
// "required" and "optional" are everyday English far more often (574 findings on the corpus,
// nearly all ordinary uses, when they were included).
const LOWERCASE = /(?<![\w-])(must(?:\s+not)?|shall(?:\s+not)?|should\s+not)(?![\w-])/g;

/** Running text: paragraphs, list items, definitions and table cells. */
const PROSE = new Set(['t', 'li', 'dd', 'td', 'th']);

/**
 * Not running text of this document: code and art, references, quoted text, comments to
 * the editors, section and figure titles, literal text (`<tt>`), cross-reference texts and the
 * boilerplate of a prepped document.
 */
const SKIP = new Set(['sourcecode', 'artwork', 'artset', 'references', 'reference', 'blockquote', 'cref', 'name', 'tt', 'xref', 'eref', 'bcp14', 'boilerplate']);

/** The paragraph of RFC 8174 §2 (or of RFC 2119): it quotes the keywords. */
function isBoilerplate(e: RfcElement): boolean {
  const text = textContent(e);
  return /"MUST"/.test(text) && /"MAY"/.test(text);
}

/** Whether the document uses a keyword in capitals (a `<bcp14>`, or the word in running text). */
function usesBcp14(root: RfcElement): boolean {
  let found = false;
  const walk = (e: RfcElement, prose: boolean) => {
    if (found || (SKIP.has(e.name) && e.name !== 'bcp14')) return;
    if (e.name === 'bcp14') { found = true; return; }
    if (PROSE.has(e.name) && isBoilerplate(e)) return;
    const inProse = prose || PROSE.has(e.name);
    for (const c of e.children) {
      if (isElement(c)) walk(c, inProse);
      else if (c.type === 'text' && inProse && CAPITALS.test(c.value)) found = true;
    }
  };
  walk(root, false);
  return found;
}

interface Use { word: string; at: RfcElement; snippet: string; index: number }

/** The first lowercase keyword of each paragraph, with the text around it (one line of it). */
function uses(root: RfcElement): Use[] {
  const out = new Map<RfcElement, Use>();
  const walk = (e: RfcElement, prose: { e: RfcElement; at: RfcElement } | undefined, at: RfcElement) => {
    if (SKIP.has(e.name)) return;
    if (PROSE.has(e.name) && isBoilerplate(e)) return;
    const here = e.position ? e : at;
    const own = PROSE.has(e.name) ? { e, at: here } : prose;
    for (const c of e.children) {
      if (isElement(c)) walk(c, own, here);
      else if (c.type === 'text' && own && !out.has(own.e)) {
        for (const m of c.value.matchAll(LOWERCASE)) {
          const i = m.index!;
          // A word in quotes is talked about, not used: 'the word "must"'.
          if (/["'\u2018\u201c]$/.test(c.value.slice(0, i)) && /^["'\u2019\u201d]/.test(c.value.slice(i + m[0].length))) continue;
          const from = Math.max(c.value.lastIndexOf('\n', i) + 1, i - 12);
          const nl = c.value.indexOf('\n', i);
          const to = Math.min(nl < 0 ? c.value.length : nl, i + m[0].length + 12);
          out.set(own.e, { word: m[0].replace(/\s+/g, ' '), at: own.at, snippet: c.value.slice(from, to), index: i - from });
          break;
        }
      }
    }
  };
  walk(root, undefined, root);
  return [...out.values()];
}

/** RFC 8174: only the capitals are BCP 14 keywords; a lowercase "must" may still be read as one. */
export const lowercaseKeywords: Rule = {
  id: 'lowercase-keywords',
  description: 'in a document that uses BCP 14, a lowercase "must", "shall" or "should not" is meant in its ordinary sense',
  severity: 'info',
  docs: 'RFC 8174 made the BCP 14 keywords count only in capitals: in lowercase, "must", "should", "may", "required", '
    + '"recommended", "optional" and "shall" have their ordinary English meaning. In a document that states '
    + 'requirements with the capitals, a reader may still take a lowercase one for a requirement, or wonder whether '
    + 'it was meant as one. Only "must", "must not", "shall", "shall not" and "should not" are reported: they nearly always '
    + 'state a requirement, where the others are mostly everyday English. The finding is for information: check that each is meant in its ordinary sense, and '
    + 'write the capitals where a requirement is meant (or rephrase, "needs to", "can"). Code, references, quoted '
    + 'text, titles, the boilerplate and words in quotes are not checked. One finding per paragraph.',
  run(ctx, report) {
    const root = ctx.document.root;
    if (!usesBcp14(root)) return;
    for (const use of uses(root)) {
      report(`"${use.word}" in lowercase: not a BCP 14 keyword (RFC 8174)`, textPlace(ctx, use.at, use.snippet, use.index),
        `if a requirement is meant, write "${use.word.toUpperCase()}"; otherwise check that the ordinary sense is clear, or rephrase`);
    }
  },
};
