import type { Indentation } from './indentation.js';
import type { Doc } from './types.js';

/** Whether the lines of the enclosing group print flat (as their flat text) or as line breaks. */
export type Mode = 'flat' | 'break';

/** One entry of the printer's explicit stack: a doc still to print, and how. */
export interface Frame {
  readonly doc: Doc;
  readonly indentation: Indentation | null;
  readonly mode: Mode;
}
