import type { Nodes, Root } from 'mdast';
import type { State } from './state.js';

/**
 * CommonMark lets an unclosed fence run to the end of its container, silently turning the rest
 * of the document into code. That is never what the author meant: report it where it opens (an
 * error when it runs to the end of the document, a warning when its container ends it).
 */
export function checkFences(state: State, root: Root): void {
  const walk = (node: Nodes) => {
    if (node.type === 'code' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const raw = state.source.slice(node.position.start.offset, node.position.end.offset);
      const open = /^[ \t]*(`{3,}|~{3,})/.exec(raw);
      if (open) {
        const lines = raw.split('\n');
        const last = lines[lines.length - 1].trim();
        const fence = open[1];
        const closed = lines.length > 1 && last.length >= fence.length && [...last].every((c) => c === fence[0]);
        if (!closed) {
          // Running to the end of the document, it has swallowed everything after it: an error.
          // Inside a list item or quote it ends with its container: worth a warning only.
          const toTheEnd = state.source.slice(node.position.end.offset).trim() === '';
          state.reporter.report(toTheEnd ? 'error' : 'warning', 'unclosed-fence',
            toTheEnd ? `the code block opened with ${fence} is never closed` : `the code block opened with ${fence} is not closed before its list item or quote ends`,
            state.pos(node), `add a line ${fence} where the code ends`);
        }
      }
    }
    if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(root);
}
