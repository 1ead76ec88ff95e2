/**
 * Paragraph filling as xml2rfc's v3 text writer does it, read off its output (tests/valid/*.text
 * and published RFCs), not its code. The rules turn text into the unbreakable pieces of a `fill`
 * doc; the printer only packs them greedily.
 *
 * - White space (spaces, tabs, newlines) collapses; words are joined by one space, or by two
 *   after a sentence end (see `endsSentence`), or after a period, question or exclamation mark
 *   that the source already follows with two or more white space characters (see
 *   `keepsDoubleSpace`).
 * - A line may break at white space, after a hyphen between letters ("Internet-" / "Drafts"),
 *   after a slash before a word ("methods/" / "events"), and at a zero-width space (U+200B).
 * - It never breaks at a no-break space (U+00A0, U+2007, U+202F: printed as a space), after a
 *   no-break hyphen (U+2011: printed as "-"), at a word joiner (U+2060, U+FEFF: printed as
 *   nothing), inside a citation label ("[QUIC-TLS]") or inside a `noBreak` run.
 * - A piece longer than the line gets a line of its own, unbroken.
 */
import { concat } from './doc/builders/concat.js';
import { fillOwned } from './doc/builders/fill.js';
import { hang } from './doc/builders/hang.js';
import { indent } from './doc/builders/indent.js';
import { printDoc, RFC_LINE_WIDTH } from './doc/printer.js';
import type { Doc, Fill, FillWord } from './doc/types.js';
import { textWidth, widthIsLength } from './doc/width.js';

/** Inline text whose spaces must not break: a person's name, "Section 3", "RFC 2119". */
export interface NoBreakRun {
  readonly noBreak: string;
}

/** What a paragraph is made of: text, or runs of text some of which must not break. */
export type FillInput = string | readonly (string | NoBreakRun)[];

/** Marks a run of inline text as unbreakable (the intent xml2rfc encodes with U+00A0). */
export function noBreak(text: string): NoBreakRun {
  return { noBreak: text };
}

/** White space a line may break at: ASCII and the Unicode spaces, but not the no-break ones. */
const BREAKING_SPACES = '\\t\\n\\v\\f\\r \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000';
const BREAKING_SPACE = new RegExp(`[${BREAKING_SPACES}]`, 'u');
const BREAKING_SPACE_RUN = new RegExp(`[${BREAKING_SPACES}]+`, 'gu');
const BREAKING_SPACE_RUN_KEPT = new RegExp(`([${BREAKING_SPACES}]+)`, 'u');
const LEADING_BREAKING_SPACE = new RegExp(`^[${BREAKING_SPACES}]+`, 'u');
const TRAILING_BREAKING_SPACE = new RegExp(`[${BREAKING_SPACES}]+$`, 'u');
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/u;
const NO_BREAK_HYPHEN = '\u2011';
const ZERO_WIDTH_SPACE = '\u200b';
const WORD_JOINER = /[\u2060\ufeff]/u;
/** Characters that need the character-by-character scan. */
const SPECIAL = /[\u00a0\u2007\u202f\u2011\u200b\u2060\ufeff]/u;
/** The special characters a no-break run's own scan cannot handle (it handles no-break spaces). */
const SPECIAL_IN_RUN = /[\u2011\u200b\u2060\ufeff]/u;
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/gu;

/** Offsets `from` up to (not including) `to`. */
interface OffsetRange {
  from: number;
  to: number;
}

/** A whitespace-delimited word, before it is cut into pieces. */
interface Word {
  /** Printable text: no-break spaces as spaces, joiners dropped. */
  text: string;
  /**
   * Offsets where a zero-width space offers a break, and ranges of offsets where no break may
   * happen (word joiner, inside a no-break run). Both are made on first use: most words have
   * neither, and a paragraph has many words.
   */
  zeroWidthBreaks: number[] | undefined;
  blocked: OffsetRange[] | undefined;
  /** How much ASCII white space the source had between the word before and this one (see `spaceWeight`). */
  spaceBefore: number;
}

/** Records that no break may happen in `word` at offsets `from` to `to` (exclusive). */
function block(word: Word, from: number, to: number): void {
  const ranges = (word.blocked ??= []);
  const last = ranges[ranges.length - 1];
  if (last && last.to === from) last.to = to;
  else ranges.push({ from, to });
}

/** Records that no break may happen in `word` at its current end. */
function blockHere(word: Word): void {
  block(word, word.text.length, word.text.length + 1);
}

