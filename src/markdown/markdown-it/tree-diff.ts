import type { Node } from 'unist';

/** The first difference of each class between two mdast trees, or undefined when they are equal. */
export interface TreeDifferences {
  structure?: string;
  value?: string;
  position?: string;
}

type AnyNode = Node & { children?: AnyNode[]; [k: string]: unknown };

/**
 * Compares two mdast trees (the micromark and markdown-it front ends' for the same input):
 * node types and children counts (structure), other fields (value), and positions. Used by
 * the differential test (scripts/parser-diff.mjs, test/unit/markdown/markdown-it.test.ts).
 */
export function firstDifferences(a: Node, b: Node): TreeDifferences | undefined {
  const out: TreeDifferences = {};
  walk(a as AnyNode, b as AnyNode, 'root', out);
  return out.structure || out.value || out.position ? out : undefined;
}

function show(n: AnyNode): string {
  const p = n.position;
  const at = p ? `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}` : '?';
  return `${n.type}@${at}`;
}

function walk(a: AnyNode, b: AnyNode, path: string, out: TreeDifferences): void {
  if (a.type !== b.type) {
    out.structure ??= `${path}: ${show(a)} vs ${show(b)}`;
    return;
  }
  if (!out.value) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (k === 'children' || k === 'position' || k === 'type') continue;
      const x = JSON.stringify(a[k]);
      const y = JSON.stringify(b[k]);
      if (x !== y) {
        out.value = `${path} ${show(a)} .${k}: ${x?.slice(0, 120)} vs ${y?.slice(0, 120)}`;
        break;
      }
    }
  }
  if (!out.position && JSON.stringify(a.position) !== JSON.stringify(b.position)) {
    out.position = `${path} ${show(a)} vs ${show(b)}`;
  }
  const ca = a.children ?? [];
  const cb = b.children ?? [];
  if (ca.length !== cb.length) {
    out.structure ??= `${path} ${show(a)}: ${ca.length} children [${ca.map((c) => c.type).join(',')}] vs ${cb.length} [${cb.map((c) => c.type).join(',')}]`;
  }
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) walk(ca[i], cb[i], `${path}/${i}:${ca[i].type}`, out);
}
