/**
 * Columns a string takes in RFC text: one per code point, as xml2rfc counts (Python `len`), so
 * an astral character is one column, not two UTF-16 units.
 */
const SURROGATE = /[\ud800-\udbff]/;

/** Whether `s` has no astral characters, so that its width is its length. */
export function widthIsLength(s: string): boolean {
  return !SURROGATE.test(s);
}

export function textWidth(s: string): number {
  // Most text has no astral characters: its length is its width.
  if (widthIsLength(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}
