import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Reporter, SourceLine } from '../diagnostics/diagnostic.js';
import type { Dialect } from './split.js';

export interface IncludeOptions {
  /** Included files must lie inside this folder (the repository); default: the input's folder. */
  root: string;
  /** Allow includes from anywhere. */
  allowOutside?: boolean;
}

export interface Expanded {
  text: string;
  /** For each line of `text`, the file and line it came from. */
  lineMap: SourceLine[];
  /** Every file included, for build dependency lists. */
  includes: string[];
}

const MAX_DEPTH = 10;

/** kramdown-rfc: `{::include FILE}`, `{::include-nested FILE}`, flags such as `-dedent-lines3..8`. */
const KRAMDOWN_INCLUDE = /^\{::include(-nested)?((?:-[a-z]+[\d.]*)*)\s+([^}]+?)\s*\}\s*$/;
/** mmark: `{{FILE}}[ADDRESS]` and `<{{FILE}}[ADDRESS]` (as a code block). */
const MMARK_INCLUDE = /^(<)?\{\{([^{}]+)\}\}(?:\[(.*)\])?\s*$/;

/**
 * Expands include lines before parsing, the way both tools do (by line, before Markdown is
 * read), keeping a map from each resulting line back to its file and line for messages.
 */
export function expandIncludes(text: string, file: string, dialect: Dialect, reporter: Reporter, options: IncludeOptions): Expanded {
  const root = safeRealpath(options.root);
  const out: Expanded = { text: '', lineMap: [], includes: [] };
  const lines: string[] = [];
  const stack: string[] = [resolve(file)];
  // Messages about lines produced so far are mapped back through this (it grows as we go).
  reporter.lineMap = out.lineMap;

  const emit = (line: string, from: SourceLine) => {
    lines.push(line);
    out.lineMap.push(from);
  };

  const walk = (content: string, current: string, depth: number, recurse: boolean) => {
    const src = content.replace(/\r\n?/g, '\n').split('\n');
    src.forEach((line, i) => {
      const at: SourceLine = { file: current, line: i + 1 };
      // An include is a block of its own: at the start, or after a blank line or another include.
      const ownBlock = i === 0 || src[i - 1].trim() === '' || !!parseInclude(src[i - 1], dialect);
      const request = recurse && ownBlock ? parseInclude(line, dialect) : undefined;
      if (!request) return emit(line, at);
      const fail = (ruleId: string, message: string, hint: string) => {
        emit('', at);
        reporter.error(ruleId, message, { line: lines.length, column: 1 }, hint);
      };
      const target = isAbsolute(request.path) ? request.path : resolve(dirname(current), request.path);
      if (!existsSync(target) || !statSync(target).isFile()) {
        return fail('include-missing', `cannot include "${request.path}": no such file`, 'check the path; it is relative to the including file');
      }
      const real = safeRealpath(target);
      if (!options.allowOutside && real !== root && !real.startsWith(root + sep)) {
        return fail('include-outside', `"${request.path}" is outside the repository (${relative(root, real)})`,
          'move the file into the repository, or build with --allow-outside-includes');
      }
      if (stack.includes(real) || depth >= MAX_DEPTH) {
        return fail('include-cycle', `"${request.path}" includes itself (directly or through other files)`, 'remove the circular include');
      }
      out.includes.push(real);
      let body = readFileSync(real, 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '');
      const selected = select(body.split('\n'), request, (msg) => reporter.warn('include-address', msg, { line: lines.length, column: 1 }));
      body = selected.map((l) => request.prefix + l).join('\n');
      // The map must point into the included file: remember where each selected line was.
      const firstLine = selected.firstLine;
      if (request.codeBlock) {
        const lang = extname(real).slice(1);
        emit('```' + lang, at);
        body.split('\n').forEach((l, k) => emit(l, { file: real, line: firstLine + k }));
        emit('```', at);
        return;
      }
      stack.push(real);
      const before = lines.length;
      walk(body, real, depth + 1, request.nested);
      // Lines of a nested walk were mapped relative to the selection: shift them to the file.
      for (let k = before; k < lines.length; k++) {
        const m = out.lineMap[k];
        if (m.file === real) out.lineMap[k] = { file: real, line: m.line + firstLine - 1 };
      }
      stack.pop();
    });
  };
  walk(text, resolve(file), 0, true);
  // Lines of the input itself are named as the caller named the file.
  const self = resolve(file);
  for (const m of out.lineMap) if (m.file === self) m.file = file;
  out.text = lines.join('\n');
  return out;
}

interface Request {
  path: string;
  codeBlock: boolean;
  nested: boolean;
  prefix: string;
  dedent: boolean;
  from?: number;
  to?: number;
  fromRe?: RegExp;
  toRe?: RegExp;
}

function parseInclude(line: string, dialect: Dialect): Request | undefined {
  if (dialect === 'mmark') {
    const m = MMARK_INCLUDE.exec(line);
    if (!m) return undefined;
    const r: Request = { path: m[2].trim(), codeBlock: !!m[1], nested: !m[1], prefix: '', dedent: false };
    for (const part of (m[3] ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
      const prefix = /^prefix\s*=\s*"(.*)"$/.exec(part);
      if (prefix) { r.prefix = prefix[1]; continue; }
      const lines = /^(\d+)\s*,\s*(\d*)$/.exec(part);
      // mmark: lines N up to M, M not included; `[N,N]` (and a 0 start) still give line N.
      if (lines) {
        r.from = Math.max(1, Number(lines[1]));
        r.to = lines[2] ? Math.max(Number(lines[2]) - 1, r.from) : undefined;
        continue;
      }
      const res = /^\/(.*)\/\s*,\s*\/(.*)\/$/.exec(part);
      if (res) { r.fromRe = new RegExp(res[1]); r.toRe = new RegExp(res[2]); }
    }
    return r;
  }
  const m = KRAMDOWN_INCLUDE.exec(line);
  if (!m) return undefined;
  const r: Request = { path: m[3], codeBlock: false, nested: !!m[1], prefix: '', dedent: false };
  for (const flag of m[2].split('-').filter(Boolean)) {
    if (flag === 'dedent') r.dedent = true;
    const lines = /^lines(\d+)\.\.(\d+)$/.exec(flag);
    if (lines) { r.from = Number(lines[1]); r.to = Number(lines[2]); }
  }
  return r;
}

/** The lines an include address selects, with the 1-based number of the first. */
function select(lines: string[], r: Request, warn: (msg: string) => void): string[] & { firstLine: number } {
  let start = 0;
  let end = lines.length;
  if (r.from !== undefined) {
    start = r.from - 1;
    end = r.to ?? lines.length;
  } else if (r.fromRe) {
    start = lines.findIndex((l) => r.fromRe!.test(l));
    if (start < 0) { warn(`no line matches /${r.fromRe.source}/`); start = lines.length; }
    const stop = lines.findIndex((l, i) => i > start && r.toRe!.test(l));
    end = stop < 0 ? lines.length : stop;
  }
  let picked = lines.slice(Math.max(0, start), Math.max(start, end));
  if (r.dedent) {
    const indent = Math.min(...picked.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
    if (Number.isFinite(indent) && indent > 0) picked = picked.map((l) => l.slice(indent));
  }
  return Object.assign(picked, { firstLine: Math.max(0, start) + 1 });
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** The repository a file belongs to: the nearest folder holding `.git`, else the file's folder. */
export function repositoryRoot(file: string): string {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return dirname(resolve(file));
    dir = up;
  }
}
