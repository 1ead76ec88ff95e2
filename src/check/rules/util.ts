import { firstChild, isElement, textContent, visitElements, type RfcElement } from '../../tree/nodes.js';

/** Every element of this name under `root`, in document order. */
export function elementsNamed(root: RfcElement, ...names: string[]): RfcElement[] {
  const out: RfcElement[] = [];
  visitElements(root, (e) => { if (names.includes(e.name)) out.push(e); });
  return out;
}

/** A section's title as plain text ("" without a name). */
export function titleOf(e: RfcElement): string {
  const name = firstChild(e, 'name');
  return (name ? textContent(name) : e.attributes.title ?? '').replace(/\s+/g, ' ').trim();
}

/** The sections of `<middle>` and `<back>` at any depth. */
export function sections(root: RfcElement): RfcElement[] {
  return elementsNamed(root, 'section').filter((s) => s.attributes.anchor !== 'toc');
}

/** The element and its ancestors' first position: where to point at for it. */
export function childElements(e: RfcElement, name?: string): RfcElement[] {
  return e.children.filter((c): c is RfcElement => isElement(c) && (!name || c.name === name));
}

/** Whether the document is an RFC (it has a number) rather than an Internet-Draft. */
export function isRfc(root: RfcElement): boolean {
  return !!root.attributes.number;
}

/**
 * The first source line (from line `from`, 1-based) that matches: for findings about things
 * the tree has no position for (header values, a separately parsed abstract).
 */
export function locate(source: string, pattern: RegExp, from = 1): { start: { line: number; column: number } } | undefined {
  const lines = source.split('\n');
  for (let i = Math.max(0, from - 1); i < lines.length; i++) {
    const m = pattern.exec(lines[i]);
    if (m) return { start: { line: i + 1, column: m.index + 1 } };
  }
  return undefined;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
