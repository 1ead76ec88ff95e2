import type { Nodes, Parents, Root, FootnoteDefinition, Definition } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import type { Dialect } from '../markdown/split.js';
import type { DraftMetadata } from '../metadata/types.js';
import type { AttributeList } from '../syntax/attribute-list.js';
import type { RfcElement, RfcNode } from '../tree/nodes.js';
import { handlers } from './handlers/index.js';

/** The input's location, for directives that read files beside it. */
export interface DataFiles {
  /** The input file, as the caller named it. */
  file: string;
  /** Files read must lie inside this folder unless `allowOutside`. */
  root: string;
  allowOutside: boolean;
  /** Build dependencies: included and data files (shared with the result). */
  includes: string[];
}

/** One use of an anchor in the text: an xref to a section, figure or reference. */
export interface Citation {
  anchor: string;
  /** The citation library name to fetch when it differs from the anchor (`{{!TCP=RFC0793}}`). */
  libraryName?: string;
  /** `!` / `?` given at this citation. */
  section?: 'normative' | 'informative';
  /** Listed in the references but not shown (mmark `[@-RFC1000]`). */
  suppressed?: boolean;
  position?: Position;
}

export type Handler = (state: State, node: any, parent: Parents | undefined) => RfcNode[];

/**
 * Everything the handlers share while converting one document: options, lookup tables filled
 * by a pre-pass, and the tables they fill (anchors defined, citations made).
 */
export interface State {
  dialect: Dialect;
  meta: DraftMetadata;
  reporter: Reporter;
  /** Source text, to read constructs back as written. */
  source: string;
  /** Link reference definitions by normalised label. */
  definitions: Map<string, Definition>;
  /** Footnote definitions by normalised label. */
  footnotes: Map<string, FootnoteDefinition>;
  /** kramdown attribute list definitions (`{:name: …}`), including the predefined ones. */
  alds: Map<string, AttributeList>;
  /** Anchors defined in the document, with where. */
  anchors: Map<string, Position | undefined>;
  /** Anchors derived from headings so far, to make derived ones unique. */
  derivedAnchors: Map<string, number>;
  citations: Citation[];
  /**
   * kramdown-rfc's bare `[RFC5764]`: an xref only if the anchor turns out to exist; otherwise
   * the element is turned back into the text it was.
   */
  softCitations: { node: RfcElement; anchor: string; text: string; position?: Position }[];
  /** `<reference>` entries written in the body (raw XML). */
  inlineReferences: RfcElement[];
  handlers: Record<string, Handler>;
  /**
   * Where the document's files are (for directives that read data files: schema tables,
   * implementation status); the files they read are added to `includes`.
   */
  files?: DataFiles;
  /** Parses Markdown text with this document's dialect (for asides and footnotes). */
  reparse: (text: string, lineOffset: number) => Root;
  one(node: Nodes, parent?: Parents): RfcNode[];
  all(parent: Parents): RfcNode[];
  pos(node: { position?: { start: { line: number; column: number } } }): Position | undefined;
}

export function createState(init: Omit<State, 'one' | 'all' | 'pos' | 'handlers' | 'softCitations'>): State {
  const state = init as State;
  state.softCitations = [];
  state.handlers = handlers;
  state.one = (node, parent) => {
    const h = state.handlers[node.type];
    if (h) return h(state, node, parent);
    state.reporter.warn('unsupported-markdown', `"${node.type}" is not supported and was left out`, state.pos(node),
      'rewrite this part with plain Markdown');
    return [];
  };
  state.all = (parent) => {
    const out: RfcNode[] = [];
    for (const child of parent.children) out.push(...state.one(child as Nodes, parent));
    return out;
  };
  state.pos = (node) => node.position ? { start: { line: node.position.start.line, column: node.position.start.column } } : undefined;
  return state;
}

/**
 * Records an anchor the document defines; a second definition of the same anchor is an error
 * at the second place.
 */
export function defineAnchor(state: State, anchor: string, at: Position | undefined): void {
  if (state.anchors.has(anchor)) {
    state.reporter.error('duplicate-anchor', `the anchor "${anchor}" is defined twice`, at,
      'give one of the two a different #id');
    return;
  }
  state.anchors.set(anchor, at);
}
