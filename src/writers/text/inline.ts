import type { RfcElement, RfcNode } from '../../tree/nodes.js';
import { textContent } from '../../tree/nodes.js';
import { noBreak } from './fill.js';
import type { TextState } from './state.js';

type Piece = string | ReturnType<typeof noBreak>;

/**
 * Starts a `<cref>` line. Its text is what joins it into one-line contexts (a heading, the
 * TOC); a filled paragraph prints the line and its continuations after "// " instead.
 */
export const CREF_START = noBreak('// ');

/**
 * Inline content as fill input, the way xml2rfc's text writer words it: emphasis as `_x_`,
 * strong as `*x*`, code and bcp14 as written, xrefs as their derived text ("Section 3",
 * "[RFC2119]"), erefs as "text (URL)" or "<URL>", line breaks kept.
 */
export function inline(state: TextState, nodes: readonly RfcNode[]): Piece[] {
  const out: Piece[] = [];
  for (const n of nodes) {
    if (n.type === 'text') out.push(n.value);
    else if (n.type === 'element') out.push(...element(state, n));
  }
  return out;
}

function element(state: TextState, e: RfcElement): Piece[] {
  switch (e.name) {
    case 'em': return ['_', ...inline(state, e.children), '_'];
    case 'strong': return ['*', ...inline(state, e.children), '*'];
    case 'tt': case 'bcp14': case 'span': return inline(state, e.children);
    // Plain text has no raised or lowered letters: xml2rfc writes 2^10 and H_2O.
    case 'sup': return ['^', ...inline(state, e.children)];
    case 'sub': return ['_', ...inline(state, e.children)];
    case 'xref': return xref(state, e);
    case 'eref': return eref(state, e);
    case 'iref': return [];
    // A comment starts a line of its own, each of its lines marked "// " (see `filled`).
    case 'cref': return e.attributes.display === 'false' ? [] : ['\n', CREF_START, ...inline(state, e.children)];
    case 'br': return ['\n'];
    case 'contact': return [e.attributes.fullname ?? textContent(e)];
    default: return inline(state, e.children);
  }
}

function xref(state: TextState, e: RfcElement): Piece[] {
  const content = inline(state, e.children);
  const derived = e.attributes.derivedContent ?? e.attributes.target;
  const target = state.byId.get(e.attributes.target);
  const isReference = target?.name === 'reference' || target?.name === 'referencegroup';
  const label = isReference && e.attributes.format !== 'title' && e.attributes.format !== 'none' ? `[${derived}]` : derived;
  if (e.attributes.section && isReference) {
    const section = /^[A-Z]/.test(e.attributes.section) ? `Appendix ${e.attributes.section}` : `Section ${e.attributes.section}`;
    switch (e.attributes.sectionFormat) {
      case 'comma': return [noBreak(label), ', ', noBreak(section)];
      case 'parens': return [noBreak(label), ' (', noBreak(section), ')'];
      case 'bare': return [noBreak(e.attributes.section)];
      default: return [noBreak(section), ' of ', noBreak(label)];
    }
  }
  if (content.length && textContent(e).trim()) {
    // Text given in the document: it stands for itself, followed by the reference in brackets
    // for citations (xml2rfc writes "text [RFC2119]") or the derived label in parentheses.
    if (e.attributes.format === 'none' || !label) return content;
    if (isReference) return e.attributes.format === 'title' ? content : [...content, ' ', noBreak(label)];
    return [...content, ' (', noBreak(label), ')'];
  }
  // A title is text that may break like any other; labels ("Section 3") may not.
  if (e.attributes.format === 'title' && !isReference) return label ? [label] : [];
  return label ? [noBreak(label)] : [];
}

function eref(state: TextState, e: RfcElement): Piece[] {
  const url = e.attributes.target;
  const content = inline(state, e.children);
  // brackets="none" (as prep writes the boilerplate's links) prints the bare address.
  // xml2rfc never breaks an address in an RFC; in a draft it may break after a slash.
  const whole = (u: string) => (state.root.attributes.number ? noBreak(u) : u);
  if (!content.length || textContent(e).trim() === url) return [whole(e.attributes.brackets === 'none' ? url : `<${url}>`)];
  return [...content, ' (', whole(url), ')'];
}

