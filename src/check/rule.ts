import type { Position, Severity, SourceLine } from '../diagnostics/diagnostic.js';
import type { CalendarDate } from '../prep/boilerplate/index.js';
import type { RfcDocument, RfcElement } from '../tree/nodes.js';
import type { Dialect } from '../markdown/split.js';

/** What every rule may look at: one input, as converted, prepped and rendered. */
export interface CheckContext {
  /** The input file, as named on the command line. */
  file: string;
  /** Its text, as read. */
  source: string;
  kind: 'markdown' | 'xml';
  /** The Markdown dialect (kramdown-rfc, mmark or plain CommonMark). */
  dialect: Dialect;
  /** The document as converted (before prep): what the author wrote. */
  document: RfcDocument;
  /** The prepped document (boilerplate, numbering, TOC). */
  prepped: RfcDocument;
  /** The plain text, unpaginated, as lines. */
  text: string[];
  /** For each line of `text`, where in the source the block it belongs to starts. */
  textSources: (Position | undefined)[];
  /** Where each line the tree's positions count in came from (includes). */
  lineMap?: SourceLine[];
  /** The day the check runs (from --date or today). */
  today: CalendarDate;
  /** Submission mode: the checks the datatracker applies. */
  submission: boolean;
}

/** Where a finding is: an element of the tree (its position), or a position. */
export type Place = RfcElement | Position | undefined;

/** Reports one finding of the running rule. */
export type Report = (message: string, at?: Place, hint?: string) => void;

/**
 * One check (after markdownlint's one-rule-per-file layout): a stable id, a one-line
 * description, a default severity, documentation, and the function that looks.
 */
export interface Rule {
  id: string;
  description: string;
  severity: Severity;
  /** Why the rule exists and what to do, for `check --list` and the README. */
  docs: string;
  /** Only in submission mode (`--submission`). */
  submissionOnly?: boolean;
  run(ctx: CheckContext, report: Report): void;
  /** The safe edits that resolve the rule's findings in a Markdown source (`check --fix`). */
  fix?(ctx: CheckContext): Fix[];
}

/**
 * One safe edit of the source: the lines `line` … `line + remove - 1` (1-based) are replaced
 * by `insert`. Edits of one run never overlap; they are applied from the bottom up.
 */
export interface Fix {
  line: number;
  remove: number;
  insert: string[];
  description: string;
}
