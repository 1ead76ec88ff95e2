import type { Position } from '../diagnostics/diagnostic.js';
import type { ReferenceResolver } from '../bibxml/resolve.js';
import { isLibraryName } from '../bibxml/library.js';
import { el, text, type RfcElement } from '../tree/nodes.js';
import type { State } from './state.js';

interface Needed {
  anchor: string;
  section?: 'normative' | 'informative';
  libraryName: string;
  entry?: RfcElement;
  positions: (Position | undefined)[];
  declared: boolean;
  /** Whether a citation has already decided the section with `!` or `?`. */
  positionsHadMarker?: boolean;
  /** The sections the header lists it under, with the place of each. */
  asked: Map<'normative' | 'informative', Position | undefined>;
}

/**
 * Works out which references the document needs (cited and not defined in the document,
 * plus those declared in the header), in which section, and where each entry comes from.
 */
function collect(state: State): Map<string, Needed> {
  const needed = new Map<string, Needed>();
  const declared = new Map(state.meta.references.map((r) => [r.anchor, r]));
  const inline = new Map(state.inlineReferences.map((r) => [r.attributes.anchor, r]));
  for (const c of state.citations) {
    if (state.anchors.has(c.anchor)) continue;
    let n = needed.get(c.anchor);
    if (!n) {
      const d = declared.get(c.anchor);
      n = {
        anchor: c.anchor, positions: [], declared: !!d,
        libraryName: c.libraryName ?? d?.libraryName ?? c.anchor,
        entry: d?.entry ?? inline.get(c.anchor),
        section: d?.section,
        asked: new Map(),
      };
      needed.set(c.anchor, n);
    }
    if (c.libraryName) n.libraryName = c.libraryName;
    // mmark: the first citation that says normative or informative decides.
    // kramdown-rfc: one normative citation makes the reference normative.
    if (c.section && (!n.positionsHadMarker || (state.dialect !== 'mmark' && c.section === 'normative'))) {
      n.section = c.section;
      n.positionsHadMarker = true;
    }
    n.positions.push(c.position);
  }
  // A header listing a reference under both normative and informative. (Citations that mix
  // `{{!X}}` and `{{?X}}` are how kramdown-rfc authors say "normative" once: not reported.)
  for (const d of state.meta.references) {
    const n = needed.get(d.anchor);
    if (d.section && n && !n.asked.has(d.section)) n.asked.set(d.section, d.position);
  }
  for (const n of needed.values()) {
    if (n.asked.size < 2) continue;
    const where = n.asked.get(n.section === 'normative' ? 'informative' : 'normative');
    state.reporter.warn('reference-both', `"${n.anchor}" is listed under both normative and informative in the header; it is listed as ${n.section ?? 'informative'}`,
      where, 'keep it under one of the two headings');
  }
  for (const d of state.meta.references) {
    if (needed.has(d.anchor)) continue;
    if (state.anchors.has(d.anchor)) continue;
    // Only cited references are listed (an uncited one is an idnits complaint).
    state.reporter.warn('unused-reference', `reference "${d.anchor}" is declared but never cited, so it is not listed`, d.position,
      'cite it in the text or remove it from the header');
  }
  return needed;
}

/** The library names that must come from the reference cache (or the network). */
export function libraryNamesNeeded(state: State): string[] {
  return [...collect(state).values()].filter((n) => !n.entry).map((n) => n.libraryName);
}

export function placeholder(anchor: string): RfcElement {
  return el('reference', { anchor }, [el('front', {}, [
    el('title', {}, [text(`${anchor} (reference entry not found)`)]), el('author'), el('date'),
  ])]);
}

/** A copy of a library entry under the anchor the document cites it by. */
export function withAnchor(entry: RfcElement, anchor: string): RfcElement {
  const copy = structuredClone(entry);
  copy.attributes.anchor = anchor;
  delete copy.attributes['xml:base'];
  return copy;
}

/**
 * kramdown-rfc lists an RFC from the citation library at its text, not its info page:
 * every recent kramdown-rfc build in the corpus (QUIC RFCs, TLS, rfc6265bis) prints
 * `<https://www.rfc-editor.org/rfc/rfc2119>` where the library entry (and mmark's
 * output) says `…/info/rfc2119`. The members of a BCP reference group keep theirs.
 */
