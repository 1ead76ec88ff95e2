import type { Heading, RootContent } from 'mdast';
import type { IetfLine } from '../syntax/part-marker/from-markdown.js';
import type { IetfDirective } from './blocks.js';
import { LINE } from '../syntax/dialects.js';
import { el, type RfcElement, type RfcNode } from '../tree/nodes.js';
import { sectionFor, sectionize } from './sections.js';
import type { State } from './state.js';

/** The body of a draft divided into the places RFC XML puts things. */
export interface Parts {
  abstract: RootContent[] | null;
  notes: { title: string; nodes: RootContent[]; removeInRFC?: boolean; position?: RootContent['position'] }[];
  middle: RootContent[];
  back: RootContent[];
}

function heading(title: string, position: RootContent['position']): Heading {
  return { type: 'heading', depth: 1, children: [{ type: 'text', value: title }], position };
}

/**
 * kramdown-rfc: `--- abstract`, `--- note_Title_Words`, `--- middle`, `--- back` divide the
 * body. (`--- normative`/`--- informative` hold raw XML references and are read as back matter.)
 */
function kramdownParts(state: State, nodes: RootContent[]): Parts {
  const parts: Parts = { abstract: null, notes: [], middle: [], back: [] };
  let current: RootContent[] = parts.middle;
  for (const node of nodes) {
    if (node.type === 'ietfLine' && (node as IetfLine).kind === LINE.kramdownPart) {
      const name = (node as IetfLine).value;
      if (name === 'abstract') current = parts.abstract = [];
      else if (name === 'middle') current = parts.middle;
      else if (name === 'back' || name === 'normative' || name === 'informative') current = parts.back;
      else if (name.startsWith('note_') || name === 'note') {
        const title = name.replace(/^note_?/, '').replace(/_/g, ' ').trim() || 'Note';
        const note = { title, nodes: [] as RootContent[], position: node.position };
        parts.notes.push(note);
        current = note.nodes;
      } else {
        state.reporter.warn('unknown-part', `unknown part "--- ${name}"`, state.pos(node),
          'use --- abstract, --- note_Title, --- middle or --- back');
      }
      continue;
    }
    current.push(node);
  }
  return parts;
}

/**
 * mmark: `{frontmatter}`, `{mainmatter}`, `{backmatter}` divide the body; `.# Abstract` starts
 * the abstract, other `.# Title` headings are notes in the front matter and unnumbered
 * sections elsewhere.
 */
function mmarkParts(state: State, nodes: RootContent[]): Parts {
  const parts: Parts = { abstract: null, notes: [], middle: [], back: [] };
  const hasMain = nodes.some((n) => n.type === 'ietfDirective' && (n as IetfDirective).value === 'mainmatter');
  let division: 'front' | 'middle' | 'back' = hasMain ? 'front' : 'middle';
  let current: RootContent[] = division === 'front' ? [] : parts.middle;
  for (const node of nodes) {
    if (node.type === 'ietfDirective' && (node as IetfDirective).name === 'division') {
      const v = (node as IetfDirective).value;
      division = v === 'frontmatter' ? 'front' : v === 'mainmatter' ? 'middle' : 'back';
      current = division === 'middle' ? parts.middle : division === 'back' ? parts.back : [];
      continue;
    }
    if (node.type === 'ietfLine' && (node as IetfLine).kind === LINE.mmarkSpecialHeading) {
      const title = (node as IetfLine).value;
      if (division === 'front' || (!hasMain && parts.middle.every((n) => n.type !== 'heading'))) {
        if (/^abstract$/i.test(title)) current = parts.abstract = [];
        else {
          const note = { title, nodes: [] as RootContent[], position: node.position };
          parts.notes.push(note);
          current = note.nodes;
        }
      } else {
        const h = heading(title, node.position);
        (h as unknown as { data: unknown }).data = { ietf: { attributes: { classes: ['unnumbered'], attributes: {}, references: [] } } };
        current.push(h);
      }
      continue;
    }
    current.push(node);
  }
  return parts;
}

/**
 * CommonMark with front matter: a first-level "Abstract" heading holds the abstract; a
 * first-level heading starting "Appendix" begins the back matter.
 */
function commonmarkParts(nodes: RootContent[]): Parts {
  const parts: Parts = { abstract: null, notes: [], middle: [], back: [] };
  let current = parts.middle;
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 1) {
      const title = node.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
      if (/^abstract$/i.test(title)) { current = parts.abstract = []; continue; }
      if (/^appendix/i.test(title) || /^appendices$/i.test(title)) {
        current = parts.back;
        if (/^appendices$/i.test(title)) continue;
        // xml2rfc numbers appendices itself ("Appendix A."): drop the author's own label.
        const first = node.children[0];
        if (first?.type === 'text' && /^appendix\s*[A-Z0-9]?[.:]\s*\S/i.test(first.value)) {
          first.value = first.value.replace(/^appendix\s*[A-Z0-9]?[.:]\s*/i, '');
        }
      } else if (current === parts.abstract) current = parts.middle;
    }
    current.push(node);
  }
  return parts;
}

export function splitParts(state: State, nodes: RootContent[]): Parts {
  if (state.dialect === 'mmark') return mmarkParts(state, nodes);
  if (state.dialect === 'kramdown') return kramdownParts(state, nodes);
  return commonmarkParts(nodes);
}

/** Converts a run of blocks that may not hold sections (abstract, notes). */
export function flatBlocks(state: State, nodes: RootContent[]): RfcNode[] {
  const { lead, sections } = sectionize(state, nodes);
  if (sections.length) {
    state.reporter.warn('heading-in-front', 'headings in the abstract or a note are kept as bold paragraphs', state.pos(nodes.find((n) => n.type === 'heading')!),
      'move the heading into the middle of the document');
    const flat: RfcNode[] = [...lead];
    const walk = (s: RfcElement) => {
      for (const c of s.children) {
        if (c.type === 'element' && c.name === 'name') flat.push(el('t', {}, [el('strong', {}, c.children)]));
        else if (c.type === 'element' && c.name === 'section') walk(c);
        else flat.push(c);
      }
    };
    sections.forEach(walk);
    return flat;
  }
  return lead;
}

/** The sections of the middle or back; loose blocks before the first heading get a section of their own. */
export function sectionBlocks(state: State, nodes: RootContent[], where: 'middle' | 'back'): RfcElement[] {
  const { lead, sections } = sectionize(state, nodes, (h) => sectionFor(state, h));
  if (lead.length) {
    const first = nodes.find((n) => n.type !== 'heading');
    state.reporter.warn('text-before-section', `text in the ${where} before its first heading is put in an untitled section`,
      first ? state.pos(first) : undefined, 'start the part with a heading');
    sections.unshift(el('section', {}, lead));
  }
  return sections;
}