/**
 * What a white space character counts for in the gap before a word: xml2rfc turns ASCII white
 * space into spaces before it fills (a newline is one, a tab expands to the next multiple of
 * eight columns, so nearly always two or more) and looks at how many follow a sentence mark.
 * Other spaces are not turned into spaces there, so they count for nothing.
 */
function spaceWeight(ch: string): number {
  switch (ch) {
    case ' ': case '\n': case '\r': case '\v': case '\f': return 1;
    case '\t': return 2;
    default: return 0;
  }
}

/** The weight of a run of white space (see `spaceWeight`). */
function runWeight(run: string): number {
  if (run === ' ') return 1;
  let weight = 0;
  for (const ch of run) weight += spaceWeight(ch);
  return weight;
}

function inRanges(ranges: readonly OffsetRange[] | undefined, offset: number): boolean {
  return !!ranges?.some((r) => offset >= r.from && offset < r.to);
}

/**
 * A no-break run's text, without white space at its ends, with its inner white space collapsed
 * to one no-break space each.
 */
function unbreakable(text: string): string {
  return text.split(BREAKING_SPACE_RUN).join('\u00a0');
}

/**
 * Cuts fill input into words, run after run (a run's first word may continue the last one's),
 * handing each to `onWord` as it ends. The word is one object reused for every word, so that
 * a paragraph's scan allocates no object per word: `onWord` must not keep it.
 */
class WordScanner {
  private readonly word: Word = { text: '', zeroWidthBreaks: undefined, blocked: undefined, spaceBefore: 0 };
  /** Whether a word is being scanned. */
  private open = false;
  /** The weight of the white space seen since the last word ended (see `spaceWeight`). */
  private space = 0;

  constructor(private readonly onWord: (word: Readonly<Word>) => void) {}

  /** Ends the last word. */
  finish(): void {
    this.endWord();
  }

  /** A run of text that may break at its white space. */
  text(source: string): void {
    if (SPECIAL.test(source)) {
      this.characters(source, false);
      return;
    }
    // The common case, plain text: whole words at a time rather than a character at a time.
    // The split keeps the white space runs, at the odd indices, for their weight.
    const parts = source.split(BREAKING_SPACE_RUN_KEPT);
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 1) {
        this.endWord();
        this.space += runWeight(parts[i]);
      } else if (parts[i]) {
        this.append(parts[i]);
      }
    }
  }

  /** A run that must not break inside ("Section 3", "[RFC2119]"). */
  noBreak(run: string): void {
    if (run === '') return;
    if (!BREAKING_SPACE.test(run) && !SPECIAL.test(run)) {
      // Most runs are one word already ("[RFC2119]"): the same as below, without the copies.
      this.appendUnbroken(run);
      return;
    }
    // White space at the run's ends separates it from its neighbours (see `unbreakable`); it is
    // weighed here, as the source has it.
    const lead = LEADING_BREAKING_SPACE.exec(run)?.[0] ?? '';
    const trail = lead.length === run.length ? '' : TRAILING_BREAKING_SPACE.exec(run)?.[0] ?? '';
    if (lead) {
      this.endWord();
      this.space += runWeight(lead);
    }
    const source = unbreakable(run.slice(lead.length, run.length - trail.length));
    if (SPECIAL_IN_RUN.test(source)) {
      this.characters(source, true);
    } else if (source) {
      // No white space is left at its ends: the run is one piece of a word, no break inside it.
      this.appendUnbroken(source.replace(NO_BREAK_SPACES, ' '));
    }
    if (trail) {
      this.endWord();
      this.space += runWeight(trail);
    }
  }

  /** Adds text to the current word with no break allowed inside it (one may come before it). */
  private appendUnbroken(text: string): void {
    const start = this.append(text);
    if (text.length > 1) block(this.word, start + 1, start + text.length);
  }

  /** A character at a time, for text holding the special characters. */
  private characters(source: string, locked: boolean): void {
    let inRun = false;
    for (const ch of source) {
      if (BREAKING_SPACE.test(ch)) {
        this.endWord();
        this.space += spaceWeight(ch);
      } else if (ch === ZERO_WIDTH_SPACE) {
        if (!locked && this.open) (this.word.zeroWidthBreaks ??= []).push(this.word.text.length);
      } else if (ch === NO_BREAK_HYPHEN) {
        // xml2rfc prints it as an ASCII hyphen (v2's &nbhy;), one it never breaks after.
        this.append('-');
        blockHere(this.word);
      } else if (WORD_JOINER.test(ch)) {
        this.append('');
        blockHere(this.word);
      } else {
        if (locked && inRun && this.open) blockHere(this.word);
        this.append(NO_BREAK_SPACE.test(ch) ? ' ' : ch);
        inRun = locked;
      }
    }
  }

  /** Adds text to the current word (starting one if needed); returns the offset it went at. */
  private append(text: string): number {
    if (!this.open) {
      this.open = true;
      this.word.text = text;
      this.word.zeroWidthBreaks = undefined;
      this.word.blocked = undefined;
      this.word.spaceBefore = this.space;
      this.space = 0;
      return 0;
    }
    const at = this.word.text.length;
    this.word.text += text;
    return at;
  }

  private endWord(): void {
    if (!this.open) return;
    this.open = false;
    // A word of joiners alone prints as nothing and must not add a gap.
    if (this.word.text !== '') this.onWord(this.word);
  }
}

