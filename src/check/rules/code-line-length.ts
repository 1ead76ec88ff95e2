import { textContent } from '../../tree/nodes.js';
import type { Rule } from '../rule.js';
import { elementsNamed } from './util.js';

/** The RFC Editor's limit for lines of code and art: 72 less the three columns of indent. */
export const CODE_WIDTH = 69;

/** Lines of source code and artwork fit in the text draft without being cut or shifted. */
export const codeLineLength: Rule = {
  id: 'code-line-length',
  description: `lines of source code and artwork are at most ${CODE_WIDTH} characters`,
  severity: 'warning',
  docs: `The plain-text draft is 72 columns wide and indents figures by 3, so a line of code or art longer than ${CODE_WIDTH} `
    + 'characters is shifted left or overflows the page. Wrap it (RFC 8792 describes a folding convention for code).',
  run(ctx, report) {
    for (const e of elementsNamed(ctx.document.root, 'sourcecode', 'artwork')) {
      if (e.attributes.type === 'svg') continue;
      const lines = textContent(e).replace(/\t/g, '        ').split('\n');
      // A Markdown block's position is its fence (content starts on the next line); an XML
      // element's is its start tag, where the content starts.
      const first = e.position ? e.position.start.line + (ctx.kind === 'markdown' ? 1 : 0) : undefined;
      lines.forEach((line, i) => {
        const width = [...line.replace(/\s+$/, '')].length;
        if (width <= CODE_WIDTH) return;
        const at = first !== undefined ? { start: { line: first + i, column: CODE_WIDTH + 1 } } : e;
        report(`${e.name === 'sourcecode' ? 'a code' : 'an art'} line is ${width} characters long (at most ${CODE_WIDTH})`, at, 'wrap the line, or fold it as RFC 8792 describes');
      });
    }
  },
};
