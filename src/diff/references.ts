import type { TextSection } from './text-outline.js';

/** The kind of references section an entry is listed in. */
export type ReferenceKind = 'normative' | 'informative' | 'other';

/**
 * The references a rendered draft lists, by label ("RFC2119", "QUIC-TLS"), with the kind of
 * references section each is listed in. Entries start at the body indent with the label in
 * brackets: "   [RFC2119]  Bradner, S., …".
 */
export function referencesOf(lines: readonly string[], sections: readonly TextSection[]): Map<string, ReferenceKind> {
  const out = new Map<string, ReferenceKind>();
  for (const s of sections) {
    if (!/\breferences\b/i.test(s.title)) continue;
    const kind: ReferenceKind = /\bnormative\b/i.test(s.title) ? 'normative' : /\binformative\b/i.test(s.title) ? 'informative' : 'other';
    for (let i = s.start + 1; i < s.end; i++) {
      const m = /^ {3}\[([^\]]+)\]/.exec(lines[i]);
      if (m) out.set(m[1], kind);
    }
  }
  return out;
}
