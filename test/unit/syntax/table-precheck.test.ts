/**
 * GFM tables with the pre-check (src/syntax/table-precheck.ts) must find exactly the tables
 * that micromark-extension-gfm-table finds alone: same trees, positions included, on tricky
 * snippets, on generated documents made of table-like lines, and on corpus drafts with tables.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { defList } from 'micromark-extension-definition-list';
import { defListFromMarkdown } from 'mdast-util-definition-list';
import type { Extension } from 'micromark-util-types';
import { delimiterRowLines, gfmTableWithPrecheck, mayBeDelimiterRow } from '../../../src/syntax/table-precheck.js';
import { splitDraft } from '../../../src/markdown/split.js';
import { repoRoot } from '../helpers.js';

const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(repoRoot(), '..', 'shared', 'corpus'));

function options(table: Extension): Options {
  return {
    extensions: [gfmFootnote(), table, defList],
    mdastExtensions: [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown(), defListFromMarkdown],
  };
}

function same(text: string): void {
  const want = fromMarkdown(text, options(gfmTable()));
  const got = fromMarkdown(text, options(gfmTableWithPrecheck(text)));
  assert.deepEqual(got, want, `different trees for ${JSON.stringify(text)}`);
}

describe('GFM tables with a pre-check', () => {
  it('tells which lines may be delimiter rows', () => {
    assert.equal(mayBeDelimiterRow('|---|'), true);
    assert.equal(mayBeDelimiterRow('--|:-:'), true);
    assert.equal(mayBeDelimiterRow('> \t| - |'), true);
    assert.equal(mayBeDelimiterRow(':-'), true);
    assert.equal(mayBeDelimiterRow('---'), false, 'a setext underline or thematic break has no | or :');
    assert.equal(mayBeDelimiterRow('c | d'), false);
    assert.equal(mayBeDelimiterRow('| : |'), false, 'no -');
    assert.deepEqual([...delimiterRowLines('| a |\n|---|\r\nb\r|:-|')], [0, 0, 1, 0, 1, 0]);
  });

  it('finds the same tables as the construct alone in tricky snippets', () => {
    const snippets = [
      '| a | b |\n|---|:-:|\n| 1 | 2 |\n', 'a | b\n--|--\n1 | 2\n', '| a |\n| - |\n', '|a|\n|-|\nb\n\nc\n', 'a\n|-|\n', '| a |\n|---|',
      'text\n| a |\n|---|\n| 1 |\n', '> | a |\n> |---|\n> | 1 |\n', '> | a |\n|---|\n', '- | a |\n  |---|\n  | 1 |\n', '- item\n\n  a | b\n  -|-\n',
      '    | a |\n    |---|\n', '| a |\n    |---|\n', '\t| a |\n\t|---|\n', '| a |\t| b |\n|\t---\t|---|\n', '| a \\| b |\n|---|\n',
      '\uFEFF| a |\n|---|\n', '| a |\r\n|---|\r\n| 1 |\r\n', '| a |\r|---|\r| 1 |\r', 'a | b\n---\n', '| a |\n***\n', '| a | b |\n|---|\n',
      '[^1]: | a |\n    |---|\n\nx[^1]\n', 'term\n: | a |\n  |---|\n', '| a |\n|---|\n> quote\n', '```\n| a |\n|---|\n```\n', '| a |\n| :- | -: |\n',
      '|\n|-|\n', '| |\n|-|\n', 'a|\n-|\n', '|a\n|-\n', ':\n-:\n', '| a |\n| - |\n| b |\n\n| c |\n| - |\n',
    ];
    for (const s of snippets) same(s);
  });

  it('finds the same tables in generated documents of table-like lines', () => {
    const pieces = ['| a |', '|---|', '| :-: | --: |', 'a | b', '--|--', ':-', '-:', 'a|b', '---', 'text', '', '> ', '- ', '  ', '\t', '    ', ':', '|', '-', '*** ', '[^x]: ', 'x[^x]', ': def'];
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let doc = 0; doc < 400; doc++) {
      const lines: string[] = [];
      const count = 2 + next(9);
      for (let l = 0; l < count; l++) {
        let line = '';
        const parts = 1 + next(3);
        for (let p = 0; p < parts; p++) line += pieces[next(pieces.length)];
        lines.push(line);
      }
      same(lines.join(next(5) === 0 ? '\r\n' : '\n'));
    }
  });

  for (const path of ['drafts/base-drafts/rfc9000.md', 'drafts/tls13-spec/draft-ietf-tls-rfc8446bis.md', 'mmark/rfc/feature-test.md']) {
    it(`finds the same tables in ${path}`, function () {
      const file = join(CORPUS, path);
      if (!existsSync(file)) this.skip();
      const body = splitDraft(readFileSync(file, 'utf8')).body;
      same(body);
    });
  }
});
