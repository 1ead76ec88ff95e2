import type { Delete, Emphasis, InlineCode, PhrasingContent, Strong, Text, Parents } from 'mdast';
import { el, text, type RfcElement, type RfcNode } from '../../tree/nodes.js';
import type { State } from '../state.js';
import { toXmlId } from '../anchors.js';
import { inlineHtml } from './html.js';
import { parseAttributeList } from '../../syntax/attribute-list.js';
import { SPAN } from '../../syntax/dialects.js';
import type { IetfSpan } from '../../syntax/inline-span/from-markdown.js';

const BCP14 = /\b(MUST NOT|MUST|REQUIRED|SHALL NOT|SHALL|SHOULD NOT|SHOULD|NOT RECOMMENDED|RECOMMENDED|MAY|OPTIONAL)\b/g;
export const BCP14_WORDS = /^(MUST NOT|MUST|REQUIRED|SHALL NOT|SHALL|SHOULD NOT|SHOULD|NOT RECOMMENDED|RECOMMENDED|MAY|OPTIONAL)$/;

/** Whether BCP 14 keywords in running text are tagged `<bcp14>` (see {@link State}). */
export function textNode(state: State & { bcp14?: boolean }, node: Text): RfcNode[] {
  // mmark (like Pandoc) writes a non-breaking space as a backslash before a space.
  if (state.dialect === 'mmark' && node.value.includes('\\ ')) node = { ...node, value: node.value.replace(/\\ /g, '\u00a0') };
  if (state.dialect !== 'mmark' && node.value.includes('[')) return bareCitations(state, node);
  return keywords(state, node);
}

const BARE = /\[([A-Za-z][\w.:+/-]*)\]/g;

/** kramdown-rfc reads `[RFC5764]` as a citation when such a reference exists (decided later). */
function bareCitations(state: State & { bcp14?: boolean }, node: Text): RfcNode[] {
  const out: RfcNode[] = [];
  let last = 0;
  for (const m of node.value.matchAll(BARE)) {
    if (m.index! > last) out.push(...keywords(state, { ...node, value: node.value.slice(last, m.index) }));
    const xref = el('xref', { target: toXmlId(m[1]) });
    state.softCitations.push({ node: xref, anchor: toXmlId(m[1]), text: m[0], position: state.pos(node) });
    out.push(xref);
    last = m.index! + m[0].length;
  }
  if (last < node.value.length) out.push(...keywords(state, { ...node, value: node.value.slice(last) }));
  return out;
}

/** BCP 14 key words tagged `<bcp14>` in documents that carry the BCP 14 boilerplate. */
function keywords(state: State & { bcp14?: boolean }, node: Text): RfcNode[] {
  if (!state.bcp14 || !BCP14.test(node.value)) return [text(node.value)];
  BCP14.lastIndex = 0;
  const out: RfcNode[] = [];
  let last = 0;
  for (const m of node.value.matchAll(BCP14)) {
    if (m.index! > last) out.push(text(node.value.slice(last, m.index)));
    out.push(el('bcp14', {}, [text(m[0].replace(/\s+/g, ' '))]));
    last = m.index! + m[0].length;
  }
  if (last < node.value.length) out.push(text(node.value.slice(last)));
  return out;
}

export function emphasis(state: State, node: Emphasis): RfcNode[] {
  return [el('em', {}, phrasing(state, node))];
}

export function strong(state: State, node: Strong): RfcNode[] {
  const only = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : undefined;
  if (only && BCP14_WORDS.test(only.replace(/\s+/g, ' '))) return [el('bcp14', {}, [text(only.replace(/\s+/g, ' '))])];
  return [el('strong', {}, phrasing(state, node))];
}

export function inlineCode(_state: State, node: InlineCode): RfcNode[] {
  return [el('tt', {}, [text(node.value)])];
}

export function lineBreak(): RfcNode[] {
  return [el('br')];
}

export function strikethrough(state: State, node: Delete): RfcNode[] {
  state.reporter.warn('unsupported-markdown', 'strikethrough has no RFC XML equivalent; the text is kept without it',
    state.pos(node), 'remove the ~~ marks or use <del> in a note to the RFC Editor');
  return phrasing(state, node);
}

/**
 * Converts phrasing children, pairing inline XML tags (`<sub>`…`</sub>`) into elements and
 * applying span attribute lists (`[^1]{: source="x"}`) to the element before them.
 */
export function phrasing(state: State, parent: Parents | { children: PhrasingContent[] }): RfcNode[] {
  const out: RfcNode[] = [];
  const kids = parent.children as PhrasingContent[];
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i];
    if (node.type === 'html') {
      const r = inlineHtml(state, kids, i);
      out.push(...r.nodes);
      i = r.next - 1;
      continue;
    }
    const span = node as unknown as IetfSpan;
    // `{::comment}…{:/comment}` inside running text is left out (rfc8446bis: "{::comment}Cite
    // IND-CPA?{:/comment}"), up to the closing tag or, lacking one, the paragraph's end.
    if (span.type === 'ietfSpan' && span.kind === SPAN.kramdownIal && /^:comment\s*$/.test(span.value)) {
      let j = i + 1;
      while (j < kids.length && !((kids[j] as unknown as IetfSpan).type === 'ietfSpan' && (kids[j] as unknown as IetfSpan).value === '/comment')) j++;
      i = j;
      continue;
    }
    if (span.type === 'ietfSpan' && span.kind === SPAN.kramdownIal) {
      const prev = out[out.length - 1];
      const list = parseAttributeList(span.value);
      if (prev?.type === 'element' && list) {
        applyInline(prev, list.attributes, list.id);
        continue;
      }
    }
    out.push(...state.one(node, parent as Parents));
    // `{{{Full Name}}}` closes at the first `}}`: the third brace is left in the next text.
    if (span.type === 'ietfSpan' && span.kind === SPAN.kramdownCitation && span.value.startsWith('{')) {
      const next = kids[i + 1];
      if (next?.type === 'text' && next.value.startsWith('}')) next.value = next.value.slice(1);
    }
  }
  return out;
}

function applyInline(target: RfcElement, attributes: Record<string, string>, id?: string): void {
  Object.assign(target.attributes, attributes);
  if (id) target.attributes.anchor = id;
}
