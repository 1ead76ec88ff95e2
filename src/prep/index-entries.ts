import { el, firstChild, isElement, textContent, visitElements, type RfcElement, type RfcNode } from '../tree/nodes.js';
import { sectionNumber } from './xrefs.js';

/** One place an index term occurs: the element the index entry links to, and its wording. */
export interface IndexLocation {
  /** The link target: the element's anchor, else its pn. */
  target: string;
  /** How the place reads: "Section 2", "Section 1, Paragraph 3", "Table 1", a reference label. */
  label: string;
  /** Set for an `<iref>` inside a reference's annotation: the word shown before the label. */
  text?: string;
  primary: boolean;
}

/** An `item` of the index, with the places it occurs and its `subitem`s. */
export interface IndexItem {
  item: string;
  locations: IndexLocation[];
  subitems: { subitem: string; locations: IndexLocation[] }[];
}

/** The items that begin with one character, as the index groups them. */
export interface IndexLetter {
  letter: string;
  items: IndexItem[];
}

/**
 * The index of a numbered document (`pn` ids set): every `<iref>` grouped by item and subitem,
 * sorted as xml2rfc's index is, and grouped by the item's first character (in upper case).
 * Items sort without regard to case ("cache", "Cache-Control", "collapsed"), punctuation by
 * its code before letters ("$", "[", "\", "b"); subitems sort by code ("Age", "DIGIT",
 * "delta-seconds"); places keep document order, repeats included. References get no entries
 * of their own: xml2rfc 3.32 ignores `<?rfc-ext include-references-in-index="yes"?>`.
 */
export function indexEntries(root: RfcElement): IndexLetter[] {
  const refLabels = referenceLabels(root);
  const items = new Map<string, IndexItem>();
  const walk = (e: RfcElement, ancestors: RfcElement[]) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === 'iref') {
        const item = c.attributes.item ?? '';
        if (!item.trim()) continue;
        const where = locate(ancestors.concat(e), c, refLabels);
        if (!where) continue;
        const loc = { ...where, primary: c.attributes.primary === 'true' };
        let entry = items.get(item);
        if (!entry) items.set(item, (entry = { item, locations: [], subitems: [] }));
        const sub = c.attributes.subitem;
        if (sub) {
          let s = entry.subitems.find((x) => x.subitem === sub);
          if (!s) entry.subitems.push((s = { subitem: sub, locations: [] }));
          s.locations.push(loc);
        } else entry.locations.push(loc);
      } else walk(c, ancestors.concat(e));
    }
  };
  walk(root, []);
  const sorted = [...items.values()].sort((a, b) => byCode(a.item.toLowerCase(), b.item.toLowerCase()));
  const letters: IndexLetter[] = [];
  for (const item of sorted) {
    item.subitems.sort((a, b) => byCode(a.subitem, b.subitem));
    const letter = [...item.item][0].toUpperCase();
    const last = letters[letters.length - 1];
    if (last?.letter === letter) last.items.push(item);
    else letters.push({ letter, items: [item] });
  }
  return letters;
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where an `<iref>` is, from its ancestors (innermost last): the nearest element with a `pn`,
 * or the reference (the whole reference group, for a member of one) whose annotation holds it.
 */
function locate(ancestors: RfcElement[], iref: RfcElement, refLabels: Map<string, string>): Omit<IndexLocation, 'primary'> | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const e = ancestors[i];
    if (e.name === 'reference' || e.name === 'referencegroup') {
      const group = e.name === 'reference' && ancestors[i - 1]?.name === 'referencegroup' ? ancestors[i - 1] : e;
      const anchor = group.attributes.anchor ?? '';
      return { target: anchor, label: refLabels.get(anchor) ?? anchor, text: 'Reference' };
    }
    if (e.name === 'td' || e.name === 'th') {
      const pn = cellParagraphPn(ancestors.slice(0, i + 1), ancestors[i + 1] ?? iref);
      if (pn) return { target: pn, label: placeLabel(el('t', { pn }), pn, ancestors.slice(0, i)) };
    }
    const pn = e.attributes.pn;
    if (!pn) continue;
    return { target: e.attributes.anchor ?? pn, label: placeLabel(e, pn, ancestors.slice(0, i)) };
  }
  return undefined;
}

