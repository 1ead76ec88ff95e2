import type * as Abnf from 'abnf';
import { lazy } from '../../util/lazy.js';
import { textContent, type RfcElement } from '../../tree/nodes.js';
import { exampleLine } from '../examples.js';
import type { Rule } from '../rule.js';
import { elementsNamed } from './util.js';

// The grammar parser loads only for a document with abnf blocks.
const abnf = lazy<typeof Abnf>(import.meta.url, 'abnf');

/** RFC 5234 Appendix B.1: the core rules every ABNF grammar may use without defining them. */
const CORE_RULES = new Set(['ALPHA', 'BIT', 'CHAR', 'CR', 'CRLF', 'CTL', 'DIGIT', 'DQUOTE', 'HEXDIG', 'HTAB', 'LF', 'LWSP', 'OCTET', 'SP', 'VCHAR', 'WSP']);

interface Located {
  element: RfcElement;
  line: number;
  column: number;
}

interface Definition extends Located {
  name: string;
  /** The first rule of its block: the grammar's start, not expected to be referenced. */
  first: boolean;
}

/**
 * The document's ABNF (sourcecode of type abnf) parses,
 * and, read as one grammar across all its blocks, uses no rule it does not define (beyond RFC
 * 5234's core rules, or rules the text says come from elsewhere) and defines none it never uses.
 */
export const abnfGrammar: Rule = {
  id: 'abnf-grammar',
  description: 'ABNF parses, and its rules are all defined and all used',
  severity: 'warning',
  docs: 'Every sourcecode block of type `abnf` is parsed as RFC 5234 ABNF (with RFC 7405 case-sensitive strings); a '
    + 'syntax error is reported at its line. All the blocks of a document are then read as one grammar: a rule used but '
    + 'defined in none of them, and not one of RFC 5234\'s core rules, is reported, as is a rule defined but used nowhere '
    + '(the first rule of each block is the start of a grammar and is exempt). Blocks of type abnfNNNN use an RFC\'s '
    + 'extensions of ABNF (RFC 9110\'s #list) and are not parsed. A rule imported from another document can '
    + 'be declared in a comment of any ABNF block: `; imported: token, OWS from [RFC9110]` (the names after "imported:" '
    + 'up to "from").',
  run(ctx, report) {
    const defined = new Map<string, Definition>();
    const used: { name: string; at: Located }[] = [];
    const imported = new Set<string>();
    for (const e of elementsNamed(ctx.document.root, 'sourcecode')) {
      // abnfNNNN is an RFC's extension of ABNF (RFC 9110's #list): not RFC 5234, not parsed here.
      if ((e.attributes.type ?? '').toLowerCase() !== 'abnf') continue;
      const text = textContent(e);
      for (const m of text.matchAll(/;\s*imported:\s*([^\n]*?)(?:\s+from\b[^\n]*)?$/gim)) {
        for (const name of m[1].split(/[\s,]+/)) if (name) imported.add(name.toUpperCase());
      }
      let rules;
      try {
        // The parser wants CRLF-free input it can locate in: one LF per line, a final newline.
        rules = abnf().parseString(text.endsWith('\n') ? text : `${text}\n`, 'abnf', true);
      } catch (err) {
        const loc = (err as { location?: { start: { line: number; column: number } } }).location?.start;
        const first = (err as Error).message.split('\n')[0].replace(/^Error:\s*/, '');
        report(`the ABNF does not parse: ${first}`, (loc && exampleLine(ctx, e, loc.line - 1, loc.column)) ?? e, 'fix the grammar (RFC 5234), or give the block another type');
        continue;
      }
      let first = true;
      for (const [key, def] of Object.entries(rules.defs)) {
        if (!defined.has(key)) defined.set(key, { element: e, line: def.loc.start.line, column: def.loc.start.column, name: def.name ?? key, first: first || key === rules.first });
        first = false;
      }
      for (const ref of rules.refs) {
        used.push({ name: ref.name, at: { element: e, line: ref.loc.start.line, column: ref.loc.start.column } });
      }
    }
    const usedNames = new Set(used.map((u) => u.name.toUpperCase()));
    const reported = new Set<string>();
    for (const u of used) {
      const key = u.name.toUpperCase();
      if (defined.has(key) || CORE_RULES.has(key) || imported.has(key) || reported.has(key)) continue;
      reported.add(key);
      report(`the ABNF rule "${u.name}" is used but not defined`, exampleLine(ctx, u.at.element, u.at.line - 1, u.at.column) ?? u.at.element,
        `define it, or say where it comes from in a comment: "; imported: ${u.name} from [RFCxxxx]"`);
    }
    for (const d of defined.values()) {
      if (d.first || usedNames.has(d.name.toUpperCase())) continue;
      report(`the ABNF rule "${d.name}" is defined but never used`, exampleLine(ctx, d.element, d.line - 1, d.column) ?? d.element,
        'use it, remove it, or make it the first rule of its block if it is a grammar\'s start');
    }
  },
};
