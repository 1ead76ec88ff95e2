import type { Heading, RootContent } from 'mdast';
import { el, textContent, type RfcElement, type RfcNode } from '../tree/nodes.js';
import { deriveAnchor, toXmlId } from './anchors.js';
import { attributesOf } from './attributes.js';
import { defineAnchor, type State } from './state.js';
import { phrasing } from './handlers/phrasing.js';
import { trimEnds } from './handlers/blocks.js';

const SECTION_ATTRS = ['numbered', 'toc', 'removeInRFC', 'title'] as const;

/** The `<name>` content of a heading. */
export function headingName(state: State, h: Heading): RfcNode[] {
  return trimEnds(phrasing(state, h));
}

/** The anchor for a section: the author's, else one derived from the title, made unique. */
function sectionAnchor(state: State, h: Heading, name: RfcNode[]): string {
  const explicit = attributesOf(h)?.id;
  if (explicit) return toXmlId(explicit);
  const title = name.map(textContent).join('');
  let base = toXmlId((state.dialect === 'mmark' ? '' : state.meta.autoIdPrefix) + deriveAnchor(title, state.dialect));
  const seen = state.derivedAnchors.get(base) ?? 0;
  state.derivedAnchors.set(base, seen + 1);
  if (seen > 0 || (state.anchors.has(base) && !explicit)) base = `${base}-${seen || 1}`;
  return base;
}

/**
 * Builds a `<section>` for a heading. The caller fills its children.
 * `numbered` comes from the IAL or, for mmark special headings, is false.
 */
export function sectionFor(state: State, h: Heading, extra: Record<string, string> = {}): RfcElement {
  const name = headingName(state, h);
  const anchor = sectionAnchor(state, h, name);
  defineAnchor(state, anchor, state.pos(h));
  const ial = attributesOf(h);
  const attrs: Record<string, string | undefined> = { anchor, ...extra };
  for (const k of SECTION_ATTRS) if (ial?.attributes[k] !== undefined && k !== 'title') attrs[k] = ial.attributes[k];
  // v2-era documents write yes/no where v3 wants true/false.
  for (const k of ['numbered', 'removeInRFC']) {
    if (attrs[k] === 'no') attrs[k] = 'false';
    else if (attrs[k] === 'yes') attrs[k] = 'true';
  }
  if (ial?.classes.includes('unnumbered')) attrs.numbered = 'false';
  return el('section', attrs, name.length ? [el('name', {}, name)] : [], state.pos(h));
}

/**
 * Nests a flat run of blocks into sections by heading depth. Blocks before the first
 * heading are returned as `lead`. A heading that skips levels nests one level down.
 */
export function sectionize(state: State, nodes: RootContent[], makeSection: (h: Heading) => RfcElement = (h) => sectionFor(state, h)): { lead: RfcNode[]; sections: RfcElement[] } {
  const lead: RfcNode[] = [];
  const top: RfcElement[] = [];
  const stack: { depth: number; el: RfcElement }[] = [];
  for (const node of nodes) {
    if (node.type === 'heading') {
      const sec = makeSection(node);
      while (stack.length && stack[stack.length - 1].depth >= node.depth) stack.pop();
      if (stack.length) stack[stack.length - 1].el.children.push(sec);
      else top.push(sec);
      stack.push({ depth: node.depth, el: sec });
      continue;
    }
    const converted = state.one(node);
    const target = stack.length ? stack[stack.length - 1].el.children : lead;
    for (const c of converted) {
      if (c.type === 'text') { if (c.value.trim()) target.push(el('t', {}, [c])); } else target.push(c);
    }
  }
  for (const s of top) orderSection(s);
  return { lead, sections: top };
}

/** v3 wants a section's content before its subsections: move any stray blocks up. */
function orderSection(sec: RfcElement): void {
  const name = sec.children.filter((c) => c.type === 'element' && c.name === 'name');
  const subs = sec.children.filter((c) => c.type === 'element' && c.name === 'section') as RfcElement[];
  const content = sec.children.filter((c) => !(c.type === 'element' && (c.name === 'name' || c.name === 'section')));
  sec.children = [...name, ...content, ...subs];
  for (const s of subs) orderSection(s);
}

