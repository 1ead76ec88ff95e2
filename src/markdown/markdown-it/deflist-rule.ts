import type { MarkdownIt, StateBlock } from 'markdown-it';

/**
 * Definition lists as micromark-extension-definition-list reads them (the tree and positions
 * of mdast-util-definition-list):
 *
 *     Term            each line of the paragraph before a `:` line is a term
 *     Another term
 *     : Description   `:` and white space, then block content indented past the marker
 *       more
 *
 *     : Second description (spread: a blank line before its `:` line)
 *
 *     Next term       a new group of terms and descriptions
 *     : …
 *
 * One blank line may separate the terms from their first `:` line. Positions follow the
 * micromark extension's tokens: a term runs to the start of the next line; a description
 * from its content to the start of the next description's content, or of the next term, or,
 * for the last, of the next line with content after it; the list to the end of its second
 * group's last description (the extension joins each group after the first to the list and
 * keeps that end), or of the first group's when there is only one.
 */
export function useDefinitionLists(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'def_list', defList, { alt: [] });
  // A `:` line ends a paragraph inside a description (its lazy lines end there too).
  md.block.ruler.before('paragraph', 'def_list_marker', descriptionMarkerTerminates, { alt: ['paragraph'] });
}

function descriptionMarkerTerminates(state: StateBlock, line: number, _end: number, silent: boolean): boolean {
  return silent && state.parentType === 'paragraph' && (state as StateBlock & { inDefList?: number }).inDefList! > 0 && markerEnd(state, line) >= 0;
}

/** After `:` and at least one space or tab at the line's content start: the position after them, else -1. */
function markerEnd(state: StateBlock, line: number): number {
  if (line >= state.lineMax) return -1;
  if (state.sCount[line] - state.blkIndent >= 4 || state.sCount[line] < state.blkIndent) return -1;
  const pos = state.bMarks[line] + state.tShift[line];
  if (state.src.charCodeAt(pos) !== 58) return -1;
  const c = state.src.charCodeAt(pos + 1);
  if (c !== 32 && c !== 9) return -1;
  return pos + 1;
}

/** The last probe that found no `:` line, per parse; valid in the same container (indent and nesting level). */
const probes = new WeakMap<StateBlock, { from: number; to: number; indent: number; level: number }>();

/** The term lines from `line`: the first line of a `:` line (after at most one blank line), or -1. */
function termLines(state: StateBlock, line: number, endLine: number): { marker: number; terms: number } | undefined {
  // First the cheap test: a `:` line after the paragraph's lines (or one blank line). A probe
  // that found none answers for the lines it went over too (so that paragraphs cut short
  // by other blocks do not make the probes quadratic).
  const memo = probes.get(state);
  if (memo && line > memo.from && line < memo.to && memo.indent === state.blkIndent && memo.level === state.level) return undefined;
  let probe = line + 1;
  while (probe < endLine && !state.isEmpty(probe) && markerEnd(state, probe) < 0) probe++;
  const stop = probe;
  if (probe < endLine && state.isEmpty(probe)) probe++;
  if (markerEnd(state, probe) < 0) {
    probes.set(state, { from: line, to: stop, indent: state.blkIndent, level: state.level });
    return undefined;
  }
  const terminators = state.md.block.ruler.getRules('paragraph');
  let l = line + 1;
  for (; l < endLine; l++) {
    if (state.isEmpty(l)) break;
    if (markerEnd(state, l) >= 0) return { marker: l, terms: l - line };
    if (state.sCount[l] - state.blkIndent > 3) continue;
    const old = state.parentType;
    state.parentType = 'paragraph';
    const stop = terminators.some((rule) => rule(state, l, endLine, true));
    state.parentType = old;
    if (stop) return undefined;
  }
  if (l < endLine && state.isEmpty(l) && markerEnd(state, l + 1) >= 0) return { marker: l + 1, terms: l - line };
  return undefined;
}

