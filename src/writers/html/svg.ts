import type { RfcElement } from '../../tree/nodes.js';

/** Placeholder until the sanitiser lands: SVG is not embedded. */
export function svgMarkup(_svg: RfcElement, _report?: (message: string, element: RfcElement) => void): string {
  return '<p>(SVG artwork)</p>';
}
