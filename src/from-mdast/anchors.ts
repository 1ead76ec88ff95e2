import type { Dialect } from '../markdown/split.js';

/**
 * The anchor a heading gets when the author gives none, derived the way the dialect derives
 * it, so cross-references written against the peer tools keep working.
 *
 * kramdown: drop leading non-letters, keep letters, digits, spaces and dashes, spaces become
 * dashes, lower case ("Since draft-ietf-quic-transport-26" → "since-draft-ietf-quic-transport-26").
 * mmark: lower case, every run of other characters becomes one dash, trimmed.
 */
export function deriveAnchor(title: string, dialect: Dialect): string {
  if (dialect === 'mmark') {
    const s = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
    return s || 'section';
  }
  let s = title.replace(/^[^a-zA-Z]+/, '');
  s = s.replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
  return s || 'section';
}

/** Makes an anchor valid as an XML ID (letters, digits, `-._:`; not starting with a digit). */
export function toXmlId(anchor: string): string {
  let s = anchor.replace(/[^\w.:-]/g, '-');
  if (!/^[A-Za-z_]/.test(s)) s = '_' + s;
  return s;
}
