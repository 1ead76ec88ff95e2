/**
 * Splits a Markdown draft into its metadata header and its body, and says which dialect it
 * is written in. The dialect is read from the first line, as the issue and both tools do:
 *
 * - `---`            kramdown-rfc: YAML up to the first `--- abstract`/`--- middle`/… line
 *                    (or plain CommonMark front matter when the YAML closes with a bare `---`)
 * - `%%%`            mmark: TOML up to the next `%%%` line
 * - `% key = value`  mmark 1: TOML on lines prefixed with `%`
 *
 * Header lines are blanked, not removed, in the body, so body positions stay true to the file.
 */
export type Dialect = 'kramdown' | 'mmark' | 'commonmark';

export interface Header {
  format: 'yaml' | 'toml';
  text: string;
  /** 1-based line in the file where `text` starts. */
  startLine: number;
}

export interface SplitDraft {
  dialect: Dialect;
  header: Header | null;
  /** The file's text with the header blanked out (same number of lines). */
  body: string;
}

/** kramdown-rfc's part markers: `--- abstract`, `--- middle`, `--- back`, `--- note_…`. */
export const KRAMDOWN_PART = /^---\s+([A-Za-z_][\w-]*)\s*$/;

export function splitDraft(source: string): SplitDraft {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const first = lines[0]?.trimEnd() ?? '';

  if (first === '---') {
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (KRAMDOWN_PART.test(line)) {
        return {
          dialect: 'kramdown',
          header: { format: 'yaml', text: lines.slice(1, i).join('\n'), startLine: 2 },
          body: blank(lines, 0, i),
        };
      }
      if (/^(---|\.\.\.)\s*$/.test(line)) {
        return {
          dialect: 'commonmark',
          header: { format: 'yaml', text: lines.slice(1, i).join('\n'), startLine: 2 },
          body: blank(lines, 0, i + 1),
        };
      }
    }
    // No end marker: the whole file is header (kramdown-rfc reads it the same way).
    return {
      dialect: 'kramdown',
      header: { format: 'yaml', text: lines.slice(1).join('\n'), startLine: 2 },
      body: blank(lines, 0, lines.length),
    };
  }

  if (/^%%%+\s*$/.test(first)) {
    let end = lines.findIndex((l, i) => i > 0 && /^%%%+\s*$/.test(l));
    if (end < 0) end = lines.length;
    return {
      dialect: 'mmark',
      header: { format: 'toml', text: lines.slice(1, end).join('\n'), startLine: 2 },
      body: blank(lines, 0, Math.min(end + 1, lines.length)),
    };
  }

  if (/^%\s*\w[\w.-]*\s*=/.test(first)) {
    let end = 0;
    while (end < lines.length && lines[end].startsWith('%')) end++;
    // The `%` becomes a space, so columns in TOML messages stay those of the file.
    const header = lines.slice(0, end).map((l) => ' ' + l.slice(1)).join('\n');
    return { dialect: 'mmark', header: { format: 'toml', text: header, startLine: 1 }, body: blank(lines, 0, end) };
  }

  return { dialect: 'commonmark', header: null, body: text };
}

/** The lines with [from, to) replaced by empty lines. */
function blank(lines: string[], from: number, to: number): string {
  const copy = lines.slice();
  for (let i = from; i < to; i++) copy[i] = '';
  return copy.join('\n');
}

/**
 * Joins an attribute list that runs over several lines (`{: title="a long\n  title"}`) into
 * one line, since spans are read within a line. The removed line breaks are put back after
 * it as blank lines, so every later line keeps its number.
 */
export function joinMultilineAttributeLists(body: string): string {
  if (!body.includes('{:')) return body;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\{:[^}]*$/.test(lines[i])) continue;
    let j = i;
    while (j + 1 < lines.length && j - i < 10 && !lines[j].includes('}') && lines[j + 1].trim() !== '') j++;
    if (j === i || !lines[j].includes('}')) continue;
    const joined = lines.slice(i, j + 1).map((l, k) => (k ? l.trim() : l)).join(' ');
    lines.splice(i, j - i + 1, joined, ...new Array(j - i).fill(''));
    i = j;
  }
  return lines.join('\n');
}
