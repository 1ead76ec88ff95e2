/**
 * A generated Internet-Draft of a given size (not a test file itself): kramdown-rfc Markdown
 * made of the constructs real drafts use (sections with anchors, paragraphs with emphasis,
 * BCP 14 words, citations and cross-references, lists, tables, code, definition lists), for
 * the large-document test and bench/pathological.js.
 */

const HEADER = `---
title: A Very Large Generated Draft
abbrev: Large
docname: draft-large-generated-00
ipr: trust200902
cat: std
submissionType: IETF
author:
  - name: A. Author
    org: Example
    email: a@example.com

normative:
  RFC2119:
  RFC8174:

informative:
  I-D.ietf-example-widgets:

--- abstract

This document is generated to measure how the toolchain copes with a very large input.

--- middle

# Conventions

{::boilerplate bcp14-tagged}

`;

/** One section: about 3 KB of Markdown, its anchor `sec-N`, citing the one before. */
function section(n: number): string {
  const prev = n > 0 ? ` (see {{sec-${n - 1}}})` : '';
  const para = (k: number) => `Paragraph ${k} of section ${n}: an implementation MUST keep *state* for each **widget**${prev}, ` +
    `and it SHOULD NOT send \`frames\` larger than the limit given in {{RFC2119}}; receivers MAY drop them [^fn${n}x${k}] ` +
    'as described by the widget protocol {{I-D.ietf-example-widgets}}. The quick brown fox jumps over the lazy dog.';
  return [
    `# Section ${n} {#sec-${n}}`,
    para(1), para(2),
    `[^fn${n}x1]: A footnote of section ${n}.`, `[^fn${n}x2]: Another footnote of section ${n}.`,
    '* first item with `code`\n* second item\n  * nested item\n* third item',
    `1. step one of ${n}\n2. step two\n3. step three`,
    `| Field | Size | Meaning |\n|-------|-----:|---------|\n| type | 8 | the type of section ${n} |\n| length | 16 | its length |\n| value | var | its value |`,
    `~~~ abnf\nwidget-${n} = 1*DIGIT "." 1*ALPHA\n~~~`,
    `term ${n}\n: its definition, which refers to {{sec-${n}}}.`,
    `## Subsection ${n}.1`,
    para(3),
  ].join('\n\n') + '\n\n';
}

/** A kramdown-rfc draft of about `bytes` characters. */
export function largeMarkdownDraft(bytes: number): string {
  const parts = [HEADER];
  let size = HEADER.length;
  for (let n = 0; size < bytes; n++) {
    const s = section(n);
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}
