import type { MarkdownIt } from 'markdown-it';
import type { PhrasingContent, Text } from 'mdast';
import type { Position } from 'unist';
import type { InlineMap, LocatedToken, SourceIndex } from './positions.js';
import { SPAN_TOKEN } from './span-rule.js';

type Parent = { type: string; children: PhrasingContent[]; position?: Position; [k: string]: unknown };

/** markdown-it's own unescaping (backslash escapes and character references), as micromark's decodeString. */
export type Unescape = (s: string) => string;

/** micromark's normalizeIdentifier, lower-cased as mdast-util-from-markdown stores it. */
export function identifier(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
}

/**
 * Converts one inline token's children (offsets in its content, see positions.ts) to mdast
 * phrasing content, as mdast-util-from-markdown builds it: adjacent text, escapes, character
 * references and soft line breaks make one text node; a reference link is a linkReference.
 */
export class InlineConverter {
  private map!: InlineMap;
  private content = '';

  constructor(private readonly index: SourceIndex, private readonly md: MarkdownIt) {}

  private pos(start: number, end: number): Position {
    return { start: this.index.point(this.map.map(start)), end: this.index.point(this.map.map(end)) };
  }

  /** Source offset just after a content `\n` (the start of the next source line). */
  private afterLineEnding(at: number): number {
    return this.map.map(at) + 1;
  }

  convert(tokens: LocatedToken[], content: string, map: InlineMap): PhrasingContent[] {
    this.map = map;
    this.content = content;
    const root: Parent = { type: 'fragment', children: [] };
    const stack: { node: Parent; open: LocatedToken }[] = [];
    let parent = root;
    /** The text node that the next text joins, if it is the last child. */
    let text: Text | undefined;
    const addText = (value: string, start: number, end: number) => {
      if (text && parent.children[parent.children.length - 1] === text) {
        text.value += value;
        text.position!.end = this.index.point(end);
        return;
      }
      text = { type: 'text', value, position: { start: this.index.point(start), end: this.index.point(end) } };
      parent.children.push(text);
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const s = t.srcStart ?? 0;
      const e = t.srcEnd ?? s;
      switch (t.type) {
        case 'text':
        case 'text_special':
          // (Emptied delimiter tokens of a strong run make nothing.)
          if (t.content === '') break;
          addText(t.content, this.map.map(s), this.map.map(e));
          break;
        case 'softbreak': {
          // White space before a line ending is no text (markdown-it drops spaces, not tabs).
          if (text && parent.children[parent.children.length - 1] === text) text.value = text.value.replace(/[ \t]+$/, '');
          // The text runs over the line ending to the start of the next line.
          const nl = content.indexOf('\n', s);
          addText('\n', this.map.map(nl), this.afterLineEnding(nl));
          break;
        }
        case 'hardbreak': {
          const nl = content.indexOf('\n', s);
          let b = s;
          if (content.charCodeAt(s) !== 92) while (b > 0 && content.charCodeAt(b - 1) === 32) b--;
          parent.children.push({ type: 'break', position: { start: this.index.point(this.map.map(b)), end: this.index.point(this.afterLineEnding(nl)) } });
          break;
        }
        case 'code_inline':
          parent.children.push({ type: 'inlineCode', value: codeValue(content.slice(s + t.markup.length, e - t.markup.length)), position: this.pos(s, e) });
          break;
        case 'html_inline':
          // micromark drops up to three columns of white space after a line ending in raw HTML.
          parent.children.push({ type: 'html', value: t.content.replace(/\n[ \t]{1,3}/g, '\n'), position: this.pos(s, e) });
          break;
        case SPAN_TOKEN:
          parent.children.push({ type: 'ietfSpan', kind: (t.meta as { kind: string }).kind, value: t.content, position: this.pos(s, e) } as never);
          break;
        case 'footnote_ref': {
          const label = (t.meta as { label: string }).label;
          parent.children.push({ type: 'footnoteReference', identifier: identifier(label), label, position: this.pos(s, e) });
          break;
        }
        case 'image':
          parent.children.push(this.image(t) as never);
          break;
        case 'em_open':
        case 'strong_open':
        case 's_open':
        case 'link_open': {
          const node: Parent = t.type === 'link_open' ? this.link(t) : { type: t.type === 'em_open' ? 'emphasis' : t.type === 's_open' ? 'delete' : 'strong', children: [] };
          parent.children.push(node as never);
          stack.push({ node, open: t });
          parent = node;
          break;
        }
        case 'em_close':
        case 'strong_close':
        case 's_close':
        case 'link_close': {
          const top = stack.pop();
          if (!top) break;
          const node = top.node;
          let start = top.open.srcStart ?? 0;
          let end = e;
          // A strong run's open and close tokens are its inner `*`s: the outer ones were emptied.
          if (t.type === 'strong_close') {
            start -= 1;
            end += 1;
          }
          node.position = this.pos(start, end);
          if (node.type === 'link' && top.open.markup === 'autolink') {
            const inner = content.slice(start + 1, end - 1);
            node.children = [{ type: 'text', value: inner, position: this.pos(start + 1, end - 1) }];
          } else if (node.type === 'link' && top.open.markup === 'linkify') {
            node.children = [{ type: 'text', value: content.slice(start, end), position: this.pos(start, end) }];
          }
          parent = stack.length ? stack[stack.length - 1].node : root;
          break;
        }
        default:
          break;
      }
    }
    return root.children;
  }