function defList(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (markerEnd(state, startLine) >= 0) return false;
  let group = termLines(state, startLine, endLine);
  if (!group) return false;
  if (silent) return true;
  const s = state as StateBlock & { inDefList?: number };
  const src = state.src;
  const lineStart = (l: number) => (l < state.lineMax ? state.bMarks[l] + state.tShift[l] : src.length);
  const dl = state.push('dl_open', 'dl', 1);
  dl.map = [startLine, 0];
  const ends: number[] = [];
  let line = startLine;
  let lastDescription: { meta: { end: number; spread: boolean } } | undefined;
  while (group) {
    for (let t = 0; t < group.terms; t++) {
      const term = line + t;
      const open = state.push('dt_open', 'dt', 1);
      open.map = [term, term + 1];
      const inline = state.push('inline', '', 0);
      inline.content = src.slice(lineStart(term), state.eMarks[term]).trim();
      inline.map = [term, term + 1];
      inline.children = [];
      state.push('dt_close', 'dt', -1);
      if (lastDescription) lastDescription.meta.end = lineStart(term);
      lastDescription = undefined;
    }
    line = group.marker;
    // Descriptions of this group.
    for (;;) {
      const after = markerEnd(state, line);
      let pos = after;
      let offset = state.sCount[line] + 1;
      while (pos < state.eMarks[line]) {
        const c = src.charCodeAt(pos);
        if (c === 9) offset += 4 - (offset % 4);
        else if (c === 32) offset++;
        else break;
        pos++;
      }
      const open = state.push('dd_open', 'dd', 1) as ReturnType<StateBlock['push']> & { srcStart?: number };
      open.map = [line, 0];
      open.srcStart = pos;
      open.meta = { end: 0, spread: line > 0 && state.isEmpty(line - 1) };
      if (lastDescription) lastDescription.meta.end = pos;
      const oldIndent = state.blkIndent;
      const oldShift = state.tShift[line];
      const oldCount = state.sCount[line];
      const oldParent = state.parentType;
      state.blkIndent = pos >= state.eMarks[line] ? state.sCount[line] + 2 : offset;
      state.tShift[line] = pos - state.bMarks[line];
      state.sCount[line] = offset;
      state.parentType = 'deflist' as never;
      s.inDefList = (s.inDefList ?? 0) + 1;
      if (pos >= state.eMarks[line]) state.line = line + 1;
      else state.md.block.tokenize(state, line, endLine);
      s.inDefList--;
      state.parentType = oldParent;
      state.blkIndent = oldIndent;
      state.tShift[line] = oldShift;
      state.sCount[line] = oldCount;
      state.push('dd_close', 'dd', -1);
      open.map[1] = state.line;
      lastDescription = open as unknown as { meta: { end: number; spread: boolean } };
      let next = state.line;
      while (next < endLine && state.isEmpty(next)) next++;
      lastDescription.meta.end = lineStart(next);
      line = next;
      if (next < endLine && markerEnd(state, next) >= 0) continue;
      break;
    }
    ends.push((lastDescription as { meta: { end: number } } | undefined)?.meta.end ?? lineStart(line));
    group = line < endLine && state.sCount[line] >= state.blkIndent && state.sCount[line] - state.blkIndent < 4 ? termLines(state, line, endLine) : undefined;
    // The next group's terms must be a paragraph's lines: the rules before paragraph decline them.
    if (group && startsOtherBlock(state, line, endLine)) group = undefined;
  }
  // `ends` holds each group's end; the terms of the next group end the last description.
  const close = state.push('dl_close', 'dl', -1);
  close.map = [startLine, line];
  dl.map[1] = line;
  dl.meta = { end: ends.length > 1 ? ends[1] : ends[0] };
  state.line = line;
  return true;
}

/** Does a rule before `paragraph` (other than this one) take the line? */
function startsOtherBlock(state: StateBlock, line: number, endLine: number): boolean {
  const rules = (state.md.block.ruler as unknown as { __rules__: { name: string; fn: (s: StateBlock, a: number, b: number, c: boolean) => boolean; enabled: boolean }[] }).__rules__;
  for (const r of rules) {
    if (r.name === 'def_list' || r.name === 'def_list_marker') continue;
    if (r.name === 'paragraph') return false;
    if (r.enabled && r.fn(state, line, endLine, true)) return true;
  }
  return false;
}
