/**
 * Diffs between revisions of a draft (issue 5): two revisions, each a Markdown, XML or text
 * file or a git revision of one, rendered to unpaginated text and compared line by line and
 * word by word (jsdiff is the engine), with a structural account matched by anchor and title.
 */
import { compareRevisions, type DraftDiff, type RenderedRevision } from './compare.js';
import { lastReleased, loadRevision, type LoadedRevision } from './load.js';
import { documentDate, renderTree, sourceTree, type RenderOptions } from './render-revision.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderSummary } from './render-summary.js';
import { renderUnified } from './render-unified.js';
import { renderWords } from './render-words.js';

export { compareRevisions, type DraftDiff, type RenderedRevision } from './compare.js';
export { DiffInputError } from './errors.js';
export type { RenderOptions } from './render-revision.js';
export type { StructuralDiff, SectionDiff, ReferenceDiff, MetadataChange } from './structure.js';
export { unpaginate } from './unpaginate.js';
export { normalizeRenderedText } from './normalize.js';

/** The output formats of `draftsmith diff --format`. */
/** Every output format, in the order the help lists them. */
import { DIFF_FORMATS, type DiffFormat } from './formats.js';
export { DIFF_FORMATS, type DiffFormat };

/** How `diffRevisions` reads, renders and compares the two revisions. */
export interface DiffOptions extends RenderOptions {
  /** Unchanged lines shown around each change (default 3). */
  context?: number;
}

/**
 * Compares two revisions named as on the command line: paths or path@revision. Without `newSpec`,
 * `oldSpec` is the working copy and is compared with its newest `draft-<name>-NN` tag. Both
 * sources are prepped with one date (the new revision's own, else `date`, else today) so the
 * boilerplate's dates differ only when the documents' dates do. Throws DiffInputError.
 */
export async function diffRevisions(oldSpec: string, newSpec: string | undefined, options: DiffOptions = {}): Promise<DraftDiff> {
  let neu: LoadedRevision;
  let old: LoadedRevision;
  if (newSpec === undefined) {
    neu = await loadRevision(oldSpec);
    old = await loadRevision(await lastReleased(neu.path, neu.content));
  } else {
    old = await loadRevision(oldSpec);
    neu = await loadRevision(newSpec);
  }
  const oldTree = old.kind === 'text' ? undefined : await sourceTree(old, options);
  const newTree = neu.kind === 'text' ? undefined : await sourceTree(neu, options);
  const date = options.date ?? (newTree && documentDate(newTree)) ?? (oldTree && documentDate(oldTree)) ?? new Date().toISOString().slice(0, 10);
  const render = (r: LoadedRevision, tree: typeof oldTree): RenderedRevision => (tree ? renderTree(r, tree, date) : { label: r.label, text: r.content });
  return compareRevisions(render(old, oldTree), render(neu, newTree), { context: options.context });
}

/** Writes a diff in one of the output formats. `words`: the text format as a word diff. */
export function formatDiff(diff: DraftDiff, format: DiffFormat, options: { words?: boolean } = {}): string {
  const labels = { old: diff.old.label, new: diff.new.label };
  switch (format) {
    case 'html': return renderHtml(diff);
    case 'text': return options.words ? renderWords(diff.hunks, labels) : renderUnified(diff.hunks, labels);
    case 'summary': return renderSummary(diff);
    case 'markdown': return renderMarkdown(diff);
    case 'json': return renderJson(diff);
  }
}
