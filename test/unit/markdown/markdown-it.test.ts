/**
 * The markdown-it front end (parseMarkdownIt, what parseMarkdown uses) must make the tree the
 * micromark one (parseMarkdownMicromark) makes: node types, fields and positions. Checked on
 * every CommonMark specification example, on snippets of the dialects' syntax, and on every
 * Markdown file of the fixtures, the project's own draft and the corpus (the body as a build
 * parses it). scripts/parser-diff.mjs shows the differences in detail.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseMarkdownMicromark } from '../../../src/markdown/parse.js';
import { parseMarkdownIt } from '../../../src/markdown/markdown-it/parse.js';
import { firstDifferences } from '../../../src/markdown/markdown-it/tree-diff.js';
import { joinMultilineAttributeLists, splitDraft, type Dialect } from '../../../src/markdown/split.js';
import { repoRoot } from '../helpers.js';

const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(repoRoot(), '..', 'shared', 'corpus'));

interface Example { markdown: string; number: number; section: string }
const EXAMPLES: Example[] = createRequire(import.meta.url)('commonmark-spec').tests;

/**
 * Spec examples where the trees differ, and why (a position, and micromark's own
 * after-the-fact GFM literal autolink pass):
 * 260: a list in nested block quotes over a `>>` line: micromark ends the list on that line.
 * 606 (mmark, commonmark: GFM literals): `<foo\+@bar.example.com>`: micromark's mdast utility
 * finds the e-mail address in the text afterwards (nodes without positions); markdown-it's
 * rule, like micromark's tokenizer, does not see it after the escape.
 */
const KNOWN: Record<Dialect, Set<number>> = {
  kramdown: new Set([260]),
  mmark: new Set([260, 606]),
  commonmark: new Set([260, 606]),
} as Record<Dialect, Set<number>>;

function expectSame(text: string, dialect: Dialect, what: string): void {
  const it = parseMarkdownIt(text, dialect);
  assert.ok(it, `${what} (${dialect}): markdown-it declined it`);
  const d = firstDifferences(parseMarkdownMicromark(text, dialect), it);
  assert.equal(d, undefined, `${what} (${dialect}): ${JSON.stringify(d)}`);
}

describe('markdown-it front end: the same mdast tree as micromark', () => {
  for (const dialect of ['kramdown', 'mmark', 'commonmark'] as Dialect[]) {
    it(`on the CommonMark specification examples (${dialect})`, () => {
      for (const e of EXAMPLES) if (!KNOWN[dialect].has(e.number)) expectSame(e.markdown, dialect, `example ${e.number} (${e.section})`);
    });
  }

  const SNIPPETS: [Dialect, string][] = [
    ['kramdown', '--- middle\n\n# Intro {#intro}\n\nSee {{RFC2119}} and (((index))) {: .c}\n{::boilerplate bcp14-tagged}\n\n--- back\n'],
    ['kramdown', '{{{{{{{{{{{{ {{a}} [{{b}}](#c) `{{c}}` \\{{d}}\n'],
    ['kramdown', 'Term\nTerm 2\n: one\n  more\n\n  para\n\n: two\n\nNext\n\n: three\nlazy\n\nafter\n'],
    ['kramdown', '| a | b \\| c |\n|:--|--:|\n| x |\n| y | z | extra |\n{: title="T"}\n'],
    ['kramdown', 'a http://example.com b <http://example.org> [r][] [s]\n\n[r]: /u "t"\n[s]: </v>\n'],
    ['mmark', '.# Abstract\n\nH~2~O 2^10^ ~~del~~ [@RFC1] [@?RFC2; @-RFC3] (#a) (!idx) {#x .c}\n\n{mainmatter}\n'],
    ['mmark', 'x_y-z@a.b_c.d *a*b@c.de foo@bar www.x.y/a_(b)_ http://a.b/c?d=e&amp; (https://x.y/z).\n'],
    ['mmark', '- [ ] *a*\n- [x]  b c\n- [ ]\n  c\n- [ ]\n\nfoo[^1]\n\n[^1]: note\n    more\n'],
    ['commonmark', '  <div>\n  x\n\n    code\n\n```js  meta\nfence\n'],
    ['kramdown', 'a\u0000b {{RFC2119}}\n'],
  ];
  it('on snippets of the dialects\' syntax', () => {
    for (const [dialect, text] of SNIPPETS) expectSame(text, dialect, JSON.stringify(text));
  });

  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|mkd|markdown)$/.test(name)) files.push(p);
    }
  };
  for (const dir of [join(repoRoot(), 'test', 'fixtures'), join(repoRoot(), 'spec'), join(CORPUS, 'drafts'), join(CORPUS, 'kramdown-rfc'), join(CORPUS, 'mmark')]) walk(dir);
  it(`on the Markdown files of the fixtures, spec/ and the corpus (${files.length} files)`, function () {
    this.timeout(180000);
    for (const f of files) {
      const split = splitDraft(readFileSync(f, 'utf8'));
      const body = split.dialect === 'mmark' ? split.body : joinMultilineAttributeLists(split.body);
      expectSame(body, split.dialect, f);
    }
  });
});
