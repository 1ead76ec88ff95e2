/**
 * The sections of a rendered draft, found from its text: in xml2rfc's layout every heading
 * starts in column 0 and everything else is indented, so each unindented line after the title
 * block opens a section that runs to the next one. This works for sources (after rendering) and
 * for text files alike, and it is what ties the structural summary to the line diff: a changed
 * line always falls inside one of these sections.
 */

/** One section of the rendered text. */
export interface TextSection {
  /** "1.2", "A.1", "B" (an appendix), or "" for an unnumbered section. */
  number: string;
  title: string;
  /** Nesting depth from the number (1 for "3", 2 for "3.1"; 1 when unnumbered). */
  level: number;
  /** The heading line (0-based) and the end of the section (exclusive) in the text's lines. */
  start: number;
  end: number;
  /** The section's anchor, when the draft's source says it (see attachAnchors). */
  anchor?: string;
}

/** The pseudo-section for everything above the first heading: the first page's header and title. */
export const TITLE_BLOCK = 'Title block';

const NUMBERED = /^(?:Appendix\s+)?((?:\d+|[A-Z])(?:\.\d+)*)\.\s+(\S.*)$/;

/** The sections of normalised text lines (see normalize.ts), in document order. */
export function textOutline(lines: readonly string[]): TextSection[] {
  let i = titleBlockEnd(lines);
  const sections: TextSection[] = [{ number: '', title: TITLE_BLOCK, level: 0, start: 0, end: lines.length }];
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line || /^\s/.test(line)) continue;
    const m = NUMBERED.exec(line);
    const number = m ? m[1] : '';
    sections[sections.length - 1].end = i;
    sections.push({ number, title: (m ? m[2] : line).trim(), level: number ? number.split('.').length : 1, start: i, end: lines.length });
  }
  return sections;
}

/**
 * Where the title block ends: at the Abstract, which every draft and RFC starts with; without
 * one, after the header's first run of lines and the (centred) title lines under it.
 */
export function titleBlockEnd(lines: readonly string[]): number {
  const abstract = lines.slice(0, 80).indexOf('Abstract');
  if (abstract >= 0) return abstract;
  let i = 0;
  while (i < lines.length && !lines[i].trim()) i++;
  while (i < lines.length && lines[i].trim()) i++;
  while (i < lines.length && (!lines[i].trim() || /^\s/.test(lines[i]))) i++;
  return i;
}

/** The lines of a section below its heading. */
export function sectionBody(lines: readonly string[], s: TextSection): string[] {
  return lines.slice(s.title === TITLE_BLOCK ? s.start : s.start + 1, s.end);
}

/** The index of the section holding line `at` (0-based): sections are in order, so a binary search. */
export function sectionIndexAt(sections: readonly TextSection[], at: number): number {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The section holding line `at` (0-based). */
export function sectionAt(sections: readonly TextSection[], at: number): TextSection {
  return sections[sectionIndexAt(sections, at)];
}

/** Section names as people write them: "Section 4.1", "Appendix A", "Abstract". */
export function sectionLabel(s: Pick<TextSection, 'number' | 'title'>): string {
  if (!s.number) return s.title;
  return /^[A-Z]/.test(s.number) ? `Appendix ${s.number} (${s.title})` : `Section ${s.number} (${s.title})`;
}