/** Splits the input into words at breaking white space, resolving the special characters. */
function scanWords(input: FillInput, onWord: (word: Readonly<Word>) => void): void {
  const scanner = new WordScanner(onWord);
  if (typeof input === 'string') scanner.text(input);
  else for (const run of input) {
    if (typeof run === 'string') scanner.text(run);
    else scanner.noBreak(run.noBreak);
  }
  scanner.finish();
}

const isAlnum = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Slashed terms the RFC Editor asked never to break (xml2rfc's slashbreak test), matched as whole
 * words: "S/MIMEs" is not one of them. ("PDF/A" is listed for completeness; the slash rule
 * below would not break it anyway.)
 */
const UNBREAKABLE_SLASH_TERMS = ['PDF/A', 'S/MIME'];

/** Whether `text` at `offset` (just after a slash) is inside one of the unbreakable terms. */
function inSlashTerm(text: string, offset: number): boolean {
  return UNBREAKABLE_SLASH_TERMS.some((term) => {
    const start = offset - 1 - term.indexOf('/');
    return start >= 0 && text.startsWith(term, start) && !isAlnum(text[start - 1]) && !isAlnum(text[start + term.length]);
  });
}

/** A slash a line could break after: a letter or digit before it, an ASCII letter after it. */
function breakableSlash(text: string, offset: number): boolean {
  return text[offset - 1] === '/' && isAlnum(text[offset - 2]) && /[A-Za-z]/.test(text[offset] ?? '');
}

/** Whether another breakable slash follows `offset` before the next hyphen (or the end of `text`). */
function laterSlashInRun(text: string, offset: number): boolean {
  for (let i = offset; i < text.length && text[i] !== '-'; i++) {
    if (text[i] === '/' && breakableSlash(text, i + 1)) return true;
  }
  return false;
}

/**
 * Whether a line may break at `offset` inside a word: after a hyphen (see `breaksAfterHyphen`) or
 * after a slash between a letter or digit and a letter, and only the last such slash before the
 * next hyphen, as xml2rfc's word splitting takes the longest run: so "methods/events",
 * "org/license" and "fcf9/fe09…" break, "https://" and "192.0.2.0/24" do not, and an address
 * that fits a line moves there whole ("(http://johnmacfarlane.net/pandoc/README.html)" in
 * draft-miek-test), while "https://github.com/MISP/misp-objects/…" may break after "MISP/".
 */
function breaksAt(text: string, offset: number): boolean {
  const before = text[offset - 1];
  if (before === '-') return breaksAfterHyphen(text, offset);
  if (before === '/') return breakableSlash(text, offset) && !laterSlashInRun(text, offset) && !inSlashTerm(text, offset);
  return false;
}

/** A word character as Python's regular expressions read `\w`: a letter, a number or "_". */
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && (ch === '_' || /[\p{L}\p{N}]/u.test(ch));
const isAsciiDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
/** Neither an ASCII digit nor white space (a no-break space is a space in the word's text). */
const notDigitOrSpace = (ch: string | undefined): boolean => ch !== undefined && !isAsciiDigit(ch) && !/\s/u.test(ch);

/**
 * Whether a line may break after the hyphen before `offset`. xml2rfc cuts a word into pieces,
 * each a hyphenated part ending "-", where a word character and then a character other than a
 * digit come before the hyphen, and a run of word characters followed by a character other than
 * a digit or space comes after it; a part that does not qualify stays a piece of its own when
 * the next part does. So a line breaks:
 *
 * - after a hyphen that ends a qualifying part: "Internet-" / "Drafts", "CVE-" / "2019-11331>"
 *   (RFC 9109), "implementation-" / "notes-08";
 * - before a qualifying part, whatever came before it: "x509-" / "fingerprint-sha1," (MISP),
 *   "xml2rfc-v3-" / "implementation-notes" (elements.xml), or before a part ending in a slash.
 *
 * And it does not break "e-mail", "0-RTT", "notes-08" at its end, nor "72-character width",
 * whose part after the hyphen ends the word.
 */
function breaksAfterHyphen(text: string, offset: number): boolean {
  const endsPart = notDigitOrSpace(text[offset - 2]) && isWordChar(text[offset - 3]) && partFollows(text, offset);
  return endsPart || hyphenPartStarts(text, offset) || slashPartStarts(text, offset);
}

/**
 * Whether a run of word characters starts at `at` and is followed by a character other than a
 * digit or space, inside it or after it: "Drafts", "2019-", "md5", not "08" at a word's end.
 */
function partFollows(text: string, at: number): boolean {
  if (!isWordChar(text[at])) return false;
  let i = at + 1;
  while (i < text.length && isWordChar(text[i])) {
    if (!isAsciiDigit(text[i])) return true;
    i++;
  }
  return notDigitOrSpace(text[i]);
}

/** Whether a qualifying hyphenated part (see `breaksAfterHyphen`) starts at `at`. */
function hyphenPartStarts(text: string, at: number): boolean {
  const h = text.indexOf('-', at);
  if (h < 0) return false;
  // "word-" then what follows; or "word--" (the first hyphen standing for the character before).
  if (h - 2 >= at && notDigitOrSpace(text[h - 1]) && isWordChar(text[h - 2]) && partFollows(text, h + 1)) return true;
  return text[h + 1] === '-' && h - 1 >= at && isWordChar(text[h - 1]) && partFollows(text, h + 2);
}

/** Whether a part ending in a breakable slash starts at `at` (a slash before the next hyphen). */
function slashPartStarts(text: string, at: number): boolean {
  for (let i = at + 1; i < text.length && text[i] !== '-'; i++) {
    if (breakableSlash(text, i + 1)) return true;
  }
  return false;
}

/**
 * Words after which a period does not end a sentence, compared without surrounding brackets and
 * quotes. Titles before names, and Latin abbreviations (xml2rfc's textwrap and abbreviations
 * tests: "Mr. Jones", "Lt. Anderson", "viz. Prof. Foo", "i.e. AND"); those of a capital and two
 * lower-case letters ("Mrs.", "Gen.", "Fig.") are `CAPITALISED_THREE`. Not "etc." or "et al.":
 * xml2rfc ends a sentence there ("grammars, etc. For" in RFC 6787's source prints with two spaces).
 */
const ABBREVIATIONS = new Set([
  'Mr.', 'Ms.', 'Mx.', 'Messrs.', 'Mmes.', 'Dr.', 'Prof.', 'Profs.', 'St.', 'Sr.', 'Jr.', 'Lt.', 'Capt.',
  'Figs.', 'Sect.', 'Eq.', 'cf.', 'Cf.', 'vs.', 'viz.', 'resp.', 'ibid.', 'approx.', 'i.e.', 'a.k.a.',
]);

/** Spelled like an initialism, but xml2rfc ends a sentence after it: "(e.g.  ISP)" (the MISP drafts). */
const SENTENCE_ENDING_INITIALISMS = new Set(['e.g.']);

/**
 * A word ending in . ? or ! right after a letter, digit or closing mark, then at most one closing
 * mark: "(IETF).", "[RFC2119].", "seek."", "<result>.", and an ellipsis ("<artwork> ...  Note" in
 * draft-miek-test). Not after other punctuation ("etc.?", "RFC.]]") nor after markup xml2rfc prints around words ("_emphasized_. This",
 * "https://site.example/. They"): its output has one space there. Strong text is the
 * exception: "*strong*.  This" and "_*both*_.  So" get two spaces in xml2rfc's outputs.
 */
const SENTENCE_END = /(?:[\p{L}\p{N})\]"'\u2019\u201d>](?:\*_?)?[.?!]|\.\.\.)["'\u2019\u201d)\]]?$/u;
/**
 * A capital and two lower-case letters before the period: xml2rfc takes these for abbreviations
 * ("Avg. Pubs per Year" in RFC 8700, "marked Yes. The" in RFC 9001, "Mrs. Smith"). A double space
 * the source itself has after one still stands (see `keepsDoubleSpace`): "Speechworks, Inc.
 * Although" in RFC 6787.
 */
const CAPITALISED_THREE = /^[A-Z][a-z]{2}\.$/;
/** Dotted initialisms ("U.S.", "a.k.a."): abbreviations, not sentence ends. */
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
/**
 * A next word that starts a sentence: an ASCII capital, maybe after opening marks. Only ASCII:
 * xml2rfc prints "processing. Éric Vyncke" with one space.
 */
const SENTENCE_START = /^["'\u2018\u201c([<_]*[A-Z]/u;
/**
 * What a word matching SENTENCE_END can end with. Most words end in a letter: testing the last
 * character first spares them the regular expression.
 */
const SENTENCE_END_LAST = new Set(['.', '?', '!', '"', "'", '\u2019', '\u201d', ')', ']']);

/**
 * Whether two spaces go between `previous` and `next` (only their own text counts: a no-break
 * space hides a sentence end, the workaround xml2rfc documents for "Anon Y. Name"). Single
 * initials do get two spaces ("authenticity of A, N, and P.  This"); a lower-case or non-letter
 * next word never does ("U.S. law", "e.g. (without", "schemes. "https"").
 */
export function endsSentence(previous: string, next: string): boolean {
  if (!SENTENCE_END_LAST.has(previous[previous.length - 1]) || !SENTENCE_START.test(next)) return false;
  const tail = previous.slice(previous.lastIndexOf(' ') + 1);
  if (!SENTENCE_END.test(tail)) return false;
  const bare = tail.replace(/^["'\u2018\u201c([]+/u, '').replace(/["'\u2019\u201d)\]]+$/u, '');
  return !ABBREVIATIONS.has(bare) && !CAPITALISED_THREE.test(bare)
    && (!INITIALISM.test(bare) || SENTENCE_ENDING_INITIALISMS.has(bare));
}

/**
 * Whether the source's own white space after `previous` stays two spaces: xml2rfc keeps two
 * (of two or more) after a period, question or exclamation mark whatever follows, and folds
 * every other run to one. So a sentence the source ends at a line end before an indented line
 * keeps its two spaces though the next word is not a capital ("input began.  (optional)" in
 * RFC 6787), as does an author's own double space ("limitations.  0-RTT" in RFC 9000).
 */
function keepsDoubleSpace(previous: string, spaceBefore: number): boolean {
  if (spaceBefore < 2) return false;
  const last = previous[previous.length - 1];
  return last === '.' || last === '?' || last === '!';
}

/**
 * Offsets inside a bracketed citation label ("[QUIC-TLS]", "[W3C.REC-xml-20081126]"), which
 * xml2rfc never breaks: it is one `<xref>`. A bracket left open in this word blocks nothing.
 */
function citationRanges(text: string): OffsetRange[] {
  const inside: OffsetRange[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') open = i;
    else if (text[i] === ']' && open >= 0) {
      inside.push({ from: open + 1, to: i + 1 });
      open = -1;
    }
  }
  return inside;
}

/**
 * Words xml2rfc never separates from the number after them: no line of its outputs (nor of
 * published RFCs and drafts) ends in prose "Section" with the number on the next line, while
 * "RFC" / "7991" does break (draft-v3-features).
 */
const LABEL_WORDS = /^[(["'\u201c]*(?:Section|Sections|Figure|Table|Appendix)$/;
const LABEL_NUMBER = /^(?:\d|[A-Z](?:$|[.,;:)\]]))/;

function bindsToNumber(previous: string, next: string): boolean {
  // LABEL_NUMBER needs a digit or an ASCII capital first, which most words do not start with:
  // testing that character spares them both expressions.
  if (!startsWithDigitOrCapital(next)) return false;
  return LABEL_NUMBER.test(next) && LABEL_WORDS.test(previous);
}

function startsWithDigitOrCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/** The pieces of a paragraph, with the gap before each, ready for the `fill` doc builder. */
export function fillWords(input: FillInput): FillWord[] {
  const pieces: FillWord[] = [];
  let previous: string | undefined;
  scanWords(input, (word) => {
    addPieces(word, previous, pieces);
    previous = word.text;
  });
  return pieces;
}

/** The pieces of one word, after the word `previous` (none: the paragraph's first). */
function addPieces(word: Readonly<Word>, previous: string | undefined, pieces: FillWord[]): void {
  const gap = previous === undefined ? ''
    : keepsDoubleSpace(previous, word.spaceBefore) || endsSentence(previous, word.text) ? '  ' : ' ';
  if (previous !== undefined && pieces.length && bindsToNumber(previous, word.text)) {
    // "Section 6", "Figure 2", "Appendix A": one unbreakable piece with the word before.
    const last = pieces[pieces.length - 1];
    pieces[pieces.length - 1] = { text: `${last.text} ${word.text}`, gap: last.gap };
  } else if (!word.zeroWidthBreaks && !hasHyphenOrSlash(word.text)) {
    // No hyphen, slash or zero-width space: nowhere to break inside the word.
    pieces.push({ text: word.text, gap });
  } else {
    splitWord(word, gap, pieces);
  }
}

/** Whether `text` holds a hyphen or a slash, the characters `breaksAt` may break after. */
function hasHyphenOrSlash(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2f) return true;
  }
  return false;
}

/**
 * Cuts a word where a line may break inside it (see `breaksAt`), adding the pieces to `pieces`.
 * A piece longer than a line is cut again by the same rules, reading only its own text, as
 * xml2rfc splits an over-long chunk once more: "<https://web.archive.org/web/20150315054838/
 * http://ha.ckers.org/" (one piece: its last slash ends it) breaks after "20150315054838/"
 * (RFC 9000's [SLOWLORIS]). The printer uses those `parts` only when the piece does not fit.
 */
function splitWord(word: Readonly<Word>, gap: string, pieces: FillWord[]): void {
  const citation = word.text.includes('[') ? citationRanges(word.text) : undefined;
  const bounds = cutOffsets(word, citation, 0, word.text.length);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    const text = word.text.slice(start, end);
    const g = k === 0 ? gap : '';
    const inner = end - start > MIN_RECUT && hasHyphenOrSlash(text) ? cutOffsets(word, citation, start, end) : undefined;
    if (inner && inner.length > 2) {
      const parts = inner.slice(0, -1).map((from, i): FillWord => ({ text: word.text.slice(from, inner[i + 1]), gap: i === 0 ? g : '' }));
      pieces.push({ text, gap: g, parts });
    } else {
      pieces.push({ text, gap: g });
    }
  }
}

/**
 * The offsets where `word.text` from `from` to `to` may break, with `from` and `to` themselves:
 * the rules see only that stretch of the word (all of it, or a piece being cut again).
 */
function cutOffsets(word: Readonly<Word>, citation: readonly OffsetRange[] | undefined, from: number, to: number): number[] {
  const whole = from === 0 && to === word.text.length;
  const text = whole ? word.text : word.text.slice(from, to);
  const out = [from];
  for (let offset = from + 1; offset < to; offset++) {
    if (inRanges(word.blocked, offset) || inRanges(citation, offset)) continue;
    if ((whole && word.zeroWidthBreaks?.includes(offset)) || breaksAt(text, offset - from)) out.push(offset);
  }
  out.push(to);
  return out;
}

/** Pieces this short fit any line a draft has: not worth cutting again. */
const MIN_RECUT = 20;

/** A `fill` doc for a paragraph: filled at whatever indentation and width it is printed with. */
export function fillText(input: FillInput): Fill {
  return fillOwned(fillWords(input), inputWidthIsLength(input));
}

/**
 * Whether no run of the input holds an astral character: then no piece does either (filling
 * only drops characters, or adds spaces and hyphens), and each piece's width is its length.
 */
function inputWidthIsLength(input: FillInput): boolean {
  if (typeof input === 'string') return widthIsLength(input);
  return input.every((run) => widthIsLength(typeof run === 'string' ? run : run.noBreak));
}

/** Layout of a stand-alone paragraph for `fillParagraph`. */
export interface FillParagraphOptions {
  /** Line width, indentation included (default 72). */
  width?: number;
  /** Column of the first line (default 0; body text in RFCs is at 3). */
  indent?: number;
  /** Printed at `indent` before the text: a list label "1.  " or "[RFC2119]  ". */
  firstLinePrefix?: string;
  /** Continuation lines start this many columns right of `indent` (default: the prefix width). */
  hangIndent?: number;
}

/** Fills one paragraph into lines (no trailing spaces); `fillText` is the same inside a larger doc. */
export function fillParagraph(input: FillInput, options: FillParagraphOptions = {}): string[] {
  const prefix = options.firstLinePrefix ?? '';
  const body: Doc = hang(options.hangIndent ?? textWidth(prefix), concat(prefix, fillText(input)));
  return printDoc(indent(options.indent ?? 0, body), options.width ?? RFC_LINE_WIDTH);
}