function pointAtRfcText(entry: RfcElement): void {
  if (entry.name !== 'reference') return;
  const m = /^https?:\/\/www\.rfc-editor\.org\/info\/rfc(\d+)$/.exec(entry.attributes.target ?? '');
  if (m) entry.attributes.target = `https://www.rfc-editor.org/rfc/rfc${Number(m[1])}`;
}

/**
 * Builds the `<references>` element(s) for the back matter: normative and informative
 * lists, each sorted by anchor. Unresolvable citations are errors at each place they are
 * cited (warnings with a visible placeholder when `allowMissing`).
 */
export async function buildReferences(state: State, resolver: ReferenceResolver, allowMissing: boolean, offline = false): Promise<RfcElement[]> {
  const needed = collect(state);
  const names = [...needed.values()].filter((n) => !n.entry).map((n) => n.libraryName);
  const found = await resolver.resolveAll([...new Set(names)]);
  const groups: Record<'normative' | 'informative', RfcElement[]> = { normative: [], informative: [] };
  for (const n of needed.values()) {
    let entry = n.entry ? withAnchor(n.entry, n.anchor) : undefined;
    if (!entry) {
      const r = found.get(n.libraryName);
      if (r) entry = withAnchor(r.element, n.anchor);
      if (entry && state.dialect === 'kramdown') pointAtRfcText(entry);
    }
    if (!entry) {
      // Offline, a citation library entry missing from the cache may well exist: it cannot
      // be fetched, so it is listed as a placeholder with a warning, not refused.
      const lenient = allowMissing || (offline && isLibraryName(n.libraryName));
      const known = resolver.explain?.(n.libraryName);
      if (known) {
        // A problem of the entry, not of a citation: one diagnostic, at the first citation.
        const [first, ...more] = n.positions;
        const lines = more.filter((p) => p).map((p) => p!.start.line);
        const also = lines.length ? ` (also cited at line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})` : '';
        if (lenient) state.reporter.warn('unresolved-reference', known.message + also, first, known.hint);
        else state.reporter.error('unresolved-reference', known.message + also, first, known.hint);
      } else {
        const what = isLibraryName(n.libraryName) || n.declared
          ? `no entry for reference "${n.libraryName}" in the reference cache`
          : `"${n.anchor}" is not a section, figure, table or reference of this document`;
        const hint = isLibraryName(n.libraryName) || n.declared
          ? 'put reference.<LIBRARY>.<ID>.xml in a --refcache folder, define the entry in the header, or pass --allow-missing-refs'
          : 'check the spelling of the anchor, or define the reference in the header';
        for (const at of n.positions.length ? n.positions : [undefined]) {
          if (lenient) state.reporter.warn('unresolved-reference', what, at, hint);
          else state.reporter.error('unresolved-reference', what, at, hint);
        }
      }
      if (!lenient) continue;
      entry = placeholder(n.anchor);
    }
    if (!n.section && !n.declared && state.dialect !== 'mmark' && !state.inlineReferences.some((r) => r.attributes.anchor === n.anchor)) {
      state.reporter.warn('reference-section', `"${n.anchor}" is cited without ! or ? and not listed under normative or informative; it is listed as informative`,
        n.positions[0], `write {{!${n.anchor}}} for a normative reference or {{?${n.anchor}}} for an informative one`);
    }
    groups[n.section ?? 'informative'].push(entry);
  }
  const byAnchor = (a: RfcElement, b: RfcElement) =>
    a.attributes.anchor.localeCompare(b.attributes.anchor, 'en', { numeric: true, sensitivity: 'base' });
  const lists: RfcElement[] = [];
  for (const kind of ['normative', 'informative'] as const) {
    if (!groups[kind].length) continue;
    groups[kind].sort(byAnchor);
    // kramdown-rfc names its reference sections, and editors' copies link to those names.
    const anchor = state.dialect === 'kramdown' ? `sec-${kind}-references` : undefined;
    lists.push(el('references', { anchor }, [el('name', {}, [text(kind === 'normative' ? 'Normative References' : 'Informative References')]), ...groups[kind]]));
  }
  if (lists.length > 1) {
    return [el('references', { anchor: state.dialect === 'kramdown' ? 'sec-combined-references' : undefined }, [el('name', {}, [text('References')]), ...lists])];
  }
  return lists;
}
