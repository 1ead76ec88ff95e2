import type { StateInline } from 'markdown-it';
import type { LocatedToken } from './positions.js';

/**
 * GFM autolink literals (`www.example.com`, `https://example.com/x`, `user@example.com`), read
 * as micromark-extension-gfm-autolink-literal reads them, for the dialects that have them (not
 * kramdown). markdown-it's own linkify (linkify-it) finds other things (bare domains, more
 * schemes), so these are written here:
 * - `www.` after the start, white space or one of `(*_[]~`; `http://` or `https://` after
 *   anything but an ASCII letter; then a domain (letters, digits, `-`, `_`, `.`, other
 *   non-ASCII characters; no `_` in its last two labels) and a path up to white space or `<`;
 *   trailing `?!.,:*_~'"]>`, an unbalanced `)` and an entity-like `&name;` are not part of it;
 * - an e-mail address: `[A-Za-z0-9+._-]+@` and a domain with a dot, not ending in `-` or `_`.
 */
export function autolinkLiteral(state: StateInline, silent: boolean): boolean {
  if ((state as StateInline & { linkLevel: number }).linkLevel > 0) return false;
  const src = state.src;
  const pos = state.pos;
  const c = src.charCodeAt(pos);
  if (c === 64) return email(state, silent);
  const prev = pos > 0 ? src.charCodeAt(pos - 1) : -1;
  let domainStart: number;
  let www = false;
  if (c === 119 || c === 87) {
    if (!(prev === -1 || prev === 32 || prev === 9 || prev === 10 || prev === 40 || prev === 42 || prev === 95 || prev === 91 || prev === 93 || prev === 126)) return false;
    if (!/^www\./i.test(src.slice(pos, pos + 4))) return false;
    // micromark tries an e-mail address first: `www.a.be@f.gh` is one (the `@` rule takes it).
    let e = pos;
    while (e < state.posMax && isAtext(src.charCodeAt(e))) e++;
    if (src.charCodeAt(e) === 64 && emailDomainEnd(src, e, state.posMax) > 0) return false;
    domainStart = pos;
    www = true;
  } else if (c === 104 || c === 72) {
    if ((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122)) return false;
    const m = /^https?:\/\//i.exec(src.slice(pos, pos + 8));
    if (!m) return false;
    domainStart = pos + m[0].length;
  } else {
    return false;
  }
  const max = state.posMax;
  let domainEnd = domainStart;
  while (domainEnd < max && isDomainChar(src.charCodeAt(domainEnd))) domainEnd++;
  // Refuse a domain that no path could make valid before reading the path (so that a long
  // run of failed attempts stays linear).
  if (!validDomain(src.slice(domainStart, domainEnd), www) && !validDomain(src.slice(domainStart, trimTrail(src, domainStart, domainEnd)), www)) return false;
  let end = domainEnd;
  // The path runs to white space or `<`; a `]` right before `(` or `[` ends it too.
  while (end < max && !isPathStop(src.charCodeAt(end))) {
    if (src.charCodeAt(end) === 93 && (src.charCodeAt(end + 1) === 40 || src.charCodeAt(end + 1) === 91)) break;
    end++;
  }
  end = trimTrail(src, domainStart, end);
  if (end <= domainStart || !validDomain(src.slice(domainStart, Math.min(domainEnd, end)), www)) return false;
  const text = src.slice(pos, end);
  if (!silent) push(state, www ? `http://${text}` : text, text, pos, end);
  state.pos = end;
  return true;
}

/** A literal's domain (trailing dots aside): not empty, more than `www.`, no `_` in its last two labels. */
function validDomain(raw: string, www: boolean): boolean {
  const domain = raw.replace(/\.+$/, '');
  if (domain === '' || (www && domain.length <= 4)) return false;
  const labels = domain.split('.');
  return !labels.slice(-2).some((l) => l.includes('_'));
}

