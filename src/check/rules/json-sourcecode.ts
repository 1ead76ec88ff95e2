import { textContent } from '../../tree/nodes.js';
import type { Rule } from '../rule.js';
import { elementsNamed } from './util.js';

/** An example that claims to be JSON is JSON. */
export const jsonSourcecode: Rule = {
  id: 'json-sourcecode',
  description: 'source code of type json parses as JSON',
  severity: 'warning',
  docs: 'A `sourcecode` block whose type is `json` must be valid JSON (RFC 8259), so readers can copy it. For '
    + 'an example with elisions ("...") or comments, use another type, such as `json5` or `text`.',
  run(ctx, report) {
    for (const e of elementsNamed(ctx.document.root, 'sourcecode')) {
      if ((e.attributes.type ?? '').toLowerCase() !== 'json') continue;
      const text = textContent(e);
      if (!text.trim()) continue;
      try {
        JSON.parse(text);
      } catch (err) {
        const message = (err as Error).message;
        // Point at the line of the example where parsing stopped (a Markdown fence's content starts a line below it).
        const offset = Number(/position (\d+)/.exec(message)?.[1]);
        const line = Number.isFinite(offset) ? text.slice(0, offset).split('\n').length - 1 : 0;
        const at = e.position ? { start: { line: e.position.start.line + (ctx.kind === 'markdown' ? 1 : 0) + line, column: 1 } } : e;
        report(`the JSON example does not parse: ${message}`, at, 'fix the example, or give it another type (text, json5) if it is not meant to be complete');
      }
    }
  },
};
