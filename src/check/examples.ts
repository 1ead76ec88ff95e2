import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { locateFile } from '../util/repository-file.js';
import { parse as parseYaml } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';
import { repositoryRoot } from '../markdown/includes.js';
import type { RfcElement } from '../tree/nodes.js';
import type { CheckContext } from './rule.js';

/**
 * Where line `n` (0-based) of an example's content is in the source: a Markdown fence's content
 * starts on the line after the fence; an XML element's on its own line.
 */
export function exampleLine(ctx: CheckContext, e: RfcElement, n: number, column = 1): Position | undefined {
  if (!e.position) return undefined;
  return { start: { line: e.position.start.line + (ctx.kind === 'markdown' ? 1 : 0) + n, column } };
}

/** The 0-based line of `offset` in `text`. */
export function lineOf(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length - 1;
}

/** A file an example names (`schema="schemas/event.json#/$defs/Event"`), read or refused. */
export type NamedFile = { path: string; text: string; fragment: string } | { error: string; hint: string };

/**
 * Reads the file an attribute names, relative to the file the example was written in (the
 * draft, or the file it includes), confined to the repository as includes are.
 */
export function readNamedFile(ctx: CheckContext, e: RfcElement, reference: string): NamedFile {
  const hash = reference.indexOf('#');
  const name = hash < 0 ? reference : reference.slice(0, hash);
  const fragment = hash < 0 ? '' : reference.slice(hash + 1);
  const from = writtenIn(ctx, e);
  const root = repositoryRoot(from);
  const found = locateFile(name, from, root);
  if ('problem' in found) {
    return found.problem === 'missing'
      ? { error: `cannot read "${name}": no such file`, hint: `the path is relative to ${relative('.', from) || from}` }
      : { error: `"${name}" is outside the repository (${root})`, hint: 'keep the files examples refer to in the repository' };
  }
  return { path: found.path, text: readFileSync(found.path, 'utf8'), fragment };
}

/** The file an element's source line belongs to (includes map lines to their files). */
function writtenIn(ctx: CheckContext, e: RfcElement): string {
  const line = e.position?.start.line;
  const mapped = line !== undefined ? ctx.lineMap?.[line - 1] : undefined;
  return mapped?.file ?? ctx.file;
}

/** JSON, or YAML for `.yaml`/`.yml` files and yaml examples; throws with the parser's message. */
export function parseData(text: string, yaml: boolean): unknown {
  return yaml ? parseYaml(text) : JSON.parse(text);
}

/**
 * The 0-based line of an example where the member a JSON pointer ends in is written, as near as
 * the text shows: each property name of the path searched in order after the one before it.
 */
export function lineOfMember(text: string, pointer: string): number {
  let from = 0;
  for (const part of pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (/^\d+$/.test(part)) continue;
    const at = text.slice(from).search(new RegExp(`(^|[\\s{,"'])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`, 'm'));
    if (at < 0) break;
    from += at + 1;
  }
  return lineOf(text, from);
}
