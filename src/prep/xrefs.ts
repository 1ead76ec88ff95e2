import { firstChild, isElement, textContent, visitElements, type RfcElement } from '../tree/nodes.js';

/** What an xref points at, as prep derived it. */
interface Target {
  element: RfcElement;
  /** "Section 3", "Appendix A.1", "Figure 2", "Table 1", "Abstract", …; for references, the label. */
  label: string;
  /** The bare counter ("3", "A.1", "2"), for format="counter". */
  counter: string;
  /** The target's title, for format="title". */
  title: string;
}

/** `section-2.1` → Section 2.1; `section-appendix.a.1` → Appendix A.1 (undefined for other pn ids). */
export function sectionNumber(pn: string): { kind: 'Section' | 'Appendix'; number: string } | undefined {
  const m = /^section-(appendix\.)?([a-z0-9.]+)$/.exec(pn);
  if (!m || /^(toc|boilerplate|abstract|note)/.test(m[2])) return undefined;
  if (m[1]) {
    const [letter, ...rest] = m[2].split('.');
    return { kind: 'Appendix', number: [letter.toUpperCase(), ...rest].join('.') };
  }
  return { kind: 'Section', number: m[2] };
}

function nameOf(e: RfcElement): string {
  const name = firstChild(e, 'name');
  return name ? textContent(name).replace(/\s+/g, ' ').trim() : '';
}

/** Labels of references: their anchor (symRefs, the default), a display name, or their number. */
function referenceLabels(root: RfcElement): Map<string, string> {
  const labels = new Map<string, string>();
  const display = new Map<string, string>();
  visitElements(root, (e) => {
    if (e.name === 'displayreference') display.set(e.attributes.target, e.attributes.to);
  });
  let n = 0;
  const numbered = root.attributes.symRefs === 'false';
  visitElements(root, (e) => {
    if (e.name !== 'reference' && e.name !== 'referencegroup') return;
    const anchor = e.attributes.anchor;
    ++n;
    if (anchor) labels.set(anchor, display.get(anchor) ?? (numbered ? String(n) : anchor));
  });
  return labels;
}

/** Where a target sits: its parent element, and the first counter of each grouped `<ol>`. */
interface Context {
  parents: Map<RfcElement, RfcElement>;
  listStarts: Map<RfcElement, number>;
}

/**
 * The number of each ordered list's first item: its `start`, or for a list in a `group`, one
 * past the last item of the group's previous list (RFC 7991 §2.34.2).
 */
function listStarts(root: RfcElement): Map<RfcElement, number> {
  const starts = new Map<RfcElement, number>();
  const next = new Map<string, number>();
  visitElements(root, (e) => {
    if (e.name !== 'ol') return;
    const group = e.attributes.group;
    const start = e.attributes.start !== undefined ? Number(e.attributes.start) : group ? next.get(group) ?? 1 : 1;
    starts.set(e, start);
    if (group) next.set(group, start + e.children.filter((c) => isElement(c, 'li')).length);
  });
  return starts;
}

/** "Section 3, Paragraph 2" for a block's pn id (`section-3-2`, or `section-3-2.1` inside a quote). */
function paragraphLabel(pn: string): { label: string; counter: string } | undefined {
  const m = /^(section-[a-z0-9.]+)-(\d+(?:\.\d+)*)$/.exec(pn);
  const num = m ? sectionNumber(m[1]) : undefined;
  return num && m ? { label: `${num.kind} ${num.number}, Paragraph ${m[2]}`, counter: m[2] } : undefined;
}

