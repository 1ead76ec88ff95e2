/**
 * Shared helpers for the unit tests (not a test file itself: mocha runs only *.test.js).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strict as assert } from 'node:assert';
import { DirectoryResolver } from '../../src/bibxml/resolve.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { markdownToRfc, type MarkdownToRfcOptions, type MarkdownToRfcResult } from '../../src/from-mdast/index.js';
import { isElement, textContent, visitElements, type ElementName, type RfcElement } from '../../src/tree/nodes.js';

/** The repository root, found from this file's location (works from test/ and dist/test/). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'draftsmith') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the draftsmith repository root');
    dir = up;
  }
}

/** ../shared/corpus next to the repository, or $DRAFTSMITH_CORPUS. */
export const CORPUS = resolve(process.env.DRAFTSMITH_CORPUS ?? join(repoRoot(), '..', 'shared', 'corpus'));

/** A path under test/fixtures/. */
export function fixture(...parts: string[]): string {
  return join(repoRoot(), 'test', 'fixtures', ...parts);
}

/** A resolver over the hand-written bibxml entries in test/fixtures/bibxml/. */
export function fixtureResolver(): DirectoryResolver {
  return new DirectoryResolver([fixture('bibxml')]);
}

/** Converts a Markdown document with a fixed date and the fixture bibxml folder. */
export function convert(source: string, options: MarkdownToRfcOptions = {}): Promise<MarkdownToRfcResult> {
  return markdownToRfc(source, { file: 'draft.md', date: '2024-01-15', resolver: fixtureResolver(), ...options });
}

/** Every element with this name in the document, in document order. */
export function findAll(root: RfcElement, name: ElementName, filter: (e: RfcElement) => boolean = () => true): RfcElement[] {
  const out: RfcElement[] = [];
  visitElements(root, (e) => {
    if (e.name === name && filter(e)) out.push(e);
  });
  return out;
}

/** The one element with this name (and matching filter); fails the test if there is not exactly one. */
export function findOne(root: RfcElement, name: ElementName, filter: (e: RfcElement) => boolean = () => true): RfcElement {
  const found = findAll(root, name, filter);
  assert.equal(found.length, 1, `expected exactly one <${name}>, found ${found.length}`);
  return found[0];
}

/** The `<reference>` entries listed under the `<references>` whose name is `title`. */
export function referencesIn(root: RfcElement, title: string): RfcElement[] {
  const list = findAll(root, 'references', (r) => r.children.some((c) => isElement(c, 'name') && textContent(c) === title));
  assert.equal(list.length, 1, `expected one <references> named "${title}"`);
  return list[0].children.filter((c): c is RfcElement => isElement(c, 'reference'));
}

/** Diagnostics with this rule id. */
export function withRule(diagnostics: Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((d) => d.ruleId === ruleId);
}

/** Only the errors. */
export function errors(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

/** Compact view of diagnostics for assertion messages. */
export function show(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}: ${d.message}`).join('\n') || '(none)';
}

/**
 * Asserts that exactly one diagnostic has this rule id, with this severity, message fragment,
 * line and column; returns it.
 */
export function assertOneDiagnostic(diagnostics: Diagnostic[], expected: {
  ruleId: string; severity: Diagnostic['severity']; message: string | RegExp; line: number; column: number;
}): Diagnostic {
  const found = withRule(diagnostics, expected.ruleId);
  assert.equal(found.length, 1, `expected one "${expected.ruleId}" diagnostic, got:\n${show(diagnostics)}`);
  const d = found[0];
  assert.equal(d.severity, expected.severity, show([d]));
  if (typeof expected.message === 'string') assert.ok(d.message.includes(expected.message), `message "${d.message}" lacks "${expected.message}"`);
  else assert.match(d.message, expected.message);
  assert.deepEqual({ line: d.line, column: d.column }, { line: expected.line, column: expected.column }, show([d]));
  return d;
}

/** Joins lines with "\n" (keeps test documents readable and their line numbers countable). */
export function lines(...ls: string[]): string {
  return ls.join('\n') + '\n';
}
