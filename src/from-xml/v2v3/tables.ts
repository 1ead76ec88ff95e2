import { el, isElement, type RfcElement, type RfcNode } from '../../tree/nodes.js';

/** The text before and after a v2 figure or table becomes paragraphs kept with it. */
export function withAmbles(element: RfcElement, ...converted: RfcElement[]): RfcNode[] {
  const pre = element.children.find((c): c is RfcElement => isElement(c) && (c.name as string) === 'preamble');
  const post = element.children.find((c): c is RfcElement => isElement(c) && (c.name as string) === 'postamble');
  return [
    ...(pre && pre.children.length ? [el('t', { keepWithNext: 'true' }, pre.children)] : []),
    ...converted,
    ...(post && post.children.length ? [el('t', { keepWithPrevious: 'true' }, post.children)] : []),
  ];
}

/** A v2 `<texttable>`: `<ttcol>` headings and `<c>` cells filled row by row. */
export function convertTexttable(tt: RfcElement): RfcNode[] {
  const cols = tt.children.filter((c): c is RfcElement => isElement(c) && (c.name as string) === 'ttcol');
  const cells = tt.children.filter((c): c is RfcElement => isElement(c) && (c.name as string) === 'c');
  const align = (i: number) => cols[i]?.attributes.align;
  const kids: RfcNode[] = [];
  if (tt.attributes.title) kids.push(el('name', {}, [{ type: 'text', value: tt.attributes.title }]));
  if (cols.some((c) => c.children.length)) {
    kids.push(el('thead', {}, [el('tr', {}, cols.map((c, i) => el('th', { align: align(i) }, c.children)))]));
  }
  const rows: RfcElement[] = [];
  const n = Math.max(cols.length, 1);
  for (let r = 0; r * n < cells.length; r++) {
    rows.push(el('tr', {}, cells.slice(r * n, r * n + n).map((c, i) => el('td', { align: align(i) }, c.children))));
  }
  if (rows.length) kids.push(el('tbody', {}, rows));
  const table = el('table', { anchor: tt.attributes.anchor, align: tt.attributes.align }, kids, tt.position);
  return withAmbles(tt, table);
}
