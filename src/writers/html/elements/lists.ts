import { isElement, type RfcElement } from '../../../tree/nodes.js';
import { counterText, olFormat } from '../../text/elements/lists.js';
import { escapeAttribute, escapeText, tag } from '../escape.js';
import type { HtmlState } from '../state.js';
import { blockId, hasInlineContent, pilcrow, withAnchor } from './block.js';

/** Per rendering (keyed by the writer's state): the next counter of each `<ol group>`. */
const groups = new WeakMap<HtmlState, Map<string, number>>();

/** An item's content: its running text with a ¶, or its blocks. */
function itemContent(state: HtmlState, e: RfcElement, id: string | undefined): string {
  // An author anchor on an item the HTML cannot wrap: an empty element at its start carries it.
  const anchor = e.attributes.anchor && e.attributes.anchor !== id ? `<span id="${escapeAttribute(e.attributes.anchor)}"></span>` : '';
  if (hasInlineContent(e.children)) return anchor + state.all(e.children).trim() + pilcrow(id);
  return `${anchor}\n${state.all(e.children)}\n`;
}

function spacing(e: RfcElement): string {
  return e.attributes.spacing === 'compact' ? 'compact' : 'normal';
}

/** `<ul>`: bullets, or none for `empty`; `bare` items start at the margin. */
export function unorderedList(state: HtmlState, e: RfcElement): string {
  const cls = [spacing(e), e.attributes.bare === 'true' ? 'ulBare' : '', e.attributes.empty === 'true' ? 'ulEmpty' : ''].filter(Boolean).join(' ');
  const items = e.children.filter((c): c is RfcElement => isElement(c, 'li')).map((li) => {
    const id = blockId(li);
    return tag('li', { class: cls, id }, itemContent(state, li, id));
  });
  return withAnchor(e, tag('ul', { class: cls, id: blockId(e) }, `\n${items.join('\n')}\n`));
}

/** `<ol>`: counted items; a `type` with a format ("REQ%d:") prints its labels as terms. */
export function orderedList(state: HtmlState, e: RfcElement): string {
  const items = e.children.filter((c): c is RfcElement => isElement(c, 'li'));
  let start = Number(e.attributes.start ?? 1) || 1;
  const group = e.attributes.group;
  if (group) {
    let g = groups.get(state);
    if (!g) groups.set(state, (g = new Map()));
    if (!e.attributes.start) start = g.get(group) ?? 1;
    g.set(group, start + items.length);
  }
  const type = e.attributes.type ?? '1';
  const id = blockId(e);
  if (type.length > 1) {
    const { format, style } = olFormat(type);
    const body = items.map((li, i) => {
      const liId = blockId(li);
      const label = format.replace('%s', counterText(start + i, style));
      return `${tag('dt', {}, escapeText(label))}\n${tag('dd', { id: liId }, itemContent(state, li, liId))}`;
    });
    return withAnchor(e, tag('dl', { class: `olPercent ${spacing(e)}`, id }, `\n${body.join('\n')}\n`));
  }
  const htmlType = /^[1aAiI]$/.test(type) ? type : '1';
  const body = items.map((li) => {
    const liId = blockId(li);
    return tag('li', { id: liId }, itemContent(state, li, liId));
  });
  return withAnchor(e, tag('ol', { start: String(start), type: htmlType, class: `${spacing(e)} type-${htmlType}`, id }, `\n${body.join('\n')}\n`));
}

/** `<dl>`: terms and definitions, side by side or (newline="true") one under the other. */
export function definitionList(state: HtmlState, e: RfcElement): string {
  const cls = [e.attributes.newline === 'true' ? 'dlNewline' : 'dlParallel', e.attributes.spacing === 'compact' ? 'dlCompact' : '']
    .filter(Boolean).join(' ');
  const body: string[] = [];
  for (const c of e.children) {
    if (!isElement(c) || (c.name !== 'dt' && c.name !== 'dd')) continue;
    const id = blockId(c);
    if (c.name === 'dt') {
      const anchor = c.attributes.anchor && c.attributes.anchor !== id ? `<span id="${escapeAttribute(c.attributes.anchor)}"></span>` : '';
      body.push(tag('dt', { id }, anchor + state.all(c.children).trim()));
    } else body.push(tag('dd', { id }, itemContent(state, c, id)));
  }
  return withAnchor(e, tag('dl', { class: cls, id: blockId(e) }, `\n${body.join('\n')}\n`));
}
