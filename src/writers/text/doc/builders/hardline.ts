import type { Doc, HardLine } from '../types.js';
import { concat } from './concat.js';

/** Ends the current line (an empty one if none is open). */
export const hardline: HardLine = Object.freeze({ type: 'hardline' });

/**
 * Ends the current line and leaves one blank line: the separator between paragraphs. It does not
 * merge with a neighbouring `hardline`; a joiner decides the spacing between blocks once.
 */
export const blankline: Doc = concat(hardline, hardline);
