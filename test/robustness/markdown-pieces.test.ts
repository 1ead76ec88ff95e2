/**
 * Issue 10 (large documents): bodies larger than 256 KB are parsed in pieces
 * (src/markdown/pieces.ts), because one micromark parse grows with the square of the body's
 * size (a generated 2 MB draft took 50 s to convert, 10 MB did not finish in ten minutes).
 * The pieces must give the very tree the whole parse gives, positions included: on every
 * corpus draft cut into small pieces, on a draft made of the constructs that could go wrong at
 * a cut (definitions and footnotes used in other pieces, `# ` lines inside code, comments and
 * kramdown blocks, attribute lines before headings), and on the generated large draft.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { cutIntoPieces, parseMarkdownInPieces, PIECE_BYTES } from '../../src/markdown/pieces.js';
import { repoRoot } from '../unit/helpers.js';
import { largeMarkdownDraft } from './large-draft.js';

const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(repoRoot(), '..', 'shared', 'corpus'));

/** The tree as plain data (the parser's objects compared by value). */
function plain(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x));
}

/** Asserts that parsing in pieces of `size` gives the whole parse's tree; returns the number of pieces. */
function assertSameTree(text: string, dialect: 'kramdown' | 'mmark', size: number, what: string): number {
  const whole = plain(parseMarkdown(text, dialect)) as { children: unknown[] };
  const pieces = plain(parseMarkdownInPieces(text, dialect, size)) as { children: unknown[] };
  const i = whole.children.findIndex((c, k) => JSON.stringify(c) !== JSON.stringify(pieces.children[k]));
  assert.deepEqual(pieces, whole, `${what}: first difference at block ${i}: ${JSON.stringify(pieces.children[i])?.slice(0, 300)}`);
  return cutIntoPieces(text, size).length;
}

const TRICKY = `# One

See [the spec][spec], [Spec][], [later] and a note[^late] and [^other].

* a list that ends at a cut

# Two

\`\`\` not\`a\`fence

~~~ markdown

# not a heading: inside code

[inside]: http://example.com/inside
~~~

<!-- a comment

# not a heading: inside a comment

-->

{::comment}

# not a heading: inside a kramdown comment

{:/comment}

{#three-anchor}
# Three

> a quote that ends at a cut
> [later]

# Four

## Four point one

Term
: Definition using [spec].

[^late]: A footnote defined far away,
    on two lines.

# Five

[spec]: http://example.com/spec "Spec"
[later]: <http://example.com/later>
[^other]: The other footnote.
`;

describe('robustness: Markdown parsed in pieces', function () {
  this.timeout(120_000);

  it('large-markdown-quadratic-parse: a tricky draft cut at every possible place gives the whole parse\'s tree', () => {
    for (const dialect of ['kramdown', 'mmark'] as const) {
      assert.equal(assertSameTree(TRICKY, dialect, 1, dialect), 5);
    }
  });

  it('cuts only before headings that follow an empty line outside code, comments and kramdown blocks', () => {
    const starts = cutIntoPieces(TRICKY, 1).map((p) => p.text.split('\n')[0]);
    assert.deepEqual(starts, ['# One', '# Two', '# Four', '## Four point one', '# Five']);
  });

  it('the generated large draft is cut into pieces in the converter, and they give the whole parse\'s tree', () => {
    const body = (bytes: number) => largeMarkdownDraft(bytes).split('--- middle\n')[1];
    assert.equal(cutIntoPieces(body(300_000), PIECE_BYTES).length, 2);
    assert.ok(assertSameTree(body(120_000), 'kramdown', 12_000, 'generated') >= 10);
  });

  it('every corpus Markdown draft cut into small pieces gives the whole parse\'s tree', function () {
    if (!existsSync(CORPUS)) this.skip();
    const files = execFileSync('find', [CORPUS, '-name', '*.md', '-not', '-path', '*/expected/*'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    let cut = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // The largest drafts take seconds to parse whole; those below 120 KB are enough to vary.
      if (text.length > 120_000 || cutIntoPieces(text, 3000).length < 2) continue;
      assertSameTree(text, /^%%%/m.test(text) ? 'mmark' : 'kramdown', 3000, file);
      cut++;
    }
    assert.ok(cut >= 20, `only ${cut} corpus drafts were cut`);
  });
});
