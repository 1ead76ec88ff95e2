import type { Rule } from '../rule.js';

/** Characters no draft may hold: C0 and C1 controls other than tab and line ends (RFC 7997 §3, RFC 7994). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export const controlCharacters: Rule = {
  id: 'control-characters',
  description: 'the source holds no control characters',
  severity: 'error',
  docs: 'Control characters (other than tab and line ends) are invisible in editors and not allowed in RFC text. '
    + 'They usually come from copying out of a PDF or a terminal; delete them.',
  run(ctx, report) {
    const lines = ctx.source.split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(CONTROL)) {
        const code = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        report(`a control character (${code}) in the source`, { start: { line: i + 1, column: m.index! + 1 } }, 'delete it');
      }
    });
  },
};
