import type { Root } from 'mdast';
import type { Point, Position } from 'unist';

/**
 * Calls `visit` once for every point (start and end) of every node below the root: nodes may
 * share point objects, and each is visited only once. Returns the points visited.
 */
export function eachPoint(root: Root, visit: (p: Point) => void): Set<Point> {
  const seen = new Set<Point>();
  const once = (p: Point | undefined) => {
    if (!p || seen.has(p)) return;
    seen.add(p);
    visit(p);
  };
  const stack: { position?: Position; children?: unknown[] }[] = [...root.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.position) {
      once(node.position.start);
      once(node.position.end);
    }
    if (Array.isArray(node.children)) for (const c of node.children) stack.push(c as never);
  }
  return seen;
}
