/**
 * The hostile documents of test/fixtures/hostile/ and how the robustness and browser tests
 * build them (not a test file itself).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { buildFile } from '../../src/api/build.js';
import { fixture } from '../unit/helpers.js';

/** The hostile inputs, by the dialect they are written in. */
export const HOSTILE_INPUTS = ['kramdown.md', 'mmark.md', 'hostile.xml'].map((f) => fixture('hostile', f));

/** Builds one hostile input to HTML in `dir`: the HTML written and the build's messages. */
export async function buildHostile(input: string, dir: string): Promise<{ html: string; htmlFile: string; messages: string[] }> {
  const outcome = await buildFile(input, {
    outDir: dir, formats: ['xml', 'text', 'html'], refcache: [], offline: true, allowMissingRefs: true, date: '2026-11-22', noUserCache: true,
  });
  assert.equal(outcome.failed, false, JSON.stringify(outcome.diagnostics.filter((d) => d.severity === 'error')));
  const htmlFile = outcome.outputs.html!;
  return { html: readFileSync(htmlFile, 'utf8'), htmlFile, messages: outcome.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`) };
}
