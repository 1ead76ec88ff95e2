import { firstChild, isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { blankline, concat, hang, hardline, indent, textWidth, type Doc } from '../doc/index.js';
import { fillText } from '../fill.js';
import type { TextState } from '../state.js';
import { sectionNumber } from '../../../prep/xrefs.js';
import { referencesUnnumbered } from '../../../prep/toc.js';
import { CREF_START, inline } from '../inline.js';
import { withIndent } from './figure.js';

/** Where a comment (`<cref>`) in a title starts a line of its own; `headingDoc` breaks there. */
const COMMENT_BREAK = '\uE000';

/** The heading of a section: "1.2.  Title", "Appendix A.  Title", or the bare title. */
export function heading(e: RfcElement, state?: TextState): string {
  const name = firstChild(e, 'name');
  const raw = name && state
    ? inline(state, name.children).map((p, i, all) => (p === '\n' && all[i + 1] === CREF_START ? COMMENT_BREAK : typeof p === 'string' ? p : p.noBreak)).join('')
    : name ? textContent(name) : '';
  const title = raw.replace(/\s+/g, ' ').trim();
  const pn = e.attributes.pn ?? '';
  if (e.attributes.numbered === 'false' || !pn || (state && e.name === 'references' && referencesUnnumbered(state.root))) return title;
  const num = sectionNumber(pn);
  if (!num) return title;
  // Only a top-level appendix says "Appendix"; its subsections are just "A.1.".
  return num.kind === 'Appendix' && !num.number.includes('.') ? `Appendix ${num.number}.  ${title}` : `${num.number}.  ${title}`;
}

/**
 * The heading as a doc: one line, or when longer than the page, filled with its continuation
 * lines under the title ("A.1.  A Very Long Title … the Already" / "      Deployed …").
 */
export function headingDoc(e: RfcElement, state: TextState): Doc {
  const [text, ...comments] = heading(e, state).split(/ ?\uE000 ?/);
  const m = /^((?:Appendix )?[0-9A-Z][0-9.]*\.\s\s)(.*)$/.exec(text);
  // A comment in the title goes on a line of its own under the title: "2.3.  Title with" /
  // "      // id" (draft-v3-features).
  const under = (d: Doc): Doc => (comments.length ? concat(d, ...comments.map((c) => concat(hardline, c))) : d);
  if (textWidth(text) <= 72 && !comments.length) return text;
  if (!m) return under(textWidth(text) <= 72 ? text : fillText(text));
  return concat(m[1], hang(m[1].length, under(textWidth(text) <= 72 ? m[2] : fillText(m[2]))));
}

/** A section: its heading at the margin, its content indented three columns, then its subsections. */
export function section(state: TextState, e: RfcElement): Doc {
  const content = e.children.filter((c) => !(isElement(c) && (c.name === 'name' || c.name === 'section' || c.name === 'references')));
  const subs = e.children.filter((c): c is RfcElement => isElement(c) && (c.name === 'section' || c.name === 'references'));
  const parts: Doc[] = [headingDoc(e, state)];
  const body = withIndent(3, () => state.blocks(content));
  if (content.some((c) => isElement(c) && c.name !== 'iref')) parts.push(blankline, indent(3, body));
  for (const s of subs) parts.push(blankline, state.block(s));
  return concat(...parts);
}
