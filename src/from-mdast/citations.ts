import type { Position } from '../diagnostics/diagnostic.js';
import { el, text, type RfcNode } from '../tree/nodes.js';
import { toXmlId } from './anchors.js';
import type { State } from './state.js';
import { personElement } from './front.js';

type Kind = 'normative' | 'informative' | undefined;

function marker(m: string | undefined): Kind {
  return m === '!' ? 'normative' : m === '?' ? 'informative' : undefined;
}

/** Records a use of `anchor` and returns the xref for it. */
function cite(state: State, raw: string, attrs: Record<string, string | undefined>, at: Position | undefined,
  section?: Kind, libraryName?: string, suppressed?: boolean): RfcNode {
  // kramdown-rfc `{{-json}}`: the short name given to a reference in the header.
  const short = raw.startsWith('-') ? state.meta.references.find((r) => r.shortName === raw.slice(1)) : undefined;
  const anchor = short ? short.anchor : toXmlId(raw);
  state.citations.push({ anchor, section, libraryName, position: at, suppressed });
  return el('xref', { target: anchor, ...attrs });
}

const SECTION_WORD = '(?:Section|Appendix|Sections|Appendices)';

/**
 * kramdown-rfc's `{{…}}`: `{{RFC2119}}`, `{{!RFC2119}}`, `{{?TCP=RFC0793}}`,
 * `{{Section 3 of RFC9110}}`, `{{RFC9110, Section 3}}`, `{{RFC9110 (Section 3)}}`,
 * `{{3.1<RFC9110}}` (bare), `{{<anchor}}` (counter), `{{{Full Name}}}` (contact),
 * `{{&entity}}`.
 */
export function kramdownCitation(state: State, inner: string, at: Position | undefined): RfcNode[] {
  const s = inner.replace(/\s+/g, ' ').trim();
  if (s.startsWith('{')) return [el('contact', { fullname: s.slice(1).trim() })];
  if (s.startsWith('&')) {
    const v = state.meta.entities[s.slice(1)];
    if (v === undefined) {
      state.reporter.warn('unknown-entity', `no entity named "${s.slice(1)}" in the header`, at, 'define it under `entity:`');
      return [text(`{{${s}}}`)];
    }
    return [text(v)];
  }
  let m = new RegExp(`^(${SECTION_WORD}) (.+?) of ([!?]?)(\\S+)$`).exec(s);
  if (m) {
    const [, word, sections, mk, ref] = m;
    const parts = sections.split(/\s*(?:,\s*and|,|\band)\s*/).filter(Boolean);
    if (parts.length === 1) {
      return [cite(state, ref, { section: parts[0], sectionFormat: 'of' }, at, marker(mk))];
    }
    const out: RfcNode[] = [text(word + ' ')];
    parts.forEach((p, i) => {
      if (i > 0) out.push(text(i === parts.length - 1 ? (parts.length > 2 ? ', and ' : ' and ') : ', '));
      out.push(cite(state, ref, { section: p, sectionFormat: 'bare' }, at, marker(mk)));
    });
    out.push(text(' of '), cite(state, ref, {}, at, marker(mk)));
    return out;
  }
  m = /^([!?]?)([^\s,=]+), (?:Section|Appendix) (\S+)$/.exec(s);
  if (m) return [cite(state, m[2], { section: m[3], sectionFormat: 'comma' }, at, marker(m[1]))];
  m = /^([!?]?)([^\s,=]+) \((?:Section|Appendix) (\S+)\)$/.exec(s);
  if (m) return [cite(state, m[2], { section: m[3], sectionFormat: 'parens' }, at, marker(m[1]))];
  m = /^([A-Za-z]?[\d.]+)<([!?]?)(\S+)$/.exec(s);
  if (m) return [cite(state, m[3], { section: m[1], sectionFormat: 'bare' }, at, marker(m[2]))];
  m = /^<(\S+)$/.exec(s);
  if (m) return [cite(state, m[1], { format: 'counter' }, at)];
  m = /^\^(\S+)$/.exec(s);
  if (m) return [cite(state, m[1], { format: 'title' }, at)];
  m = /^([!?]?)([^\s=]+)(?:=(\S+))?$/.exec(s);
  if (m) return [cite(state, m[2], {}, at, marker(m[1]), m[3])];
  state.reporter.warn('citation-syntax', `cannot read the reference "{{${inner}}}"`, at,
    'write {{ANCHOR}}, {{!RFC2119}}, {{Section 3 of RFC9110}} or {{RFC9110, Section 3}}');
  return [text(`{{${inner}}}`)];
}

