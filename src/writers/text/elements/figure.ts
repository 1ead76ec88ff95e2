import { firstChild, isElement, textContent, type RfcElement } from '../../../tree/nodes.js';
import { blankline, concat, verbatim, type Doc } from '../doc/index.js';
import type { TextState } from '../state.js';

function centred(s: string, width = 69): string {
  return ' '.repeat(Math.max(0, Math.floor((width - s.length) / 2))) + s;
}

/** A figure or table caption: "Figure 3: Title", centred under it. */
export function caption(e: RfcElement, kind: 'Figure' | 'Table'): Doc {
  const n = (e.attributes.pn ?? '').replace(/^(figure|table)-/, '');
  const name = firstChild(e, 'name');
  const title = name ? textContent(name).replace(/\s+/g, ' ').trim() : '';
  if (!n || (!title && !e.attributes.anchor)) return '';
  return verbatim([centred(title ? `${kind} ${n}: ${title}` : `${kind} ${n}`)]);
}

/** `<figure>`: its artwork, then its caption. */
export function figure(state: TextState, e: RfcElement): Doc {
  const body = state.blocks(e.children.filter((c) => !isElement(c, 'name')));
  const cap = caption(e, 'Figure');
  return cap === '' ? body : concat(body, blankline, cap);
}
