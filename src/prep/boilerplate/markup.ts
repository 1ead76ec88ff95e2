import { el, text, type RfcElement, type RfcNode } from '../../tree/nodes.js';

/** A run of paragraph text, or a link written as `<eref>` (its target is its text). */
export type Segment = string | { eref: string };

/** One `<t>` of boilerplate, as text runs and links. */
export type Paragraph = Segment[];

/** The attributes prep adds on top of the text; they vary with the tool revision. */
export interface MarkupStyle {
  /** `pn` on sections and paragraphs, `slugifiedName` on names. */
  numbering: boolean;
  /** `indent="0"` on `<t>` (the schema default, which prep writes out since xml2rfc 3.0.0). */
  paragraphIndent: boolean;
}

/** Joins adjacent text runs, so a paragraph reads as one string between its links. */
function nodes(paragraph: Paragraph): RfcNode[] {
  const out: RfcNode[] = [];
  let pending = '';
  for (const s of paragraph) {
    if (typeof s === 'string') {
      pending += s;
      continue;
    }
    if (pending) out.push(text(pending));
    pending = '';
    // brackets="none" is the schema default, written out as prep writes every default.
    out.push(el('eref', { target: s.eref, brackets: 'none' }));
  }
  if (pending) out.push(text(pending));
  return out;
}

/**
 * One section of `<boilerplate>` as prep writes it: unnumbered, excluded from the ToC, with
 * the `pn` values xml2rfc gives boilerplate ("section-boilerplate.N", paragraphs "-K").
 */
export function boilerplateSection(
  position: number,
  anchor: string,
  title: string,
  slug: string,
  paragraphs: Paragraph[],
  style: MarkupStyle,
): RfcElement {
  const pn = `section-boilerplate.${position}`;
  const name = el('name', { slugifiedName: style.numbering ? slug : undefined }, [text(title)]);
  const ts = paragraphs.map((p, i) => el('t', {
    indent: style.paragraphIndent ? '0' : undefined,
    pn: style.numbering ? `${pn}-${i + 1}` : undefined,
  }, nodes(p)));
  return el('section', {
    anchor,
    numbered: 'false',
    removeInRFC: 'false',
    toc: 'exclude',
    pn: style.numbering ? pn : undefined,
  }, [name, ...ts]);
}