/** Blocks that hold a place in their container's numbering, as prep's numbering counts them. */
const BLOCKS = new Set(['t', 'ul', 'ol', 'dl', 'li', 'dt', 'dd', 'figure', 'table', 'artwork', 'sourcecode', 'artset',
  'aside', 'blockquote']);
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
const numbered = (c: RfcNode): c is RfcElement => isElement(c) && (BLOCKS.has(c.name) || TABLE_PARTS.has(c.name));

/**
 * A table cell that holds blocks has its inline runs made paragraphs by xml2rfc's prep, numbered
 * among the cell's blocks under the table's place: an `<iref>` there is in "Section 1, Paragraph
 * 9.1.2.1.1" (table 9 of the section, row group 1, row 2, cell 1, first run). `chain` ends with
 * the cell; `via` is the cell's child that holds the iref. Undefined when the cell holds only
 * inline content (the place is then the table).
 */
function cellParagraphPn(chain: RfcElement[], via: RfcElement): string | undefined {
  const cell = chain[chain.length - 1];
  if (!cell.children.some((c) => isElement(c) && BLOCKS.has(c.name))) return undefined;
  let run = 0;
  let inRun = false;
  let at = 0;
  for (const c of cell.children) {
    if (isElement(c) && BLOCKS.has(c.name)) { run++; inRun = false; }
    else if (c.type === 'element' || (c.type === 'text' && c.value.trim())) { if (!inRun) { run++; inRun = true; } }
    if (c === via) { at = run; break; }
  }
  if (!at) return undefined;
  // The path up to the table: each part's place among its parent's numbered children.
  const path: number[] = [at];
  let k = chain.length - 1;
  for (; k > 0 && chain[k].name !== 'table'; k--) path.unshift(chain[k - 1].children.filter(numbered).indexOf(chain[k]) + 1);
  if (k <= 0) return undefined;
  const table = chain[k];
  const parent = chain[k - 1];
  const place = parent.children.filter(numbered).indexOf(table) + 1;
  const ppn = parent.attributes.pn ?? '';
  if (!/^section-/.test(ppn)) return undefined;
  const sep = ['section', 'abstract', 'note'].includes(parent.name) ? '-' : '.';
  return `${ppn}${sep}${place}.${path.join('.')}`;
}

/**
 * The wording of a place, as xml2rfc words an index entry: a section or appendix by number
 * (an unnumbered one by title), a paragraph by its number path under its section, a list item
 * with its item number, a figure or table by its number, any other block by its section.
 */
function placeLabel(e: RfcElement, pn: string, ancestors: RfcElement[]): string {
  if (e.name === 'figure' || e.name === 'table') return `${e.name === 'figure' ? 'Figure' : 'Table'} ${pn.replace(/^(figure|table)-/, '')}`;
  const container = [...ancestors].reverse().find((a) => ['section', 'references', 'abstract', 'note'].includes(a.name));
  if (e.name === 'section' || e.name === 'references' || e.name === 'abstract' || e.name === 'note') return containerLabel(e);
  const m = /^(section-[a-z0-9.]+)-([\d.]+)$/.exec(pn);
  const where = container ? containerLabel(container) : '';
  if (!m) return where;
  if (e.name === 't') return `${where}, Paragraph ${m[2]}`;
  if (e.name === 'li') {
    const path = m[2].split('.');
    const item = path.pop();
    return `${where}, Paragraph ${path.join('.')}, Item ${item}`;
  }
  return where;
}

function containerLabel(e: RfcElement): string {
  if (e.name === 'abstract') return 'Abstract';
  const name = firstChild(e, 'name');
  const title = name ? textContent(name).replace(/\s+/g, ' ').trim() : '';
  const num = sectionNumber(e.attributes.pn ?? '');
  if (!num || e.attributes.numbered === 'false') return title;
  return `${num.kind} ${num.number}`;
}

/** Reference labels as citations show them: the displayreference name, the anchor, or (symRefs="false") the number. */
function referenceLabels(root: RfcElement): Map<string, string> {
  const display = new Map<string, string>();
  visitElements(root, (e) => {
    if (e.name === 'displayreference' && e.attributes.target) display.set(e.attributes.target, e.attributes.to ?? '');
  });
  const labels = new Map<string, string>();
  let n = 0;
  const numbered = root.attributes.symRefs === 'false';
  visitElements(root, (e, parent) => {
    if ((e.name !== 'reference' && e.name !== 'referencegroup') || parent?.name === 'referencegroup') return;
    ++n;
    const anchor = e.attributes.anchor;
    if (anchor) labels.set(anchor, display.get(anchor) ?? (numbered ? String(n) : anchor));
  });
  return labels;
}
