import type { Fill, FillWord } from '../types.js';

/**
 * A filled paragraph from pieces that are already split where a line may break (see
 * `fillWords` in `../fill.ts` for xml2rfc's rules). The first piece's gap is never printed: a
 * caller that puts a fill after other text on the line supplies its own spacing.
 */
export function fill(words: readonly FillWord[]): Fill {
  const pieces = words.map((w) => {
    if (/[\n\r]/.test(w.text) || /[\n\r]/.test(w.gap)) throw new Error(`fill() pieces cannot hold a line break: ${JSON.stringify(w)}`);
    return Object.freeze({ text: w.text, gap: w.gap });
  });
  return Object.freeze({ type: 'fill', words: Object.freeze(pieces) });
}

/**
 * `fill` for pieces that need neither the check nor the copy: fresh from `fillWords`, which
 * never yields a line break (its breaking white space includes \n and \r) and whose array no
 * one else holds. A long draft has tens of thousands of pieces; checking and copying each was
 * a tenth of the writer's time. `widthIsLength`: see `Fill`.
 */
export function fillOwned(words: FillWord[], widthIsLength = false): Fill {
  return Object.freeze({ type: 'fill', words: Object.freeze(words), widthIsLength });
}
