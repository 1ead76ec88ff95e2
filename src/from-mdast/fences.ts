import type { Nodes, Root } from 'mdast';
import type { State } from './state.js';

/**
 * CommonMark lets an unclosed fence run to the end of its container, silently turning the rest
 * of the document into code. That is never what the author meant: report it where it opens.
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
          state.reporter.error('unclosed-fence', `the code block opened with ${fence} is never closed`, state.pos(node),
            `add a line ${fence} where the code ends`);
        }
      }
    }
    if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(root);
}