const MMARK_SUFFIX: [RegExp, string][] = [
  [/^section\s+(\S+)$/i, 'of'],
  [/^see,\s*section\s+(\S+)$/i, 'comma'],
  [/^\(see\)\s*section\s+(\S+)$/i, 'parens'],
  [/^(\S+)$/, 'bare'],
];

/**
 * mmark's `[@…]`: `[@RFC2119]`, `[@!RFC2119]`, `[@?…]`, `[@-…]` (listed, not shown),
 * `[@RFC1; @RFC2]`, `[@RFC2535, section 5]` and the other suffixes, `[@I-D.x#06]`,
 * `[@RFC1@STD2]`, and `[@Full Name]` for an author or contact.
 */
export function mmarkCitation(state: State, inner: string, at: Position | undefined): RfcNode[] {
  const out: RfcNode[] = [];
  const items = inner.split(/;\s*/).map((x) => x.trim().replace(/^@/, '')).filter(Boolean);
  for (const item of items) {
    const m = /^([!?-]?)([^,]+?)(?:,\s*(.*))?$/s.exec(item);
    if (!m) continue;
    const [, mk, rawKey, suffix] = m;
    const key = rawKey.trim();
    // `[@Full Name]` of an author or a `[[contact]]` inserts that person as a contact.
    const person = [...state.meta.authors, ...state.meta.contributors].find((p) => p.fullname === key);
    if (person || /\s/.test(key)) {
      out.push(person ? personElement(person, 'contact') : el('contact', { fullname: key }));
      continue;
    }
    const section = mk === '!' ? 'normative' : mk === '?' ? 'informative' : undefined;
    const suppressed = mk === '-';
    const [target, ofTarget] = key.split('@');
    let anchor = target;
    let libraryName: string | undefined;
    const rev = /^(I-D\..+)#(\d{2})$/.exec(target);
    if (rev) {
      // A citation of one revision gets an anchor of its own, so that two revisions of the
      // same draft can be cited side by side.
      anchor = `${rev[1]}-${rev[2]}`;
      libraryName = `I-D.draft-${rev[1].slice(4)}-${rev[2]}`;
    }
    let attrs: Record<string, string> = {};
    if (suffix) {
      const rule = MMARK_SUFFIX.find(([re]) => re.test(suffix.trim()));
      if (rule) attrs = { section: rule[0].exec(suffix.trim())![1], sectionFormat: rule[1] };
      else state.reporter.warn('citation-syntax', `cannot read the citation suffix "${suffix}"`, at,
        'use "section N", "see, section N", "(see) section N" or "N"');
    }
    const node = cite(state, anchor, attrs, at, section, libraryName, suppressed);
    if (suppressed) continue;
    out.push(node);
    if (ofTarget) out.push(text(' of '), cite(state, ofTarget, {}, at, section));
  }
  return out;
}

/** mmark `(#anchor)` and `(#anchor, use title)` / `use counter` / `use default`. */
export function mmarkCrossref(state: State, inner: string, at: Position | undefined): RfcNode[] {
  const [target, suffix] = inner.split(/\s*,\s*/, 2);
  const format = suffix ? /^use\s+(counter|title|default)$/i.exec(suffix)?.[1]?.toLowerCase() : undefined;
  return [cite(state, target, { format }, at)];
}

/** Index entries: kramdown `(((item, subitem)))` with `!` for primary; mmark `(!item, subitem)` with `!!`. */
export function indexEntry(inner: string): RfcNode[] {
  let s = inner.trim();
  let primary = false;
  if (s.startsWith('!')) {
    primary = true;
    s = s.slice(1).trim();
  }
  const parts: string[] = [];
  const re = /\s*(?:"([^"]*)"|([^,]+))\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < s.length && (m = re.exec(s))) parts.push((m[1] ?? m[2]).trim());
  if (parts.length === 0) parts.push(s);
  return [el('iref', { item: parts[0], subitem: parts[1], primary: primary ? 'true' : undefined })];
}