function describe(e: RfcElement, refs: Map<string, string>, context: Context): Target | undefined {
  const parent = context.parents.get(e);
  const pn = e.attributes.pn ?? '';
  const title = nameOf(e);
  if (e.name === 'reference' || e.name === 'referencegroup') {
    const front = firstChild(e, 'front');
    const t = front ? firstChild(front, 'title') : undefined;
    const label = refs.get(e.attributes.anchor) ?? e.attributes.anchor;
    return { element: e, label, counter: label, title: t ? textContent(t).trim() : label };
  }
  if (e.name === 'section' || e.name === 'references') {
    const num = sectionNumber(pn);
    if (e.attributes.numbered === 'false' && num) {
      // An unnumbered section is cited by its quoted title: Appendix "Contributors".
      return { element: e, label: `${num.kind} "${title}"`, counter: '', title };
    }
    if (!num) return { element: e, label: title, counter: '', title };
    return { element: e, label: `${num.kind} ${num.number}`, counter: num.number, title };
  }
  if (e.name === 'abstract') return { element: e, label: 'Abstract', counter: '', title: 'Abstract' };
  if (e.name === 'figure' || e.name === 'table') {
    const n = pn.replace(/^(figure|table)-/, '');
    const kind = e.name === 'figure' ? 'Figure' : 'Table';
    return { element: e, label: `${kind} ${n}`, counter: n, title: title || `${kind} ${n}` };
  }
  if (e.name === 'cref') return { element: e, label: `Comment ${e.attributes.anchor}`, counter: '', title: e.attributes.anchor ?? '' };
  if (e.name === 'li' && parent?.name === 'ol') {
    const items = parent.children.filter((c): c is RfcElement => isElement(c, 'li'));
    const n = items.indexOf(e) + (context.listStarts.get(parent) ?? 1);
    const counter = listCounter(n, parent.attributes.type ?? '1');
    return { element: e, label: paragraphLabel(pn)?.label ?? counter, counter, title: '' };
  }
  if (e.name === 'dt' || e.name === 'dd') {
    // A definition term is cited by its section ("Section 4.1"); its title is its anchor.
    let s: RfcElement | undefined = parent;
    while (s && s.name !== 'section') s = context.parents.get(s);
    const num = s ? sectionNumber(s.attributes.pn ?? '') : undefined;
    const anchor = e.attributes.anchor ?? '';
    return num ? { element: e, label: `${num.kind} ${num.number}`, counter: num.number, title: anchor } : { element: e, label: anchor, counter: '', title: anchor };
  }
  // A paragraph or other block: "Section 3, Paragraph 2".
  const para = paragraphLabel(pn);
  if (para) return { element: e, ...para, title: '' };
  return { element: e, label: e.attributes.anchor ?? '', counter: '', title: '' };
}

/**
 * Adds `derivedContent` to every `<xref>` (and `derivedLink` for section references into an
 * RFC or Internet-Draft), as xml2rfc's prep does: "Section 3", "Appendix A.1", "Figure 2",
 * "Table 1", "Section 3, Paragraph 2", a reference's label, a title, or a counter.
 * Numbering (pn ids) must have run first.
 */
export function deriveXrefs(root: RfcElement): void {
  const byId = new Map<string, RfcElement>();
  const parents = new Map<RfcElement, RfcElement>();
  visitElements(root, (e, parent) => {
    if (parent) parents.set(e, parent);
    if (e.attributes.anchor) byId.set(e.attributes.anchor, e);
    if (e.attributes.pn && !byId.has(e.attributes.pn)) byId.set(e.attributes.pn, e);
  });
  const refs = referenceLabels(root);
  const context: Context = { parents, listStarts: listStarts(root) };
  visitElements(root, (x) => {
    if (x.name !== 'xref') return;
    const target = byId.get(x.attributes.target);
    const d = target ? describe(target, refs, context) : undefined;
    const format = x.attributes.format ?? 'default';
    x.attributes.derivedContent = !d ? '' : format === 'none' ? '' : format === 'title' ? d.title : format === 'counter' ? d.counter : d.label;
    if (d && x.attributes.section && (target!.name === 'reference')) {
      const link = sectionLink(target!, x.attributes.section, x.attributes.relative);
      if (link) x.attributes.derivedLink = link;
    }
  });
}

/** The address of a section of a cited RFC or Internet-Draft. */
function sectionLink(ref: RfcElement, section: string, relative?: string): string | undefined {
  const series = ref.children.filter((c): c is RfcElement => isElement(c, 'seriesInfo'));
  const front = firstChild(ref, 'front');
  if (front) series.push(...front.children.filter((c): c is RfcElement => isElement(c, 'seriesInfo')));
  const fragment = relative ?? `#${/^[A-Z]/.test(section) ? 'appendix' : 'section'}-${section}`;
  const rfc = series.find((s) => s.attributes.name === 'RFC');
  if (rfc) return `https://rfc-editor.org/rfc/rfc${rfc.attributes.value}${fragment}`;
  const id = series.find((s) => s.attributes.name === 'Internet-Draft');
  if (id) return `https://datatracker.ietf.org/doc/html/${id.attributes.value}${fragment}`;
  return undefined;
}

/** An ordered-list counter in the list's style: `1`, `a`, `A`, `i`, `I`, or the number in a format such as `%c)`. */
export function listCounter(n: number, type: string): string {
  const format = /%([dcCiI])/.exec(type);
  // A format such as `REC%d.` counts with its prefix, without trailing punctuation.
  if (format) return type.slice(0, format.index) + listCounter(n, format[1]);
  const style = type;
  switch (style) {
    case 'a': case 'c': return alpha(n);
    case 'A': case 'C': return alpha(n).toUpperCase();
    case 'i': return roman(n);
    case 'I': return roman(n).toUpperCase();
    default: return String(n);
  }
}

function alpha(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, r] of table) while (n >= v) { out += r; n -= v; }
  return out;
}
