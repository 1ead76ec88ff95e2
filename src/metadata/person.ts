import type { Person } from './types.js';
import { emptyPerson } from './types.js';

/**
 * Fills in initials and surname from a full name when the header gives only `name`,
 * as kramdown-rfc's heuristic does ("Martin Thomson" → "M." "Thomson").
 */
export function completeNames(p: Person): Person {
  if (p.fullname && (!p.surname || !p.initials)) {
    const words = p.fullname.trim().split(/\s+/);
    if (words.length > 1) {
      p.surname ??= words[words.length - 1];
      p.initials ??= words.slice(0, -1).map((w) => (/^[A-Z]\.$/.test(w) ? w : w[0] + '.')).join(' ');
    } else if (words.length === 1 && !p.surname) {
      p.surname = words[0];
    }
  }
  return p;
}

/** Splits kramdown-rfc's `ins: J. Iyengar` into initials and surname. */
export function splitIns(ins: string): { initials?: string; surname?: string } {
  const s = ins.trim();
  // Initials are the leading run of tokens that end in a dot (J., J.-P., I. J-P.).
  const m = /^((?:\S+\.\s*)+)\s*(.*)$/.exec(s);
  if (m && m[2]) return { initials: m[1].trim(), surname: m[2].trim() };
  return { surname: s };
}

/** Makes a Person from a loose record, taking each value only if it is a string or list. */
export function personFrom(fields: Partial<Person>): Person {
  return Object.assign(emptyPerson(), fields);
}
