import type { DraftDiff } from './compare.js';

/** The side-by-side HTML page (placeholder until the page is written). */
export function renderHtml(diff: DraftDiff): string {
  return `<!DOCTYPE html><title>${diff.changes.length}</title>`;
}
