/**
 * Issue 10: property-based tests. fast-check builds drafts from the pieces real drafts are made
 * of (IETF syntax mixed with Markdown and a few hostile strings), with a fixed seed and a bounded
 * count (more with FUZZ_RUNS); every one must convert and render to XML, text and HTML without
 * throwing, and its HTML must carry no script.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { markdownToRfc } from '../../src/from-mdast/index.js';
import { xmlToRfc } from '../../src/from-xml/index.js';
import { prep } from '../../src/prep/index.js';
import { writeHtml } from '../../src/writers/html/index.js';
import { writeText } from '../../src/writers/text/index.js';
import { writeXml } from '../../src/writers/xml/index.js';
import { fixtureResolver } from '../unit/helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 150;
const SEED = Number(process.env.FUZZ_SEED) || 20261122;

/** Pieces of Markdown drafts: IETF constructs, ordinary Markdown, and hostile strings. */
const piece = fc.oneof(
  fc.constantFrom('# Heading', '## Sub {#sub}', '{{RFC2119}}', '{{!RFC0793}}', '{{?I-D.draft-example-widgets}}', '[@RFC2119]', '{{sub}}',
    '{: #anchor}', '{:compact}', '{::boilerplate bcp14-tagged}', '~~~ json', '~~~', '```', '> quote', '* item', '1. item', '   * nested',
    '| a | b |', '|---|---|', '| 1 | 2 |', 'term', ': definition', 'MUST', '**bold**', '_em_', '`code`', '<br/>', '<xref target="sub"/>',
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '<svg onload=alert(1)>',
    '![img](a.png)', '[^note]', '[^note]: Footnote.', '<!-- comment -->', '&amp; &#0; &#xD800;', '\u0000\u0007', '{{', '}}', '{:', '*', '_', '[', ']',
    '<', '>', '\\', 'A>', 'N>', '{mainmatter}', '{backmatter}', '--- back', '--- middle', '\t', '        indented code'),
  fc.string({ maxLength: 40 }),
);
const paragraph = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '')).map(([p, sep]) => p.join(sep));
const body = fc.array(paragraph, { minLength: 1, maxLength: 14 }).map((ps) => ps.join('\n\n'));

const kramdown = (b: string) => `---\ntitle: Fuzz\ndocname: draft-fuzz-00\nipr: trust200902\ncat: info\nauthor:\n  - name: A. Author\n\n--- middle\n\n# One\n\n${b}\n`;
const mmark = (b: string) => `%%%\ntitle = "Fuzz"\n[seriesInfo]\nname = "Internet-Draft"\nvalue = "draft-fuzz-00"\nstream = "IETF"\n%%%\n\n{mainmatter}\n\n# One\n\n${b}\n`;

async function roundTrip(source: string): Promise<void> {
  const r = await markdownToRfc(source, { file: 'fuzz.md', date: '2026-11-22', resolver: fixtureResolver(), offline: true, allowMissingRefs: true });
  if (r.failed) {
    // A refusal must be a positioned message, never an internal error.
    assert.ok(r.diagnostics.every((d) => d.ruleId !== 'internal-error'), JSON.stringify(r.diagnostics));
    return;
  }
  const xml = writeXml(r.document);
  const back = await xmlToRfc(xml, { file: 'fuzz.xml', offline: true, resolver: fixtureResolver() });
  assert.ok(!back.failed, `the XML written does not read back: ${JSON.stringify(back.diagnostics.filter((d) => d.severity === 'error'))}`);
  const p = prep(r.document, { date: '2026-11-22' });
  writeText(p.document);
  writeText(p.document, { paginate: false });
  const html = writeHtml(p.document, { css: '' }).html;
  // Script could only come from a real tag or attribute (escaped text such as &lt;svg onload…&gt; is harmless).
  assert.doesNotMatch(html, /<script\b|<[a-z][^>]*\son[a-z]+\s*=|\b(href|src|xlink:href)\s*=\s*"\s*(javascript|data|vbscript):/i);
}

describe('robustness: property-based drafts (fast-check)', function () {
  this.timeout(300_000);
  for (const [name, wrap] of [['kramdown-rfc', kramdown], ['mmark', mmark]] as const) {
    it(`${name}: ${RUNS} generated drafts convert, read back and render without a crash or script`, async () => {
      await fc.assert(fc.asyncProperty(body, async (b) => roundTrip(wrap(b))), { numRuns: RUNS, seed: SEED, endOnFailure: true });
    });
  }
});
