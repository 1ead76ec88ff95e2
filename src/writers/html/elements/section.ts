import { firstChild, isElement, type RfcElement } from '../../../tree/nodes.js';
import { referencesUnnumbered } from '../../../prep/toc.js';
import { sectionNumber } from '../../../prep/xrefs.js';
import { escapeText, tag } from '../escape.js';
import type { HtmlState } from '../state.js';
import { blockId, withAnchor } from './block.js';

/**
 * A section's heading (`h2` for a top-level section, one deeper per level): its number and its
 * name, each a self-link (RFC 7992 §5.2). The heading carries the name's id (`name-…`).
 */
export function heading(state: HtmlState, e: RfcElement, depth = state.depth): string {
  const id = blockId(e);
  const name = firstChild(e, 'name');
  const slug = name?.attributes.slugifiedName;
  const level = Math.min(6, depth + 1);
  const num = e.attributes.pn ? sectionNumber(e.attributes.pn) : undefined;
  const numbered = e.attributes.numbered !== 'false' && !(e.name === 'references' && referencesUnnumbered(state.root));
  let number = '';
  if (num && numbered && id) {
    const text = num.kind === 'Appendix' && !num.number.includes('.') ? `Appendix ${num.number}. ` : `${num.number}. `;
    number = tag('a', { href: `#${id}`, class: 'section-number selfRef' }, escapeText(text));
  }
  const title = name ? state.all(name.children).trim() : '';
  const titleLink = slug ? tag('a', { href: `#${slug}`, class: 'section-name selfRef' }, title) : title;
  return tag(`h${level}`, { id: slug ?? (id ? undefined : e.attributes.anchor) }, `\n${number}${titleLink}\n`);
}

/** `<section>`: a heading, then its content and subsections. */
export function section(state: HtmlState, e: RfcElement): string {
  const id = blockId(e);
  state.depth++;
  try {
    const head = heading(state, e);
    const body = state.all(e.children.filter((c) => !isElement(c, 'name')));
    return withAnchor(e, tag('section', { id }, `\n${head}\n${body}\n`));
  } finally {
    state.depth--;
  }
}
