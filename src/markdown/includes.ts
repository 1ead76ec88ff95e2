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
const KRAMDOWN_INCLUDE = /^\{::include(-nested)?((?:-[a-z][a-z\d.]*)*)\s+([^}]+?)\s*\}\s*$/;
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
      // mmark: an include is a block of its own (at the start, or after a blank line or another
      // include). kramdown-rfc: any line starting in column 1, also inside a code fence.
      const ownBlock = dialect !== 'mmark' || i === 0 || src[i - 1].trim() === '' || !!parseInclude(src[i - 1], dialect);
      const request = recurse && ownBlock ? parseInclude(line, dialect) : undefined;
      if (!request) return emit(line, at);
      const fail = (ruleId: string, message: string, hint: string) => {
        emit('', at);
        reporter.error(ruleId, message, { line: lines.length, column: 1 }, hint);
      };
      splitRegion(request, (p) => isAbsolute(p) ? p : resolve(dirname(current), p));
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
      if (request.error) {
        emit('', at);
        reporter.error('include-address', `cannot include "${request.path}": ${request.error}`, { line: lines.length, column: 1 }, 'fix the address after the file name');
        return;
      }
      const all = readFileSync(real, 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
      let source: NumberedLines = all.map((l, k) => ({ text: l, line: k + 1 }));
      if (request.region !== undefined) {
        const found = region(source, request.region);
        if (typeof found === 'string') {
          emit('', at);
          reporter.error('include-region', `cannot include "${request.path}#${request.region}": ${found}`, { line: lines.length, column: 1 },
            `mark the region in ${relative(root, real) || request.path} with a line "// region: ${request.region}" (any comment style) and a line "// endregion"`);
          return;
        }
        source = found;
      }
      const warnings: string[] = (request.unsupported ?? []).map((f) => `the include flag "-${f}" is not supported and was ignored`);
      const selected = select(source, request, (msg) => warnings.push(msg));
      const body = selected.map((l) => request.prefix + l.text).join('\n');
      // Warnings are reported at a line that maps to the include line.
      const warn = () => warnings.forEach((msg) => reporter.warn('include-address', msg, { line: lines.length, column: 1 }));
      if (request.codeBlock) {
        const lang = extname(real).slice(1);
        emit('```' + lang, at);
        warn();
        selected.forEach((l) => emit(request.prefix + l.text, { file: real, line: l.line }));
        emit('```', at);
        return;
      }
      if (warnings.length) {
        emit('', at);
        warn();
      }
      stack.push(real);
      const before = lines.length;
      walk(body, real, depth + 1, request.nested);
      // Lines of a nested walk were numbered within the selection: map them to the file's lines.
      for (let k = before; k < lines.length; k++) {
        const m = out.lineMap[k];
        if (m.file === real) out.lineMap[k] = { file: real, line: selected[m.line - 1]?.line ?? m.line };
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
  /** A named region of the file (`FILE#name`). */
  region?: string;
  /** kramdown-rfc flags draftsmith does not apply (e.g. `fold69`). */
  unsupported?: string[];
  /** What is wrong with the address, if anything. */
  error?: string;
}

/** Lines of an included file with their 1-based numbers there. */
type NumberedLines = { text: string; line: number }[];

/**
 * `FILE#name` names a region of FILE, unless FILE#name is itself a file. The name is letters,
 * digits, `_`, `.` and `-`.
 */
function splitRegion(r: Request, resolveFrom: (p: string) => string): void {
  const hash = r.path.lastIndexOf('#');
  if (hash < 0 || existsSync(resolveFrom(r.path))) return;
  const name = r.path.slice(hash + 1);
  r.path = r.path.slice(0, hash);
  if (/^[\w.-]+$/.test(name)) r.region = name;
  else r.error = `"${name}" is not a region name (letters, digits, "_", "." and "-")`;
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
      if (res) {
        try {
          r.fromRe = new RegExp(res[1]);
          r.toRe = new RegExp(res[2]);
        } catch (e) {
          r.error = `[${part}]: ${(e as Error).message}`;
        }
        continue;
      }
      r.error = `unknown address "${part}" (use [N,M], [/start/,/end/] or [prefix="…"])`;
    }
    return r;
  }
  const m = KRAMDOWN_INCLUDE.exec(line);
  if (!m) return undefined;
  const r: Request = { path: m[3], codeBlock: false, nested: !!m[1], prefix: '', dedent: false };
  for (const flag of m[2].split('-').filter(Boolean)) {
    if (flag === 'dedent') { r.dedent = true; continue; }
    const lines = /^lines(\d+)\.\.(\d+)$/.exec(flag);
    if (lines) { r.from = Number(lines[1]); r.to = Number(lines[2]); continue; }
    r.unsupported = [...r.unsupported ?? [], flag];
  }
  return r;
}

/** The lines an include address selects (line ranges, patterns, dedent). */
function select(lines: NumberedLines, r: Request, warn: (msg: string) => void): NumberedLines {
  let start = 0;
  let end = lines.length;
  if (r.from !== undefined) {
    start = r.from - 1;
    end = r.to ?? lines.length;
    if (start >= lines.length) warn(`the file has only ${lines.length} lines; line ${r.from} selects nothing`);
  } else if (r.fromRe) {
    start = lines.findIndex((l) => r.fromRe!.test(l.text));
    if (start < 0) { warn(`no line matches /${r.fromRe.source}/`); start = lines.length; }
    const stop = lines.findIndex((l, i) => i > start && r.toRe!.test(l.text));
    end = stop < 0 ? lines.length : stop;
  }
  let picked = lines.slice(Math.max(0, start), Math.max(start, end));
  if (r.dedent) {
    const indent = Math.min(...picked.filter((l) => l.text.trim()).map((l) => /^ */.exec(l.text)![0].length));
    if (Number.isFinite(indent) && indent > 0) picked = picked.map((l) => ({ text: l.text.slice(indent), line: l.line }));
  }
  return picked;
}

// Comment punctuation a region marker may sit in: //, #, --, ;, %, /* */, <!-- -->, (* *), '.
const LEAD = String.raw`^[\s/#*;%(<!'-]*`;
const TRAIL = String.raw`[\s*/)>-]*$`;
const REGION_START = new RegExp(`${LEAD}region:\\s*([\\w.-]+)${TRAIL}`);
const REGION_END = new RegExp(`${LEAD}endregion(?::\\s*([\\w.-]+))?${TRAIL}`);

/**
 * The lines of a named region: between a line `region: NAME` and its `endregion` line, each
 * alone on its line in any language's comment (`// region: x`, `# endregion`,
 * `<!-- region: x -->`). Regions may nest; marker lines of inner regions are left out.
 * Returns a message when the region is missing or never closed.
 */
export function region(lines: NumberedLines, name: string): NumberedLines | string {
  const open: string[] = [];
  let inside = false;
  let depthAtStart = 0;
  const out: NumberedLines = [];
  for (const l of lines) {
    const start = REGION_START.exec(l.text);
    const end = start ? null : REGION_END.exec(l.text);
    if (start) {
      if (!inside && start[1] === name) { inside = true; depthAtStart = open.length; }
      open.push(start[1]);
      continue;
    }
    if (end) {
      open.pop();
      if (inside && open.length === depthAtStart) return out;
      continue;
    }
    if (inside) out.push(l);
  }
  return inside ? `region "${name}" is never closed (no "endregion" line after it)` : `no region "${name}" in the file`;
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
