import type { Frame, Mode } from './frame.js';
import type { Doc } from './types.js';
import { textWidth } from './width.js';

/**
 * Whether `contents`, printed flat, fits in `room` columns together with whatever follows it on
 * the same line. What follows is read from the printer's stack (`rest`, top last) until its first
 * line break; a break in the contents themselves (hardline, multi-line verbatim) means no fit,
 * since a group with a forced break cannot be flat.
 */
export function fits(contents: Doc, rest: readonly Frame[], room: number): boolean {
  let remaining = room;
  const todo: Array<[Doc, Mode]> = [[contents, 'flat']];
  let restIndex = rest.length - 1;
  for (;;) {
    if (remaining < 0) return false;
    let next = todo.pop();
    if (next === undefined) {
      if (restIndex < 0) return true;
      const frame = rest[restIndex--];
      next = [frame.doc, frame.mode];
    }
    const [doc, mode] = next;
    if (typeof doc === 'string') {
      remaining -= textWidth(doc);
      continue;
    }
    switch (doc.type) {
      case 'concat':
        for (let i = doc.parts.length - 1; i >= 0; i--) todo.push([doc.parts[i], mode]);
        break;
      case 'indent':
      case 'hang':
      case 'group':
        todo.push([doc.contents, mode]);
        break;
      case 'line':
        if (mode === 'break') return true;
        remaining -= textWidth(doc.flat);
        break;
      case 'hardline':
        return mode === 'break';
      case 'mark':
        break;
      case 'verbatim':
        if (doc.lines.length === 0) break;
        remaining -= textWidth(doc.lines[0]);
        if (doc.lines.length > 1) return mode === 'break' && remaining >= 0;
        break;
      case 'fill':
        if (doc.words.length === 0) break;
        remaining -= textWidth(doc.words[0].text);
        // Broken, a fill may wrap right after its first piece; flat, it must fit whole.
        if (mode === 'break') return remaining >= 0;
        for (let i = 1; i < doc.words.length; i++) remaining -= textWidth(doc.words[i].gap) + textWidth(doc.words[i].text);
        break;
    }
  }
}
