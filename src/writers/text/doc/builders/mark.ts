import type { Mark } from '../types.js';

/** A zero-width marker whose output line `printDocMarked` reports under `id`. */
export function mark(id: string): Mark {
  return Object.freeze({ type: 'mark', id });
}
