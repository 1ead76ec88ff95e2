/**
 * Structure collection, as the TLS working group's drafts use it: a line `%%% Label` right
 * before a code block marks the block, and a line `%%## Label{#anchor}` (any number of `#`)
 * in an appendix becomes a heading of that level followed by copies of every block marked
 * with its label, in document order. The blocks stay where they are, too.
 *
 * Where a marked block stays in the body, its lines that name a `…_RESERVED` value are left
 * out: the body shows the values in use, the appendix all of them (as the published
 * rfc8446bis text does).
 *
 * It works on lines, before Markdown is parsed, like the preprocessor it replaces; it only
 * acts when the document has at least one `%%#` heading line.
 */
export interface Collected {
  text: string;
  /** For each output line, the 0-based index of the input line it came from. */
  origin: number[];
}

const MARK = /^%%%\s+(\S.*?)\s*$/;
const TARGET = /^%%(#+)\s*(\S.*?)\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** A line of a structure definition naming a retired value: `hello_request_RESERVED(0),`. */
const RESERVED = /^\s*\w+_RESERVED\b/;

export function collectLabelledBlocks(text: string): Collected | undefined {
  const lines = text.split('\n');
  if (!lines.some((l) => TARGET.test(l))) return undefined;

  // Pass 1: the marked blocks, by label (outside fenced code).
  const blocks = new Map<string, number[][]>();
  const marks = new Set<number>();
  const reserved = new Set<number>();
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const f = FENCE.exec(lines[i]);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && lines[i].trim() === f[1]) fence = null;
      continue;
    }
    if (f) { fence = f[1]; continue; }
    const m = MARK.exec(lines[i]);
    if (!m) continue;
    marks.add(i);
    const block = blockAfter(lines, i + 1);
    if (block.length) {
      for (const k of block) if (RESERVED.test(lines[k])) reserved.add(k);
      const label = m[1].toLowerCase();
      blocks.set(label, [...(blocks.get(label) ?? []), block]);
    }
  }

  // Pass 2: marks become blank lines (keeping numbering); targets become headings plus copies.
  const out: string[] = [];
  const origin: number[] = [];
  const push = (line: string, from: number) => { out.push(line); origin.push(from); };
  for (let i = 0; i < lines.length; i++) {
    if (marks.has(i)) { push('', i); continue; }
    if (reserved.has(i)) continue;
    const t = TARGET.exec(lines[i]);
    if (!t || t[1].length > 6) { push(lines[i], i); continue; }
    push(`${t[1]} ${t[2]}`, i);
    const label = t[2].replace(/\s*\{#[^}]*\}\s*$/, '').toLowerCase();
    for (const block of blocks.get(label) ?? []) {
      push('', i);
      for (const k of block) push(lines[k], k);
    }
    push('', i);
  }
  return { text: out.join('\n'), origin };
}

/** The line indices of the code block starting at or after `from` (skipping blank lines). */
function blockAfter(lines: string[], from: number): number[] {
  let i = from;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (i >= lines.length) return [];
  const f = FENCE.exec(lines[i]);
  const out: number[] = [];
  if (f) {
    out.push(i);
    for (i++; i < lines.length; i++) {
      out.push(i);
      if (lines[i].trim().startsWith(f[1][0].repeat(f[1].length)) && lines[i].trim().replace(new RegExp(`\\${f[1][0]}`, 'g'), '') === '') break;
    }
    return out;
  }
  if (!/^( {4}|\t)/.test(lines[i])) return [];
  for (; i < lines.length && (lines[i].trim() === '' || /^( {4}|\t)/.test(lines[i])); i++) out.push(i);
  while (out.length && lines[out[out.length - 1]].trim() === '') out.pop();
  return out;
}
