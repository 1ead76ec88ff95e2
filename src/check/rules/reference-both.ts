import { isElement, type RfcElement } from '../../tree/nodes.js';
import type { Rule } from '../rule.js';
import { elementsNamed, titleOf } from './util.js';

/** Whether a list of references is the normative or the informative one, from its title. */
function referencesKind(refs: RfcElement): 'normative' | 'informative' | undefined {
  const title = titleOf(refs);
  if (/informative/i.test(title)) return 'informative';
  if (/normative/i.test(title)) return 'normative';
  return undefined;
}

/**
 * What identifies the work an entry cites, beyond its anchor: its RFC number, its DOI, the
 * name of its draft without the revision. Not BCP or STD numbers, which several RFCs share.
 */
function identities(r: RfcElement): string[] {
  const out = [`anchor ${r.attributes.anchor ?? ''}`];
  for (const s of elementsNamed(r, 'seriesInfo')) {
    const name = s.attributes.name ?? '';
    const value = (s.attributes.value ?? '').trim().toLowerCase();
    if (!value) continue;
    if (name === 'RFC') out.push(`rfc ${Number(value) || value}`);
    else if (name === 'DOI') out.push(`doi ${value.replace(/^10\.17487\/rfc0*/, 'rfc ')}`);
    else if (name === 'Internet-Draft') out.push(`draft ${value.replace(/-\d\d$/, '')}`);
  }
  return out;
}

/** The entries of the document's reference lists (a group counts as one entry), with the list each is in. */
function entries(root: RfcElement): { ref: RfcElement; kind: 'normative' | 'informative'; list: RfcElement }[] {
  const out: { ref: RfcElement; kind: 'normative' | 'informative'; list: RfcElement }[] = [];
  for (const list of elementsNamed(root, 'references')) {
    const kind = referencesKind(list);
    if (!kind) continue;
    for (const c of list.children) {
      if (isElement(c) && (c.name === 'reference' || c.name === 'referencegroup')) out.push({ ref: c, kind, list });
    }
  }
  return out;
}

/** A work is cited normatively or informatively, not both (RFC 7322 §4.8.6). */
export const referenceBoth: Rule = {
  id: 'reference-both',
  description: 'no reference is listed both as normative and as informative',
  severity: 'warning',
  docs: 'Each work cited is either a normative reference (needed to implement or understand this document) or an '
    + 'informative one (RFC 7322 §4.8.6), so it is listed once. An entry found in both lists, by its anchor or by '
    + 'the RFC, DOI or draft it names, is reported at its informative entry: keep only one of them (with one '
    + 'anchor for both, duplicate-anchor reports the invalid XML as well). In Markdown the converter makes a '
    + 'reference normative when any citation of it is (`{{!X}}`), so the lists cannot share an entry: the rule '
    + 'finds something in XML input.',
  run(ctx, report) {
    const normative = new Map<string, RfcElement>();
    const all = entries(ctx.document.root);
    for (const { ref, kind } of all) {
      if (kind === 'normative') for (const id of identities(ref)) if (!normative.has(id)) normative.set(id, ref);
    }
    for (const { ref, kind } of all) {
      if (kind !== 'informative') continue;
      const other = identities(ref).map((id) => normative.get(id)).find(Boolean);
      if (!other) continue;
      const same = other.attributes.anchor === ref.attributes.anchor;
      report(`[${ref.attributes.anchor}] is listed as an informative reference and as a normative one${same ? '' : ` ([${other.attributes.anchor}])`}`, ref,
        'keep one entry: normative if the document cannot be implemented or understood without the work, informative otherwise');
    }
  },
};
