import type { Line } from '../types.js';

/** A space when the enclosing group fits on the line, a line break when it does not. */
export const line: Line = Object.freeze({ type: 'line', flat: ' ' });

/** Nothing when the enclosing group fits on the line, a line break when it does not. */
export const softline: Line = Object.freeze({ type: 'line', flat: '' });
