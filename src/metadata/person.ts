import type { Person } from './types.js';
import { emptyPerson } from './types.js';

/**
 * Fills in initials and surname from a full name when the header gives only `name`,
 * as kramdown-rfc's heuristic does ("Martin Thomson" → "M." "Thomson").
 */
export function completeNames(p: Person, joiner = ' '): Person {
  if (p.fullname && (!p.surname || !p.initials)) {
    const words = p.fullname.trim().split(/\s+/);
    if (words.length > 1) {
      p.surname ??= words[words.length - 1];
      p.initials ??= words.slice(0, -1).map((w) => (/^[A-Z]\.$/.test(w) ? w : w[0] + '.')).join(joiner);
    } else if (words.length === 1 && !p.surname) {
      p.surname = words[0];
    }
  }
  return p;
}

/**
 * Splits kramdown-rfc's `ins: J. Iyengar` into initials and surname. kramdown-rfc writes
 * several initials without spaces (`ins: I. d. Net` gives initials "I.d.": CBORbis'
 * published reference list reads "I.d. Net").
 */
export function splitIns(ins: string): { initials?: string; surname?: string } {
  const s = ins.trim();
  // Initials are the leading run of tokens that end in a dot (J., J.-P., I. J-P.).
  const m = /^((?:\S+\.\s*)+)\s*(.*)$/.exec(s);
  if (m && m[2]) return { initials: m[1].trim().replace(/\.\s+/g, '.'), surname: m[2].trim() };
  return { surname: s };
}

/** kramdown-rfc's initials from a full name run together: "Daniel J. Bernstein" → "D.J.". */
export const KRAMDOWN_INITIALS_JOINER = '';

/** Makes a Person from a loose record, taking each value only if it is a string or list. */
export function personFrom(fields: Partial<Person>): Person {
  return Object.assign(emptyPerson(), fields);
}
