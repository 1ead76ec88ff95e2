import type { RfcElement, RfcNode } from '../../tree/nodes.js';

export interface HtmlOptions {
  /** "September 2, 2009" instead of "2 September 2009" where dates are written out. */
  legacyDateFormat?: boolean;
  /** The stylesheet put into the page's `<style>`; default: templates/html/draftsmith.css. */
  css?: string;
  /** The name of the plain-text rendering beside the page, linked from its header. */
  textFile?: string;
}

/** A warning about the document found while writing it (an element the writer dropped, …). */
export interface HtmlWarning {
  message: string;
  element: RfcElement;
}

/** A renderer for one element: returns its HTML. */
export type HtmlHandler = (state: HtmlState, e: RfcElement) => string;

/**
 * What the element renderers share: the prepped document, options, lookups and dispatch
 * (after mdast-util-to-hast's state object).
 */
export interface HtmlState {
  options: HtmlOptions;
  root: RfcElement;
  /** Elements by their anchor. */
  anchors: Map<string, RfcElement>;
  /** Elements by their pn. */
  pns: Map<string, RfcElement>;
  /** Ids of what the writer adds itself (the Authors' Addresses section), which xrefs may name. */
  generated: Set<string>;
  handlers: Record<string, HtmlHandler>;
  /** The depth of the section being written (1 for a top-level section), for heading levels. */
  depth: number;
  /** Renders one node. */
  one(node: RfcNode): string;
  /** Renders nodes one after the other. */
  all(nodes: readonly RfcNode[]): string;
  /** The `href` that leads to an anchor or pn of this document. */
  link(target: string): string;
  warn(message: string, element: RfcElement): void;
  warnings: HtmlWarning[];
}
