import { gfmTable } from 'micromark-extension-gfm-table';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

/**
 * GFM tables with a cheap test before each attempt. micromark tries the table construct at the
 * start of every line of flow content (every line of every paragraph), and reads the whole line
 * as a head row before it looks at the next line for the delimiter row (`|---|:-:|`); that was
 * a fifth of all the characters micromark consumed on the QUIC drafts. A line can only start a
 * table when the next line could be a delimiter row, which the source text tells at once (one
 * pass over its lines, on first use): so a head row is attempted only then. Rows after a table's head go to the construct as before, and
 * the tables found are the same.
 *
 * `source` is the text given to micromark: its lines are the tokenizer's (a byte order mark
 * that micromark drops only shortens line 1, which is never a delimiter row).
 */
export function gfmTableWithPrecheck(source: string): Extension {
  const table = (gfmTable().flow as Record<string, Construct>).null;
  const construct: Construct = { ...table, tokenize };
  /** Which lines (1-based, as micromark counts them) may be delimiter rows; made on first use. */
  let candidates: Uint8Array | undefined;
  return { flow: { null: construct } as Extension['flow'] };

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    return start;

    function start(code: Code): State | undefined {
      if (!inTable(self)) {
        candidates ??= delimiterRowLines(source);
        if (!candidates[self.now().line + 1]) return nok(code);
      }
      return table.tokenize.call(self, effects, ok, nok)(code);
    }
  }
}

/** Is this line the place of a body row (the construct's own test: the last event is the head or a row)? */
function inTable(self: TokenizeContext): boolean {
  let index = self.events.length - 1;
  while (index > -1) {
    const type = self.events[index][1].type;
    if (type !== 'lineEnding' && type !== 'linePrefix') return type === 'tableHead' || type === 'tableRow';
    index--;
  }
  return false;
}

/** For each line of the source (index = 1-based line number), 1 when it may be a delimiter row. */
export function delimiterRowLines(source: string): Uint8Array {
  const lines = source.split(/\r\n|\r|\n/);
  const out = new Uint8Array(lines.length + 2);
  for (let i = 0; i < lines.length; i++) if (mayBeDelimiterRow(lines[i])) out[i + 1] = 1;
  return out;
}

/**
 * Could this line be a table's delimiter row? Its content, after the container prefixes
 * (`>` and indentation), must be only `|`, `:`, `-` and white space, with at least one `-`
 * and one `|` or `:` (without them it is a thematic break or a setext underline). A superset
 * of what the construct accepts, so refusing the other lines changes no result.
 */
export function mayBeDelimiterRow(line: string): boolean {
  const n = line.length;
  let i = 0;
  // The container prefix: block quote markers and indentation.
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c !== 62 && c !== 32 && c !== 9) break;
    i++;
  }
  let dash = false;
  let mark = false;
  for (; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === 45) dash = true;
    else if (c === 124 || c === 58) mark = true;
    else if (c !== 32 && c !== 9) return false;
  }
  return dash && mark;
}
