/**
 * In kramdown a paragraph runs on to the next blank line: a line starting with a list
 * marker or `>` inside it is text, where CommonMark would start a list or a quote there.
 * Published kramdown-rfc texts show it (TLS' change log prints "Since -06 - Updated text …"
 * as one paragraph; CBORbis' ">h\< for base16,\n>b32\< for base32" stays one paragraph).
 * Such lines get their marker escaped before parsing, so CommonMark reads them as kramdown
 * does. Only paragraphs that start at the left margin or a definition's text are followed
 * (not those in list items, quotes or other containers).
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that starts something other than a paragraph at the left margin. */
const NOT_PARAGRAPH = /^(?:\s|[#|>{<:%$]|[*+-](?:\s|$)|\d+[.)](?:\s|$)|---|\*\*\*|___|=|\[\^|!---|~~~|```)/;
/** A list marker or quote marker that CommonMark would let interrupt a paragraph. */
const INTERRUPTER = /^( {0,3})([*+-]|\d+[.)]|>)(?=\s|$|[^\s])/;

export function keepKramdownParagraphs(body: string): string {
  const lines = body.split('\n');
  let fence: string | undefined;
  let inParagraph = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && !line.trim().slice(f[1].length).trim()) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      inParagraph = false;
      continue;
    }
    if (line.trim() === '') {
      inParagraph = false;
      continue;
    }
    if (inParagraph && /^ {0,3}:/.test(line)) {
      // A definition (`term\n:  text`): the term was no paragraph.
      inParagraph = false;
      continue;
    }
    if (inParagraph) {
      // `<!-- … --> text` starts an HTML block in CommonMark, not in a kramdown paragraph
      // (CBORbis: "<!-- Do not start this on a new line: --> <contact …/>, Erik Kline"). The
      // comment prints nothing, so it becomes spaces.
      const c = /^(\s*)<!--.*?-->/.exec(line);
      if (c && line.slice(c[0].length).trim()) {
        lines[i] = ' '.repeat(c[0].length) + line.slice(c[0].length);
        continue;
      }
      const m = INTERRUPTER.exec(line);
      // A `>` always interrupts in CommonMark; a list marker only when followed by a space
      // (and an ordered one only when it is 1), but escaping any of them is harmless.
      if (m && (m[2] === '>' || /^\s/.test(line.slice(m[0].length)))) {
        lines[i] = `${m[1]}${m[2].replace(/^(\d*)([*+\-.)>])/, '$1\\$2')}${line.slice(m[0].length)}`;
      }
      continue;
    }
    const previousBlank = i === 0 || lines[i - 1].trim() === '';
    // A definition's text (`:  text`) is a paragraph too (rfc9000's "set to\n  1.  When …").
    inParagraph = (previousBlank && !NOT_PARAGRAPH.test(line)) || /^ {0,3}:\s+\S/.test(line);
  }
  return lines.join('\n');
}

/**
 * A `{{…}}` citation or a `{: …}` attribute list that runs over a line end (`see {{Section
 * 4.6 of` / `QUIC-TLS}}.` and `(#QUIC-TLS){: section="5.8"` / `sectionFormat="bare"} of` in
 * rfc9000.md) is moved down whole onto the second line, since these spans are read within
 * a line. The line count stays.
 */
export function joinSplitSpans(body: string): string {
  if (!body.includes('{{') && !body.includes('{:')) return body;
  const lines = body.split('\n');
  let fence: string | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && !line.trim().slice(f[1].length).trim()) fence = undefined;
      continue;
    }
    if (f) { fence = f[1]; continue; }
    const open = openSpan(line);
    if (!open) continue;
    const next = lines[i + 1];
    const close = next.indexOf(open.close);
    if (close < 0 || next.trim() === '' || FENCE.test(next) || next.slice(0, close).includes('{')) continue;
    // Move the span down whole, with whatever is attached before it (`({{…`, `](#x){:`), so
    // the line break stays where a space was.
    const start = line.slice(0, open.at).search(/\S*$/);
    const head = line.slice(0, start).trimEnd();
    if (!head.trim()) continue;
    lines[i] = head;
    lines[i + 1] = `${/^\s*/.exec(next)![0]}${line.slice(start).trim()} ${next.trimStart()}`;
  }
  return lines.join('\n');
}

/** The last `{{` or `{:` on a line that is not closed on it. */
function openSpan(line: string): { at: number; close: string } | undefined {
  const cite = line.lastIndexOf('{{');
  if (cite >= 0 && line.indexOf('}}', cite) < 0) return { at: cite, close: '}}' };
  const ial = line.lastIndexOf('{:');
  // An attribute list alone on its line is joined elsewhere (joinMultilineAttributeLists).
  if (ial > 0 && line.slice(0, ial).trim() && line.indexOf('}', ial) < 0) return { at: ial, close: '}' };
  return undefined;
}
