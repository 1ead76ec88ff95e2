/**
 * The text writer's doc algebra, prettier-style: element renderers build immutable docs with
 * these builders and `printDoc` lays them out in 72-column lines.
 */
export type { Doc, Concat, Indent, Hang, HardLine, Line, Group, Fill, FillWord, Verbatim, Mark } from './types.js';
export { text } from './builders/text.js';
export { concat, join } from './builders/concat.js';
export { indent } from './builders/indent.js';
export { hang } from './builders/hang.js';
export { hardline, blankline } from './builders/hardline.js';
export { line, softline } from './builders/line.js';
export { group } from './builders/group.js';
export { fill, fillOwned } from './builders/fill.js';
export { verbatim } from './builders/verbatim.js';
export { mark } from './builders/mark.js';
export { printDoc, printDocMarked, DocPrinter, RFC_LINE_WIDTH, type MarkPosition } from './printer.js';
export { textWidth } from './width.js';
