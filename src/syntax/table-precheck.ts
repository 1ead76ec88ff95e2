import { gfmTable } from 'micromark-extension-gfm-table';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

/**
 * GFM tables with a cheap test before each attempt. micromark tries the table construct at the
 * start of every line of flow content (every line of every paragraph), and reads the whole line
 * as a head row before it looks at the next line for the delimiter row (`|---|:-:|`); that was
 * a fifth of all the characters micromark consumed on the QUIC drafts. A line can only start a
 * table when the next line could be a delimiter row, which the source text tells at once: so a
 * head row is attempted only then. Rows after a table's head go to the construct as before, and
 * the tables found are the same.
 *
 * `source` is the text given to micromark (without a leading byte order mark, which micromark
 * drops before it counts offsets), so that the tokenizer's offsets index it.
 */
export function gfmTableWithPrecheck(source: string): Extension {
  const table = (gfmTable().flow as Record<string, Construct>).null;
  const construct: Construct = { ...table, tokenize };
  return { flow: { null: construct } as Extension['flow'] };

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    return start;

    function start(code: Code): State | undefined {
      if (!inTable(self) && !nextLineMayBeDelimiterRow(source, self.now().offset)) return nok(code);
      return table.tokenize.call(self, effects, ok, nok)(code);
    }
  }
}

/** Is this line a body row's place (the construct's own test: the last event is the head or a row)? */
function inTable(self: TokenizeContext): boolean {
  let index = self.events.length - 1;
  while (index > -1) {
    const type = self.events[index][1].type;
    if (type !== 'lineEnding' && type !== 'linePrefix') return type === 'tableHead' || type === 'tableRow';
    index--;
  }
  return false;
}

/**
 * Could the line after the one at `offset` be a table's delimiter row? Its content, after the
 * container prefixes (`>` and indentation), must be only `|`, `:`, `-` and white space, with at
 * least one `-` and one `|` or `:` (without them it is a thematic break or setext underline).
 * A superset of what the construct accepts, so refusing when it fails changes no result.
 */
export function nextLineMayBeDelimiterRow(source: string, offset: number): boolean {
  let i = offset;
  const n = source.length;
  for (;;) {
    if (i >= n) return false;
    const c = source.charCodeAt(i);
    if (c === 10) { i++; break; }
    if (c === 13) { i += source.charCodeAt(i + 1) === 10 ? 2 : 1; break; }
    i++;
  }
  let dash = false;
  let mark = false;
  // The container prefix: block quote markers and indentation.
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c !== 62 && c !== 32 && c !== 9) break;
    i++;
  }
  for (; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 45) dash = true;
    else if (c === 124 || c === 58) mark = true;
    else if (c !== 32 && c !== 9) return false;
  }
  return dash && mark;
}
