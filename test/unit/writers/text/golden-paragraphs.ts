/**
 * Filled body paragraphs taken from xml2rfc's own output, for the golden fill test (not a test
 * file itself). A paragraph here is a run of at least three non-blank lines all starting at
 * column 3, which rules out headings, list items and most artwork; the filters below drop the
 * rest of what is not a filled paragraph.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../../helpers.js';

/** The width xml2rfc fills body text to. */
const WIDTH = 72;
const BODY_INDENT = '   ';

export interface GoldenParagraph {
  /** Corpus path of the file it came from. */
  file: string;
  /** 1-based line number of its first line. */
  line: number;
  /** The lines as xml2rfc printed them, indentation included. */
  lines: string[];
}

/** ../shared/corpus beside the repository, or null when it is not there. */
export function corpusDir(): string | null {
  return existsSync(CORPUS) ? CORPUS : null;
}

/**
 * The file's lines with page furniture blanked: a form feed, the footer before it ("… [Page 3]")
 * and the running header after it. A paragraph split by a page break becomes two; each half
 * still fills the same way, since greedy filling from any line start gives the same lines.
 */
function withoutPageFurniture(text: string): string[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  return lines.map((l, i) => {
    if (l.includes('\f') || /\[Page \d+\]$/.test(l) || (i > 0 && lines[i - 1].includes('\f'))) return '';
    return l;
  });
}

/** Runs of space in a line that a filler would not produce: artwork and tables have them. */
function hasLayoutSpacing(line: string): boolean {
  return [...line.slice(BODY_INDENT.length).matchAll(/(\S*)( {2,})/g)]
    .some((m) => m[2].length > 2 || !/[.?!]["')\]]*$/.test(m[1]));
}

/**
 * A block some line of which could have taken the whole next line was not filled as one
 * paragraph (addresses, contributor lists, one-line-per-item text): not a sample of filling.
 */
function isUnfilled(lines: string[]): boolean {
  return lines.slice(0, -1).some((l, i) => l.length + 1 + lines[i + 1].trim().length <= WIDTH);
}

/** Looks like a list item, a TOC entry, a table or a list of one token per line (URLs), not running text. */
function looksStructured(lines: string[]): boolean {
  return /^ {3}(\d+\.|[a-zA-Z]\.|\*|o|-|\d+(\.\d+)+\.?)\s/.test(lines[0])
    || lines.some((l) => l.includes('....') || l.includes('|') || l.includes('+--'))
    || lines.every((l) => !l.trim().includes(' '));
}

/** The body paragraphs of one text file. */
export function extractParagraphs(text: string, file: string): GoldenParagraph[] {
  const found: GoldenParagraph[] = [];
  let block: string[] = [];
  let start = 0;
  const flush = (): void => {
    const ok = block.length >= 3
      && block.every((l) => l.startsWith(BODY_INDENT) && l[BODY_INDENT.length] !== ' ' && !/\s$/.test(l) && !hasLayoutSpacing(l))
      && !looksStructured(block) && !isUnfilled(block);
    if (ok) found.push({ file, line: start + 1, lines: block });
    block = [];
  };
  withoutPageFurniture(text).forEach((l, i) => {
    if (l.trim() === '') return flush();
    if (block.length === 0) start = i;
    block.push(l);
  });
  flush();
  return found;
}

/** The paragraphs of a corpus file (path inside the corpus). */
export function corpusParagraphs(corpus: string, path: string): GoldenParagraph[] {
  return extractParagraphs(readFileSync(join(corpus, path), 'utf8'), path);
}

/**
 * A paragraph's text as a filler's input: every run of white space collapsed to one space. A
 * line ending in a hyphen or slash after a letter or digit was broken inside a word, so it joins
 * the next line without a space ("Internet-" + "Drafts"); the rare "pre- and" at a line end is
 * joined wrongly too, but the filler breaks it back at the same place.
 */
export function collapsed(paragraph: GoldenParagraph): string {
  const lines = paragraph.lines.map((l) => l.trim());
  return lines.map((l, i) => (i < lines.length - 1 && /[\p{L}\p{N}][-/]$/u.test(l) ? l : `${l} `)).join('').trim()
    .replace(/\s+/g, ' ');
}
