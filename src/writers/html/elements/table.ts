import { isElement, type RfcElement } from '../../../tree/nodes.js';
import { tag } from '../escape.js';
import type { HtmlState } from '../state.js';
import { blockId, withAnchor } from './block.js';
import { captionContent, nameTarget } from './figure.js';

function cell(state: HtmlState, c: RfcElement): string {
  const align = c.attributes.align === 'center' || c.attributes.align === 'right' ? c.attributes.align : 'left';
  const span = (v: string | undefined) => (v && /^\d+$/.test(v) && v !== '1' ? v : undefined);
  return tag(c.name, { class: `text-${align}`, rowspan: span(c.attributes.rowspan), colspan: span(c.attributes.colspan), id: c.attributes.anchor },
    state.all(c.children).trim());
}

function part(state: HtmlState, p: RfcElement): string {
  const rows = p.children.filter((c): c is RfcElement => isElement(c, 'tr')).map((tr) =>
    tag('tr', { id: tr.attributes.anchor }, `\n${tr.children.filter((c): c is RfcElement => isElement(c, 'td') || isElement(c, 'th')).map((c) => cell(state, c)).join('\n')}\n`));
  return tag(p.name, { id: p.attributes.anchor }, `\n${rows.join('\n')}\n`);
}

/** `<table>` (RFC 7991 §2.54): a real table, its caption on top. */
export function table(state: HtmlState, e: RfcElement): string {
  const align = e.attributes.align === 'left' || e.attributes.align === 'right' ? e.attributes.align : 'center';
  const caption = captionContent(state, e, 'Table');
  const parts = e.children.filter((c): c is RfcElement => isElement(c) && ['thead', 'tbody', 'tfoot'].includes(c.name)).map((p) => part(state, p));
  // Text and blocks around the rows (xml2rfc tables may hold a preamble's <t>): kept after the table.
  const body = `\n${caption ? tag('caption', {}, caption) + '\n' : ''}${parts.join('\n')}\n`;
  // Index entries written in the table but outside its rows keep their place just before it.
  const irefs = e.children.filter((c): c is RfcElement => isElement(c, 'iref')).map((c) => state.one(c)).join('');
  return withAnchor(e, `${irefs}${nameTarget(e)}${tag('table', { class: align, id: blockId(e) }, body)}`);
}
