import type { RfcElement, RfcNode } from '../../tree/nodes.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import type { Doc } from './doc/index.js';
import type { TocEntry } from './pages/toc.js';

export interface TextOptions {
  /** "September 2, 2009" instead of "2 September 2009". */
  legacyDateFormat?: boolean;
  /** Build as if today were this date (YYYY-MM-DD). */
  date?: string;
  /** Pages with headers, footers and form feeds; default: drafts paginated, RFCs not (as xml2rfc). */
  paginate?: boolean;
  /**
   * Record where each output line came from (see `writeTextWithSources`); unpaginated only.
   * @internal
   */
  sources?: (Position | undefined)[];
}

/** A renderer for one element: returns the doc for the element's block(s). */
export type TextHandler = (state: TextState, e: RfcElement) => Doc;

/**
 * What the element renderers share: the prepped document, options, lookups, and dispatch.
 * Blocks are rendered at column 0; the container indents them.
 */
export interface TextState {
  options: TextOptions;
  root: RfcElement;
  /** Elements by anchor and by pn. */
  byId: Map<string, RfcElement>;
  handlers: Record<string, TextHandler>;
  /** Renders one block element (unknown ones are rendered by their children, once warned). */
  block(e: RfcElement): Doc;
  /**
   * Renders the block children of a container, separated as RFC text separates them: a blank
   * line, or (`tight`, inside compact lists) a plain line break. `indentOf` moves a child
   * block that many columns from where its container puts it (negative: left).
   */
  blocks(children: readonly RfcNode[], tight?: boolean, indentOf?: (c: RfcElement) => number): Doc;
  warnings: string[];
  /** The Table of Contents entries as printed, for the page numbers of a paginated draft. */
  tocEntries?: TocEntry[];
}
