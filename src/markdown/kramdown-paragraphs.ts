/**
 * In kramdown a paragraph runs on to the next blank line: a line starting with a list
 * marker or `>` inside it is text, where CommonMark would start a list or a quote there.
 * Published kramdown-rfc texts show it (TLS' change log prints "Since -06 - Updated text …"
 * as one paragraph; CBORbis' ">h\< for base16,\n>b32\< for base32" stays one paragraph).
 * Such lines get their marker escaped before parsing, so CommonMark reads them as kramdown
 * does. Only paragraphs that start at the left margin are followed (not those in list
 * items, quotes or other containers, whose lines kramdown reads in their own way).
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
      const m = INTERRUPTER.exec(line);
      // A `>` always interrupts in CommonMark; a list marker only when followed by a space
      // (and an ordered one only when it is 1), but escaping any of them is harmless.
      if (m && (m[2] === '>' || /^\s/.test(line.slice(m[0].length)))) {
        lines[i] = `${m[1]}${m[2].replace(/^(\d*)([*+\-.)>])/, '$1\\$2')}${line.slice(m[0].length)}`;
      }
      continue;
    }
    const previousBlank = i === 0 || lines[i - 1].trim() === '';
    inParagraph = previousBlank && !NOT_PARAGRAPH.test(line);
  }
  return lines.join('\n');
}

/**
 * A `{{…}}` citation that runs over a line end (`see {{Section 4.6 of` / `QUIC-TLS}}.` in
 * rfc9000.md) is moved whole onto the second line, so it is read as one citation; the line
 * count stays. (The citation tokenizer reads `{{…}}` within one line.)
 */
export function joinSplitCitations(body: string): string {
  if (!body.includes('{{')) return body;
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
    const open = line.lastIndexOf('{{');
    if (open < 0 || line.indexOf('}}', open) >= 0) continue;
    const next = lines[i + 1];
    const close = next.indexOf('}}');
    if (close < 0 || next.slice(0, close).includes('{{') || next.trim() === '' || FENCE.test(next)) continue;
    const head = line.slice(0, open).trimEnd();
    if (!head.trim()) continue;
    const indent = /^\s*/.exec(next)![0];
    lines[i] = head;
    lines[i + 1] = `${indent}${line.slice(open).trim()} ${next.trimStart()}`;
  }
  return lines.join('\n');
}
