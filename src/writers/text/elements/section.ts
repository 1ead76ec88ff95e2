import { firstChild, isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { blankline, concat, indent, type Doc } from '../doc/index.js';
import type { TextState } from '../state.js';
import { inline } from '../inline.js';
import { withIndent } from './figure.js';

/** The heading of a section: "1.2.  Title", "Appendix A.  Title", or the bare title. */
export function heading(e: RfcElement, state?: TextState): string {
  const name = firstChild(e, 'name');
  const raw = name && state
    ? inline(state, name.children).map((p) => (typeof p === 'string' ? p : p.noBreak)).join('')
    : name ? textContent(name) : '';
  const title = raw.replace(/\s+/g, ' ').trim();
  const pn = e.attributes.pn ?? '';
  if (e.attributes.numbered === 'false' || !pn) return title;
  const m = /^section-(appendix\.)?([a-z0-9.]+)$/.exec(pn);
  if (!m) return title;
  if (m[1]) {
    const [letter, ...rest] = m[2].split('.');
    const number = [letter.toUpperCase(), ...rest].join('.');
    return rest.length ? `${number}.  ${title}` : `Appendix ${number}.  ${title}`;
  }
  return `${m[2]}.  ${title}`;
}

/** A section: its heading at the margin, its content indented three columns, then its subsections. */
export function section(state: TextState, e: RfcElement): Doc {
  const content = e.children.filter((c) => !(isElement(c) && (c.name === 'name' || c.name === 'section' || c.name === 'references')));
  const subs = e.children.filter((c): c is RfcElement => isElement(c) && (c.name === 'section' || c.name === 'references'));
  const parts: Doc[] = [heading(e, state)];
  const body = withIndent(3, () => state.blocks(content));
  if (content.some((c) => isElement(c))) parts.push(blankline, indent(3, body));
  for (const s of subs) parts.push(blankline, state.block(s));
  return concat(...parts);
}
