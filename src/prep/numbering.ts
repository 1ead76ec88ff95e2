import { isElement, visitElements, type RfcElement } from '../tree/nodes.js';
import { slugify, slugifiedName } from './slug.js';
import { listCounter } from './xrefs.js';

/** Blocks that take a place in their container's paragraph numbering (RFC 7998 `pn`). */
const BLOCKS = new Set(['t', 'ul', 'ol', 'dl', 'li', 'dt', 'dd', 'figure', 'table', 'artwork', 'sourcecode', 'artset',
  'aside', 'blockquote']);

interface Counters {
  figure: number; table: number; iref: number; u: number; slugs: Set<string>;
  /** Ids a document prepped earlier had, to the ids numbering gave the same elements. */
  renamed: Map<string, string>;
}

/** Gives `e` its pn, remembering an earlier, different one (see `retargetRenumbered`). */
function setPn(e: RfcElement, pn: string, counters: Counters): void {
  const old = e.attributes.pn;
  if (old && old !== pn) counters.renamed.set(old, pn);
  e.attributes.pn = pn;
}

/**
 * Numbers the document as xml2rfc 3's prep does (RFC 7998 §5.4): `pn` ids on sections
 * (`section-2.1`, `section-appendix.a.1`), references (numbered after the last middle section),
 * the abstract and notes (`section-abstract`, `section-note.1`), figures and tables
 * (`figure-3`, `table-1`, counted through the whole document), and every block inside them
 * (`section-2.1-3.2`: second item of the third block). `<name>`s get their slugified id.
 * Works in place on a tree the caller owns.
 */
export function numberDocument(root: RfcElement): void {
  const counters: Counters = { figure: 0, table: 0, iref: 0, u: 0, slugs: new Set(), renamed: new Map() };
  numberAll(root, counters);
  if (counters.renamed.size) retargetRenumbered(root, counters.renamed);
}

/**
 * A document prepped by an older tool comes with its own `pn` ids, and its Table of Contents
 * points at them: RFCs prepped in 2019–2021 have `section-a.1` where today's numbering writes
 * `section-appendix.a.1`. Cross-references to an id that numbering replaced follow it, unless an
 * element still has that id as anchor or pn.
 */
function retargetRenumbered(root: RfcElement, renamed: Map<string, string>): void {
  const ids = new Set<string>();
  visitElements(root, (e) => {
    if (e.attributes.anchor) ids.add(e.attributes.anchor);
    if (e.attributes.pn) ids.add(e.attributes.pn);
  });
  visitElements(root, (e) => {
    if (e.name !== 'xref' || !e.attributes.target || ids.has(e.attributes.target)) return;
    const now = renamed.get(e.attributes.target);
    if (now) e.attributes.target = now;
  });
}

function numberAll(root: RfcElement, counters: Counters): void {
  const front = root.children.find((c): c is RfcElement => isElement(c, 'front'));
  const middle = root.children.find((c): c is RfcElement => isElement(c, 'middle'));
  const back = root.children.find((c): c is RfcElement => isElement(c, 'back'));
  if (front) {
    let note = 0;
    for (const c of front.children) {
      if (isElement(c, 'abstract')) numberContainer(c, 'section-abstract', counters);
      else if (isElement(c, 'note')) numberContainer(c, `section-note.${++note}`, counters);
    }
  }
  let top = 0;
  if (middle) {
    for (const s of middle.children) if (isElement(s, 'section')) numberSection(s, String(++top), counters);
  }
  numberIrefs(root, counters);
  if (back) {
    let appendix = 0;
    for (const c of back.children) {
      if (isElement(c, 'references')) numberReferences(c, String(++top), counters);
      else if (isElement(c, 'section')) numberSection(c, `appendix.${listCounter(++appendix, 'a')}`, counters);
    }
  }
}


function numberSection(section: RfcElement, number: string, counters: Counters): void {
  setPn(section, `section-${number}`, counters);
  nameSlug(section, counters.slugs);
  let block = 0;
  let sub = 0;
  for (const c of section.children) {
    if (!isElement(c) || c.name === 'name') continue;
    if (c.name === 'section') numberSection(c, `${number}.${++sub}`, counters);
    else if (BLOCKS.has(c.name)) numberBlock(c, `section-${number}-${++block}`, counters);
  }
}

function numberReferences(refs: RfcElement, number: string, counters: Counters): void {
  setPn(refs, `section-${number}`, counters);
  nameSlug(refs, counters.slugs);
  let sub = 0;
  for (const c of refs.children) if (isElement(c, 'references')) numberReferences(c, `${number}.${++sub}`, counters);
}

/** The abstract and notes: their blocks are numbered like a section's. */
function numberContainer(container: RfcElement, pn: string, counters: Counters): void {
  setPn(container, pn, counters);
  nameSlug(container, counters.slugs);
  let block = 0;
  for (const c of container.children) if (isElement(c) && BLOCKS.has(c.name)) numberBlock(c, `${pn}-${++block}`, counters);
}

/** Table parts hold a place in the numbering path but carry no `pn` themselves. */
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

function numberBlock(e: RfcElement, pn: string, counters: Counters): void {
  // Figures and tables are numbered through the document; they still hold their place.
  if (e.name === 'figure') setPn(e, `figure-${++counters.figure}`, counters);
  else if (e.name === 'table') setPn(e, `table-${++counters.table}`, counters);
  else if (!TABLE_PARTS.has(e.name)) setPn(e, pn, counters);
  if (e.name === 'figure' || e.name === 'table') nameSlug(e, counters.slugs);
  let k = 0;
  for (const c of e.children) {
    if (isElement(c) && (BLOCKS.has(c.name) || TABLE_PARTS.has(c.name))) numberBlock(c, `${pn}.${++k}`, counters);
  }
}

function nameSlug(e: RfcElement, slugs: Set<string>): void {
  const name = e.children.find((c): c is RfcElement => isElement(c, 'name'));
  if (name) name.attributes.slugifiedName = slugifiedName(spacedText(name), slugs);
}

/** A title's text with markup boundaries counted as word breaks ("a<sup>b</sup>" → "a b"). */
function spacedText(e: RfcElement): string {
  return e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? ` ${spacedText(c)} ` : '')).join('').trim();
}

/** Index entries (`iref-<item>-<subitem>-N`) and `<u>` characters (`u-N`) are numbered through the document. */
function numberIrefs(e: RfcElement, counters: Counters): void {
  for (const c of e.children) {
    if (!isElement(c)) continue;
    if (c.name === 'iref') {
      const words = [c.attributes.item, c.attributes.subitem].filter(Boolean).map((w) => slugify(w!)).filter(Boolean);
      // Cut to 32 characters, as xml2rfc's ids are ("iref-annotation-in-reference-gro").
      setPn(c, [`iref`, ...words, String(++counters.iref)].join('-').slice(0, 32), counters);
    } else if (c.name === 'u') {
      setPn(c, `u-${++counters.u}`, counters);
    } else numberIrefs(c, counters);
  }
}