function email(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const at = state.pos;
  // The local part is right before the `@`: in the pending text, and in text tokens before it
  // (an `_` or a `-` run is pushed as a delimiter token).
  let start = at;
  while (start > 0 && isAtext(src.charCodeAt(start - 1))) start--;
  if (start === at) return false;
  if (start > 0 && src.charCodeAt(start - 1) === 47) return false;
  const tokens = state.tokens as LocatedToken[];
  const pendingStart = at - state.pending.length;
  let keep = tokens.length;
  if (pendingStart > start) {
    while (keep > 0 && (tokens[keep - 1].srcEnd ?? 0) > start) {
      const t = tokens[keep - 1];
      if (t.type !== 'text' || (t.srcStart ?? 0) < start - 0 && (t.srcEnd ?? 0) - (t.srcStart ?? 0) !== t.content.length) return false;
      if ((t.srcStart ?? 0) < start) break;
      keep--;
    }
  }
  const end = emailDomainEnd(src, at, state.posMax);
  if (end < 0) return false;
  if (!silent) {
    if (pendingStart > start) {
      // Take the local part's tokens back: drop those inside it, cut the one it starts in.
      tokens.length = keep;
      const cut = tokens[keep - 1];
      if (cut && (cut.srcEnd ?? 0) > start) {
        cut.content = cut.content.slice(0, start - (cut.srcStart ?? 0));
        cut.srcEnd = start;
      }
      state.delimiters = state.delimiters.filter((d) => d.token < keep);
      state.pending = '';
    } else {
      state.pending = state.pending.slice(0, start - pendingStart);
    }
    const text = src.slice(start, end);
    push(state, `mailto:${text}`, text, start, end);
  }
  state.pos = end;
  return true;
}

/** The end of a valid e-mail domain after the `@` at `at` (with a dot, not ending in `-` or `_`), or -1. */
function emailDomainEnd(src: string, at: number, max: number): number {
  let end = at + 1;
  while (end < max && isEmailDomainChar(src.charCodeAt(end))) end++;
  while (end > at + 1 && src.charCodeAt(end - 1) === 46) end--;
  const domain = src.slice(at + 1, end);
  if (!domain.includes('.')) return -1;
  const last = domain.charCodeAt(domain.length - 1);
  return last === 45 || last === 95 ? -1 : end;
}

function push(state: StateInline, url: string, text: string, start: number, end: number): void {
  const open = state.push('link_open', 'a', 1) as LocatedToken;
  open.attrs = [['href', url]];
  open.markup = 'linkify';
  const t = state.push('text', '', 0) as LocatedToken;
  t.content = text;
  const close = state.push('link_close', 'a', -1) as LocatedToken;
  close.markup = 'linkify';
  for (const token of [open, t, close]) {
    token.srcStart = start;
    token.srcEnd = end;
  }
}

/** Removes trailing punctuation, unbalanced `)` and entity-like `&name;` from a literal. */
function trimTrail(src: string, from: number, end: number): number {
  /** Closing minus opening parentheses in [from, end), counted once, then kept up to date. */
  let excess: number | undefined;
  for (;;) {
    const c = src.charCodeAt(end - 1);
    if (end <= from) return end;
    if ('?!.,:*_~\'"]>'.includes(src[end - 1])) {
      end--;
      continue;
    }
    if (c === 41) {
      if (excess === undefined) {
        excess = 0;
        for (let i = from; i < end; i++) {
          const ch = src.charCodeAt(i);
          if (ch === 41) excess++;
          else if (ch === 40) excess--;
        }
      }
      if (excess > 0) {
        excess--;
        end--;
        continue;
      }
      return end;
    }
    if (c === 59) {
      const m = /&[A-Za-z0-9]+;$/.exec(src.slice(from, end));
      if (m) {
        end -= m[0].length;
        continue;
      }
    }
    return end;
  }
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAtext(c: number): boolean {
  return isAlnum(c) || c === 43 || c === 45 || c === 46 || c === 95;
}

function isEmailDomainChar(c: number): boolean {
  return isAlnum(c) || c === 45 || c === 95 || c === 46;
}

function isDomainChar(c: number): boolean {
  if (isAlnum(c) || c === 45 || c === 95 || c === 46) return true;
  // Other characters than ASCII ones, but not white space or punctuation.
  return c > 127 && !/[\s\p{P}\p{S}]/u.test(String.fromCharCode(c));
}

function isPathStop(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 60 || Number.isNaN(c);
}
