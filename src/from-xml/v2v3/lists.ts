import { el, isElement, type RfcElement, type RfcNode } from '../../tree/nodes.js';

/** A v2 `<vspace blankLines="N"/>`: N > 0 starts a new paragraph; 0 is a line break. */
function isParagraphBreak(n: RfcNode): boolean {
  return isElement(n) && (n.name as string) === 'vspace' && Number(n.attributes.blankLines ?? 0) > 0;
}

/** Blocks v2 let stand inside a paragraph; v3 wants them between paragraphs. */
const LISTS = ['ul', 'ol', 'dl', 'figure', 'table', 'artwork', 'sourcecode', 'aside', 'blockquote', 't'];

/**
 * Splits v2 paragraph content into v3 blocks: a new `<t>` at each paragraph-breaking vspace,
 * and nested lists (already converted) standing between the paragraphs.
 */
export function paragraphs(children: RfcNode[], attrs: Record<string, string> = {}): RfcElement[] {
  const out: RfcElement[] = [];
  let current: RfcNode[] = [];
  const flush = () => {
    if (current.some((c) => c.type !== 'text' || c.value.trim() !== '')) out.push(el('t', out.length ? {} : attrs, current));
    current = [];
  };
  for (const c of children) {
    if (isParagraphBreak(c)) flush();
    else if (isElement(c) && LISTS.includes(c.name)) {
      flush();
      out.push(c);
    } else current.push(c);
  }
  flush();
  return out.length ? out : [el('t', attrs)];
}

/** `LETTERS` is our name for a letters list nested in a lower-case one: it counts A, B, C. */
const STYLE_TYPES: Record<string, string> = { numbers: '1', letters: 'a', LETTERS: 'A' };

/**
 * The style a v2 list has: its own, or what it inherits. A list nested in an unmarked one gets
 * bullets (rfc7911.xml's v2v3 output); letters nested in letters alternate case, a, A, a
 * (draft-template.xml's).
 */
export function listStyleOf(list: RfcElement, inherited?: string): string {
  const own = list.attributes.style ?? (inherited === 'empty' ? 'symbols' : inherited) ?? 'empty';
  if (own === 'letters' || own === 'LETTERS') return inherited === 'letters' ? 'LETTERS' : 'letters';
  return own;
}

/**
 * A v2 `<list>` as v3: `symbols`/`empty` → `<ul>`, `numbers`/`letters`/`format …` → `<ol>`,
 * `hanging` → `<dl>` (hangText becomes the term). `counter` becomes `group`, `hangIndent`
 * becomes `indent`. Items are `<t>`s; each becomes an `<li>` (or a dt/dd pair).
 */
export function convertList(list: RfcElement, inheritedStyle?: string): RfcElement {
  const style = listStyleOf(list, inheritedStyle);
  const items = list.children.filter((c): c is RfcElement => isElement(c, 't'));
  // xml2rfc --v2v3 keeps hangIndent for hanging and ordered lists, not for bullets (draft-template).
  const indent = style === 'symbols' || style === 'empty' ? undefined : list.attributes.hangIndent;
  if (style === 'hanging') {
    let newline = false;
    const kids: RfcNode[] = [];
    for (const item of items) {
      const body = item.children.slice();
      const first = body.findIndex((c) => c.type !== 'text' || c.value.trim() !== '');
      // A break before the text puts the definition on its own line: v3 says so on the list.
      if (first >= 0 && isElement(body[first]) && ['vspace', 'br'].includes((body[first] as RfcElement).name as string)) {
        newline = true;
        body.splice(first, 1);
      }
      kids.push(el('dt', {}, item.attributes.hangText ? [{ type: 'text', value: item.attributes.hangText }] : []));
      const paras = paragraphs(body);
      kids.push(el('dd', {}, paras.length === 1 && paras[0].name === 't' ? paras[0].children : paras));
    }
    return el('dl', { newline: newline ? 'true' : undefined, indent }, kids, list.position);
  }
  const lis = items.map((item) => el('li', {}, paragraphs(item.children), item.position));
  if (style === 'symbols' || style === 'empty') {
    return el('ul', { empty: style === 'empty' ? 'true' : undefined, indent }, lis, list.position);
  }
  const format = /^format\s+(.+)$/.exec(style);
  const type = format ? format[1] : STYLE_TYPES[style] ?? '1';
  return el('ol', { type: type === '1' ? undefined : type, group: list.attributes.counter, indent }, lis, list.position);
}

