import { firstChild, isElement, textContent, type RfcElement, type RfcNode } from '../../../tree/nodes.js';
import { blankline, concat, indent, textWidth, verbatim, type Doc } from '../doc/index.js';
import type { TextState } from '../state.js';
import { centerLines } from './front.js';
import { inline } from '../inline.js';

let currentIndent = 0;

/** Renders `fn` with `n` more columns of indentation, so that centring knows the line width. */
export function withIndent<T>(n: number, fn: () => T): T {
  currentIndent += n;
  try {
    return fn();
  } finally {
    currentIndent -= n;
  }
}

/** The width of a line at the current indentation. */
export function availableWidth(): number {
  return Math.max(20, 72 - currentIndent);
}

/**
 * How far lines too wide for the room left move left to fit (negative columns), at most back to
 * the margin; 0 when they fit.
 */
export function leftShift(lines: readonly string[]): number {
  const widest = Math.max(0, ...lines.map((l) => textWidth(l.trimEnd())));
  const room = availableWidth();
  return widest > room ? Math.max(room - 72, room - widest) : 0;
}

/** A figure or table caption: "Figure 3: Title", centred under it; a `<br>` starts a line. */
export function caption(e: RfcElement, kind: 'Figure' | 'Table', state?: TextState): Doc {
  const n = (e.attributes.pn ?? '').replace(/^(figure|table)-/, '');
  const name = firstChild(e, 'name');
  // With the state, markup in the name prints as in text ("References of [RFC7991]").
  const text = !name ? '' : state
    ? inline(state, name.children).map((p) => (typeof p === 'string' ? p : p.noBreak)).join('')
    : name.children.map((c) => (isElement(c, 'br') ? '\n' : textContent(c))).join('');
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  const title = lines.join('');
  if (!n || (!title && !e.attributes.anchor)) return '';
  lines[0] = lines[0] ? `${kind} ${n}: ${lines[0]}` : `${kind} ${n}`;
  return verbatim(lines.filter(Boolean).flatMap((l) => centerLines(l, availableWidth())));
}

/** What xml2rfc sets one under another in a figure, with no blank line between them. */
const STACKED = new Set(['artwork', 'artset', 'sourcecode', 'iref']);

/**
 * `<figure>`: its artwork, then its caption. Pieces of artwork and code follow each other with no
 * blank line between them, as xml2rfc prints an SVG's "(Artwork only available as SVG …)" note
 * directly above the ASCII art of the artset after it (draft-v3-features, section 8.5).
 */
export function figure(state: TextState, e: RfcElement): Doc {
  const children: RfcNode[] = e.children.filter((c) => !isElement(c, 'name'));
  const stacked = children.every((c) => (isElement(c) ? STACKED.has(c.name) : c.type !== 'text' || !c.value.trim()));
  const body = state.blocks(children, stacked);
  const cap = caption(e, 'Figure', state);
  if (cap === '') return body;
  // Artwork too wide for its place moves left (see `artwork`); its caption moves with it.
  const shift = leftShift(e.children.filter((c): c is RfcElement => isElement(c, 'artwork') || isElement(c, 'sourcecode'))
    .flatMap((a) => textContent(a).replace(/\t/g, '        ').split('\n')));
  return concat(body, blankline, shift ? indent(shift, cap) : cap);
}
