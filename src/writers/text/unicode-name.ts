import { NAMES, WORDS } from './unicode-names.js';

let table: Map<number, string> | undefined;

/** The generated table, decoded once (see scripts/gen-unicode-names.py for its format). */
function build(): Map<number, string> {
  const words = WORDS.split('|');
  const names = new Map<number, string>();
  let cp = -1;
  for (const entry of NAMES.split(',')) {
    let ids = entry.split('.');
    if (entry.startsWith('+')) {
      cp += parseInt(ids[0].slice(1), 36);
      ids = ids.slice(1);
    } else cp += 1;
    names.set(cp, ids.map((i) => words[parseInt(i, 36)]).join(' '));
  }
  return names;
}

/**
 * A character's Unicode name ("GREEK CAPITAL LETTER DELTA"), for the blocks RFC text uses and
 * the CJK ideographs (named by code point); undefined for others and for control characters.
 */
export function unicodeName(cp: number): string | undefined {
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2a6df)) {
    return `CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`;
  }
  table ??= build();
  return table.get(cp);
}
