import type { Reporter } from '../diagnostics/diagnostic.js';
import { el, isElement, textContent, type RfcElement, type RfcNode } from '../tree/nodes.js';
import { VOCABULARY } from '../from-xml/vocabulary.js';

function inSvg(e: RfcElement): boolean {
  return e.name === 'svg' || e.name.endsWith(':svg');
}

/** Inline elements that RFC 7991 does not allow inside themselves (`<em>` in `<em>` …). */
const NO_SELF_NESTING = new Set(['em', 'strong', 'sub', 'sup', 'tt']);
/** Link-like elements whose content is text only in the v3 grammar. */
const TEXT_ONLY = new Set(['eref', 'xref', 'relref']);
/** Where an `<artwork>` may stand (elsewhere, it came from an image inside running text). */
const ARTWORK_PARENTS = new Set(['figure', 'section', 'li', 'dd', 'blockquote', 'aside', 'td', 'th', 'artset', 'abstract', 'note']);

/**
 * Markdown allows combinations that RFC XML v3 does not (CommonMark's `*(*foo*)*`, a quote
 * in a quote, `[*em* link](url)`, an image inside a sentence, an HTML `<table>` without
 * `<tbody>`). This pass reshapes them into the nearest valid v3, in place, so every
 * converted document validates: the inner emphasis is dropped, link text keeps its words,
 * a nested quote's content joins its parent, an inline image becomes a link, table rows get
 * their `<tbody>`. The reshaping is reported once per kind.
 */
export function repairContentModel(root: RfcElement, reporter: Reporter): void {
  const told = new Set<string>();
  const tell = (kind: string, message: string, e: RfcElement) => {
    if (told.has(kind)) return;
    told.add(kind);
    reporter.warn('rfcxml-content', message, e.position, 'RFC XML v3 has no such nesting; write it another way to keep the markup');
  };
  // An explicit stack: deeply nested documents must not overflow the call stack.
  const stack: { e: RfcElement; inside: Set<string> }[] = [{ e: root, inside: new Set() }];
  while (stack.length) {
    const { e, inside } = stack.pop()!;
    if (TEXT_ONLY.has(e.name) && e.children.some((c) => isElement(c))) {
      tell('link-markup', `markup inside the text of <${e.name}> was dropped (the text is kept)`, e);
      e.children = [{ type: 'text', value: textContent(e) }];
    }
    const out: RfcNode[] = [];
    // Children put in place of a flattened element are looked at again, in this element's context.
    const pending = [...e.children];
    while (pending.length) {
      const c = pending.shift()!;
      if (!isElement(c)) { out.push(c); continue; }
      if (!VOCABULARY.has(c.name) && !inSvg(e)) {
        tell(`unknown-${c.name}`, `<${c.name}> is not RFC XML; its content was kept without it`, c);
        pending.unshift(...c.children);
        continue;
      }
      if (NO_SELF_NESTING.has(c.name) && inside.has(c.name)) {
        tell(`nested-${c.name}`, `<${c.name}> inside <${c.name}> was flattened`, c);
        pending.unshift(...c.children);
        continue;
      }
      if (c.name === 'blockquote' && e.name === 'blockquote') {
        tell('nested-blockquote', 'a quote inside a quote was joined to the outer quote', c);
        pending.unshift(...c.children);
        continue;
      }
      if (c.name === 'artwork' && !ARTWORK_PARENTS.has(e.name)) {
        tell('inline-image', 'an image inside running text became a link to it', c);
        const src = c.attributes.src;
        const alt = c.attributes.alt || textContent(c).trim() || src || 'image';
        out.push(src ? el('eref', { target: src }, [{ type: 'text', value: alt }], c.position) : { type: 'text', value: alt });
        continue;
      }
      if (c.name === 'table' && c.children.some((k) => isElement(k, 'tr'))) {
        tell('table-rows', 'table rows outside <thead>/<tbody> were put into a <tbody>', c);
        const rows = c.children.filter((k) => isElement(k, 'tr'));
        const rest = c.children.filter((k) => !isElement(k, 'tr') && !(k.type === 'text' && !k.value.trim()));
        c.children = [...rest, el('tbody', {}, rows)];
      }
      out.push(c);
      // SVG keeps its own vocabulary.
      if (c.name === 'svg' || c.name.endsWith(':svg')) continue;
      const next = NO_SELF_NESTING.has(c.name) ? new Set([...inside, c.name]) : inside;
      stack.push({ e: c, inside: next });
    }
    e.children = out;
  }
}