  /** A link, or a linkReference when the source after the label is `[…]` or nothing. */
  private link(t: LocatedToken): Parent {
    const href = t.attrGet('href') ?? '';
    const title = t.attrGet('title');
    if (t.markup === 'autolink' || t.markup === 'linkify') return { type: 'link', title: null, url: href, children: [] };
    const ref = this.reference(t);
    if (ref) return { type: 'linkReference', ...ref, children: [] };
    return { type: 'link', title: title ?? null, url: href, children: [] };
  }

  /**
   * The reference of a link or image token whose rule recorded where its label ended (srcAt
   * of the close token, see positions.ts), or undefined for an inline (resource) link.
   */
  private reference(t: LocatedToken): { label: string; identifier: string; referenceType: string } | undefined {
    const labelInfo = t.meta as { labelStart?: number; labelEnd?: number } | null;
    if (!labelInfo || labelInfo.labelEnd === undefined) return undefined;
    const c = this.content;
    const { labelStart = 0, labelEnd } = labelInfo;
    const end = t.srcEnd ?? 0;
    const unescape = this.md.utils.unescapeAll;
    if (end === labelEnd + 1) {
      const raw = c.slice(labelStart, labelEnd);
      return { label: unescape(raw), identifier: identifier(raw), referenceType: 'shortcut' };
    }
    if (c.charCodeAt(labelEnd + 1) === 91) {
      const raw = c.slice(labelEnd + 2, end - 1);
      if (raw === '') {
        const text = c.slice(labelStart, labelEnd);
        return { label: unescape(text), identifier: identifier(text), referenceType: 'collapsed' };
      }
      return { label: unescape(raw), identifier: identifier(raw), referenceType: 'full' };
    }
    return undefined;
  }

  private image(t: LocatedToken): unknown {
    const s = t.srcStart ?? 0;
    const e = t.srcEnd ?? s;
    const alt = altText(t.children ?? []);
    const ref = this.reference(t);
    if (ref) return { type: 'imageReference', alt, ...ref, position: this.pos(s, e) };
    return { type: 'image', title: t.attrGet('title') ?? null, url: t.attrGet('src') ?? '', alt, position: this.pos(s, e) };
  }
}

/**
 * A code span's value as mdast keeps it: the text between the backtick runs with its line
 * endings (markdown-it turns them into spaces), less one space or line ending at each end
 * when both ends have one and the text is not all spaces.
 */
function codeValue(raw: string): string {
  const pad = (c: number) => c === 32 || c === 10;
  if (raw.length > 2 && pad(raw.charCodeAt(0)) && pad(raw.charCodeAt(raw.length - 1)) && /[^ \n]/.test(raw)) return raw.slice(1, -1);
  return raw;
}

/** The plain text of an image description, as mdast-util-to-string gives it. */
function altText(tokens: LocatedToken[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text' || t.type === 'text_special' || t.type === 'code_inline' || t.type === 'html_inline' || t.type === SPAN_TOKEN) out += t.content;
    else if (t.type === 'softbreak') out += '\n';
    else if (t.type === 'image') out += altText(t.children ?? []);
  }
  return out;
}
