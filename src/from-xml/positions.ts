import type { Position } from '../diagnostics/diagnostic.js';

/**
 * fast-xml-parser reports no positions, so the start tags are found again by a light scan of
 * the source, in document order, skipping comments, CDATA, processing instructions and the
 * DOCTYPE. The n-th start tag found is the n-th element of the parsed tree.
 */
export function startTagPositions(source: string): Position[] {
  const out: Position[] = [];
  let line = 1;
  let lineStart = 0;
  const n = source.length;
  let i = 0;
  const advanceTo = (to: number) => {
    for (let k = i; k < to; k++) {
      if (source.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    i = to;
  };
  while (i < n) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    advanceTo(lt);
    const rest = source.startsWith.bind(source);
    let end: number;
    if (rest('<!--', lt)) end = source.indexOf('-->', lt + 4) + 3;
    else if (rest('<![CDATA[', lt)) end = source.indexOf(']]>', lt + 9) + 3;
    else if (rest('<?', lt)) end = source.indexOf('?>', lt + 2) + 2;
    else if (rest('<!', lt)) end = doctypeEnd(source, lt);
    else if (rest('</', lt)) end = source.indexOf('>', lt) + 1;
    else {
      out.push({ start: { line, column: lt - lineStart + 1, offset: lt } });
      end = tagEnd(source, lt);
    }
    if (end <= lt) break;
    advanceTo(end);
  }
  return out;
}

/** The end of a start tag, stepping over quoted attribute values that may hold `>`. */
function tagEnd(s: string, from: number): number {
  let quote = '';
  for (let k = from + 1; k < s.length; k++) {
    const c = s[k];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k + 1;
  }
  return s.length;
}

/** The end of `<!DOCTYPE … [ … ]>`, whose internal subset holds `>` characters. */
function doctypeEnd(s: string, from: number): number {
  const bracket = s.indexOf('[', from);
  const close = s.indexOf('>', from);
  if (bracket >= 0 && bracket < close) {
    const end = s.indexOf(']', bracket);
    return end < 0 ? s.length : s.indexOf('>', end) + 1;
  }
  return close + 1;
}
