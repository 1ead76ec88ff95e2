import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Cddl from 'cddl';
import { lazy } from '../../util/lazy.js';
import { textContent, type RfcElement } from '../../tree/nodes.js';
import { CddlChecker, type Assignment } from '../cddl-json.js';
import { exampleLine, lineOfMember, parseData, readNamedFile } from '../examples.js';
import type { CheckContext, Report, Rule } from '../rule.js';
import { elementsNamed } from './util.js';

// The grammar parser loads only for a document with cddl blocks.
const cddl = lazy<typeof Cddl>(import.meta.url, 'cddl');

/** CDDL text parsed by the `cddl` package (which reads files: the text goes through a temporary one). */
function parseText(text: string): { assignments: Assignment[] } | { line: number; column: number; message: string } {
  const dir = mkdtempSync(join(tmpdir(), 'draftsmith-cddl-'));
  const file = join(dir, 'block.cddl');
  try {
    writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
    return { assignments: cddl().parse(file) as unknown as Assignment[] };
  } catch (err) {
    const message = (err as Error).message;
    const m = /:(\d+):(\d+) - error: ([^\n]*)/.exec(message);
    return m ? { line: Number(m[1]), column: Number(m[2]) + 1, message: m[3] } : { line: 1, column: 1, message: message.split('\n')[0] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The document's CDDL (sourcecode of type cddl) parses, and a JSON or YAML example that names a
 * CDDL rule (`cddl="event"` for a rule of the document's CDDL, `cddl="event.cddl#event"` for
 * one in a file) matches it.
 */
export const cddlGrammar: Rule = {
  id: 'cddl-grammar',
  description: 'CDDL parses, and examples that name a CDDL rule match it',
  severity: 'warning',
  docs: 'Every sourcecode block of type `cddl` is parsed (RFC 8610) and a syntax error reported at its line. A json or '
    + 'yaml example with a `cddl` attribute is checked against the rule it names: `{: cddl="event"}` for a rule defined '
    + 'in the document\'s CDDL blocks, `{: cddl="schemas/event.cddl#event"}` for one in a file of the repository. Maps, '
    + 'arrays, choices, literals, ranges, optional and repeated members and the prelude types are checked (JSON reading, '
    + 'RFC 8610 Appendix E); controls such as .size are not, and never cause a finding.',
  run(ctx, report) {
    const assignments: Assignment[] = [];
    const blocks = elementsNamed(ctx.document.root, 'sourcecode');
    for (const e of blocks) {
      if ((e.attributes.type ?? '').toLowerCase() !== 'cddl') continue;
      const r = parseText(textContent(e));
      if ('assignments' in r) assignments.push(...r.assignments);
      else report(`the CDDL does not parse: ${r.message}`, exampleLine(ctx, e, r.line - 1, r.column) ?? e, 'fix the CDDL (RFC 8610), or give the block another type');
    }
    const inDocument = new CddlChecker(assignments);
    for (const e of blocks) {
      const reference = e.data?.cddl;
      if (reference) checkExample(ctx, e, reference, inDocument, report);
    }
  },
};

function checkExample(ctx: CheckContext, e: RfcElement, reference: string, inDocument: CddlChecker, report: Report): void {
  const type = (e.attributes.type ?? '').toLowerCase();
  if (type !== 'json' && type !== 'yaml') {
    report(`only json and yaml examples can be checked against CDDL, not "${type || 'untyped'}" ones`, e, 'give the block the type json or yaml');
    return;
  }
  const text = textContent(e);
  let data: unknown;
  try {
    data = parseData(text, type === 'yaml');
  } catch {
    return; // json-sourcecode and example-schema report examples that do not parse
  }
  let checker = inDocument;
  let rule = reference;
  if (reference.includes('#')) {
    const file = readNamedFile(ctx, e, reference);
    if ('error' in file) {
      report(`the example's CDDL: ${file.error}`, e, file.hint);
      return;
    }
    const parsed = parseText(file.text);
    if (!('assignments' in parsed)) {
      report(`the example's CDDL ${file.path} does not parse (line ${parsed.line}): ${parsed.message}`, e, 'fix the CDDL file');
      return;
    }
    checker = new CddlChecker(parsed.assignments);
    rule = file.fragment;
  }
  if (!checker.has(rule)) {
    report(`there is no CDDL rule "${rule}"${reference.includes('#') ? ` in ${reference.split('#')[0]}` : ' in the document'}`, e,
      'name a rule the CDDL defines (cddl="rule", or cddl="file.cddl#rule")');
    return;
  }
  const m = checker.check(data, rule);
  if (!m) return;
  report(`the example does not match the CDDL rule "${rule}": at ${m.path || '/'}: ${m.message}`, exampleLine(ctx, e, lineOfMember(text, m.path)) ?? e,
    'fix the example, or the CDDL if the example is right');
}
