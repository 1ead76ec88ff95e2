import type { Fix, Rule } from '../rule.js';

/**
 * White space at line ends that means nothing: on blank lines, a single trailing space, or
 * tabs. Two or more spaces after text are a hard line break in Markdown and are kept.
 */
function meaningless(line: string): RegExpExecArray | null {
  if (/^[ \t]+$/.test(line)) return /[ \t]+$/.exec(line);
  const m = /[ \t]+$/.exec(line);
  if (!m) return null;
  return /^ {2,}$/.test(m[0]) ? null : m;
}

export const trailingWhitespace: Rule = {
  id: 'trailing-whitespace',
  description: 'no white space at line ends (other than a Markdown hard break)',
  severity: 'info',
  docs: 'Trailing white space is invisible and makes noisy diffs. Two or more spaces after text are a hard line break in '
    + 'Markdown and are left alone; `check --fix` removes the rest.',
  run(ctx, report) {
    if (ctx.kind !== 'markdown') return;
    ctx.source.split('\n').forEach((line, i) => {
      const m = meaningless(line);
      if (m) report('white space at the end of the line', { start: { line: i + 1, column: m.index + 1 } }, 'remove it (check --fix does)');
    });
  },
  fix(ctx) {
    const fixes: Fix[] = [];
    ctx.source.split('\n').forEach((line, i) => {
      const m = meaningless(line);
      if (m) fixes.push({ line: i + 1, remove: 1, insert: [line.slice(0, m.index)], description: 'removed white space at the end of the line' });
    });
    return fixes;
  },
};
