/**
 * parseMarkdown parses a text that opens with empty lines (a piece of the document padded to
 * its place in the file) without them, and moves the positions down: the tree must be the one
 * micromark makes of the whole text, positions included.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMarkdown, parseMarkdownAsIs } from '../../../src/markdown/parse.js';
import { joinMultilineAttributeLists, splitDraft, type Dialect } from '../../../src/markdown/split.js';
import { repoRoot } from '../helpers.js';

const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(repoRoot(), '..', 'shared', 'corpus'));

function same(text: string, dialect: Dialect): void {
  assert.deepEqual(parseMarkdown(text, dialect), parseMarkdownAsIs(text, dialect));
}

describe('parseMarkdown: leading empty lines', () => {
  const snippets = [
    '', '\n', '\n\n\n', 'no blank line first\n', '\n\nfoo *bar* {{RFC2119}}\n',
    '\n\n\uFEFFafter a byte order mark\n', '\n\n    indented code\n', '\n\n  two spaces\n\n', '\n\n \n\nspace line first\n',
    '\n\n- a\n- b\n\n  c\n', '\n\n| a | b |\n|---|---|\n| 1 | 2 |\n{: #tab title="T"}\n', '\n\nterm\n: definition\n',
    '\n\n> quote\nlazy\n', '\n\n```\nfence\n```\n', '\n\r\n\r\nCRLF after LF\r\n', '\n\nfoo[^1]\n\n[^1]: note\n',
    '\n\n[a]: http://example.com\n\n[a]\n', '\n\n--- middle\n\n# Intro {#intro}\n', '\n\nHeading\n=======\n', '\n\n<div>\nhtml\n</div>\n',
  ];
  for (const dialect of ['kramdown', 'mmark', 'commonmark'] as Dialect[]) {
    it(`gives micromark's own tree for short texts (${dialect})`, () => {
      for (const s of snippets) same(s, dialect);
    });
  }

  it('moves positions down by one line and one offset per empty line', () => {
    const root = parseMarkdown('\n\n\nfoo\n', 'kramdown');
    assert.deepEqual(root.position, { start: { line: 1, column: 1, offset: 0 }, end: { line: 5, column: 1, offset: 7 } });
    assert.deepEqual(root.children[0].position, { start: { line: 4, column: 1, offset: 3 }, end: { line: 4, column: 4, offset: 6 } });
  });

  const drafts: [string, Dialect][] = [['drafts/base-drafts/rfc9000.md', 'kramdown'], ['mmark/rfc/feature-test.md', 'mmark']];
  for (const [path, dialect] of drafts) {
    it(`gives micromark's own tree for ${path} padded as a re-parsed piece`, function () {
      const file = join(CORPUS, path);
      if (!existsSync(file)) this.skip();
      const body = splitDraft(readFileSync(file, 'utf8')).body;
      // The body itself opens with the blanked header, and a piece re-parsed at line 500.
      same(dialect === 'mmark' ? body : joinMultilineAttributeLists(body), dialect);
      same('\n'.repeat(500) + body.split('\n').slice(500, 900).join('\n'), dialect);
    });
  }
});
