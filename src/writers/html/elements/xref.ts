import { textContent, type RfcElement } from '../../../tree/nodes.js';
import { escapeText, safeHref, tag } from '../escape.js';
import type { HtmlState } from '../state.js';
import { htmlId } from '../ids.js';

/**
 * `<xref>` (RFC 7991 §2.66) with the text prep derived for it: a section, figure or table
 * link ("Section 3"), a citation in brackets ("[RFC2119]"), the text the document gives
 * followed by the citation, or a link into a section of the cited document.
 */
export function xref(state: HtmlState, e: RfcElement): string {
  const target = e.attributes.target ?? '';
  const element = state.anchors.get(target) ?? state.pns.get(target) ?? state.pns.get(htmlId(target));
  const isReference = element?.name === 'reference' || element?.name === 'referencegroup';
  const format = e.attributes.format ?? 'default';
  const derived = e.attributes.derivedContent ?? target;
  const content = textContent(e).trim() ? state.all(e.children) : '';
  const href = state.link(target);
  if (!element && !state.generated.has(target)) state.warn(`the cross-reference target "${target}" is not in the document`, e);
  const cite = () => tag('a', { href, class: 'cite xref' }, escapeText(derived));
  if (isReference) {
    if (e.attributes.section) {
      const section = /^[A-Z]/.test(e.attributes.section) ? `Appendix ${e.attributes.section}` : `Section ${e.attributes.section}`;
      const link = e.attributes.derivedLink ? safeHref(e.attributes.derivedLink) : undefined;
      const sect = (text: string) => (link ? tag('a', { href: link, class: 'relref' }, escapeText(text)) : escapeText(text));
      const cited = [content, format === 'none' ? '' : `[${cite()}]`].filter(Boolean).join(' ');
      switch (e.attributes.sectionFormat) {
        case 'comma': return tag('span', {}, `${cited}, ${sect(section)}`);
        case 'parens': return tag('span', {}, `${cited} (${sect(section)})`);
        case 'bare': return content ? tag('span', {}, `${sect(e.attributes.section)} (${content})`) : sect(e.attributes.section);
        default: return tag('span', {}, `${sect(section)} of ${cited}`);
      }
    }
    if (content) {
      const text = tag('a', { href, class: 'internal xref' }, content);
      return format === 'none' ? text : tag('span', {}, `${text} [${cite()}]`);
    }
    if (format === 'none') return tag('a', { href, class: 'internal xref' }, '');
    if (format === 'title') return tag('a', { href, class: 'internal xref' }, escapeText(derived));
    return tag('span', {}, `[${cite()}]`);
  }
  if (content) {
    const text = tag('a', { href, class: 'internal xref' }, content);
    if (format === 'none' || !derived || format === 'title') return text;
    return `${text} (${tag('a', { href, class: 'auto internal xref' }, escapeText(derived))})`;
  }
  return tag('a', { href, class: format === 'title' ? 'internal xref' : 'auto internal xref' }, escapeText(derived));
}
