import { readFileSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { locateFile } from '../../util/repository-file.js';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { mapLine, type Position } from '../../diagnostics/diagnostic.js';
import type { State } from '../state.js';

/** A JSON or YAML file read by a directive, with what is needed to name places in it. */
export interface DataFile {
  /** The path as the directive wrote it (for messages). */
  name: string;
  /** The real path (a build dependency). */
  path: string;
  data: unknown;
  document: Document;
  lineCounter: LineCounter;
}

/**
 * Reads a JSON or YAML file named by a directive, relative to the file the directive is written
 * in and confined to the repository as includes are. Problems are errors at the directive
 * (`at`) with `rule` as the rule id prefix; the file read becomes a build dependency.
 */
export function readDataFile(state: State, name: string, at: Position | undefined, rule: string): DataFile | undefined {
  const files = state.files;
  if (!files) {
    state.reporter.error(`${rule}-no-file`, `cannot read "${name}": the draft was not read from a file, so there is no folder to find it in`, at,
      'build the draft from a file (draftsmith build FILE)');
    return undefined;
  }
  const origin = mapLine(state.reporter.lineMap, files.file, at?.start.line).file ?? files.file;
  const found = locateFile(name, origin, files.root, files.allowOutside);
  if ('problem' in found) {
    if (found.problem === 'missing') {
      state.reporter.error(`${rule}-missing`, `cannot read "${name}": no such file`, at, 'check the path; it is relative to the file the directive is written in');
    } else {
      state.reporter.error(`${rule}-outside`, `"${name}" is outside the repository (${relative(realpathSync(files.root), found.path)})`, at,
        'move the file into the repository, or allow files outside it explicitly');
    }
    return undefined;
  }
  const real = found.path;
  if (!files.includes.includes(real)) files.includes.push(real);
  let source: string;
  try {
    source = readFileSync(real, 'utf8');
  } catch (e) {
    state.reporter.error(`${rule}-unreadable`, `cannot read "${name}": ${(e as Error).message}`, at, 'check the file\'s permissions');
    return undefined;
  }
  const lineCounter = new LineCounter();
  // YAML 1.2 reads JSON too, and knows where every value is.
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const problem = document.errors[0];
  if (problem) {
    const where = lineCounter.linePos(problem.pos[0]);
    state.reporter.error(`${rule}-syntax`, `"${name}" line ${where.line} column ${where.col}: ${problem.message.split('\n')[0]}`, at,
      'fix the JSON or YAML in that file');
    return undefined;
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (e) {
    state.reporter.error(`${rule}-syntax`, `"${name}": ${(e as Error).message}`, at, 'fix the JSON or YAML in that file');
    return undefined;
  }
  return { name, path: real, data, document, lineCounter };
}

/** `line L column C` of the value at this path in a data file, for messages ('' if unknown). */
export function placeIn(file: DataFile, path: (string | number)[]): string {
  const node = file.document.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node || !node.range) return '';
  const p = file.lineCounter.linePos(node.range[0]);
  return ` (line ${p.line} column ${p.col})`;
}

/** Splits `FILE#fragment key="value" …` into its parts. */
export function splitArgument(arg: string): { file: string; fragment: string; options: Record<string, string> } {
  const m = /^(\S+)(.*)$/s.exec(arg.trim());
  const address = m?.[1] ?? '';
  const hash = address.indexOf('#');
  const options: Record<string, string> = {};
  for (const o of (m?.[2] ?? '').matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) options[o[1]] = o[2] ?? o[3] ?? o[4];
  return hash < 0 ? { file: address, fragment: '', options } : { file: address.slice(0, hash), fragment: address.slice(hash + 1), options };
}
