/**
 * draftsmith's library API. The CLI is a thin shell over these functions.
 *
 * @example
 * ```ts
 * import { markdownToRfc, writeXml, DirectoryResolver } from 'draftsmith';
 * const result = await markdownToRfc(source, { file: 'draft.md', resolver: new DirectoryResolver(['bibxml']) });
 * if (!result.failed) process.stdout.write(writeXml(result.document));
 * ```
 */
export { markdownToRfc, type MarkdownToRfcOptions, type MarkdownToRfcResult } from './from-mdast/index.js';
export { xmlToRfc, type XmlToRfcOptions, type XmlToRfcResult } from './from-xml/index.js';
export { splitDraft, type Dialect, type SplitDraft } from './markdown/split.js';
export { parseMarkdown } from './markdown/parse.js';
export { readKramdownHeader } from './metadata/kramdown-header.js';
export { readMmarkHeader } from './metadata/mmark-header.js';
export { defaultMetadata, type DraftMetadata, type Person, type ReferenceDeclaration } from './metadata/types.js';
export { writeXml, writeXmlFragment } from './writers/xml/index.js';
export { writeText } from './writers/text/index.js';
export type { TextOptions } from './writers/text/state.js';
export { writeHtml, defaultStylesheet, type HtmlOptions, type HtmlResult, type HtmlWarning } from './writers/html/index.js';
export { prep, type PrepOptions, type PrepResult } from './prep/index.js';
export { DirectoryResolver, defaultCacheDir, type ReferenceResolver, type ResolvedReference } from './bibxml/resolve.js';
export { libraryFileNames, libraryUrl } from './bibxml/library.js';
export { NetworkResolver, type NetworkResolverOptions, type ReferenceProgress } from './bibxml/network-resolver.js';
export { readLock, writeLock, LOCK_FILE, type ReferenceLock, type LockEntry } from './bibxml/lock.js';
export { DEFAULT_REF_SERVER } from './bibxml/settings.js';
export { draftReferences, lockReferences, type DraftReferences, type LockOutcome, type UsedReference } from './api/refs.js';
export { buildFile, expandInputs, type BuildOptions, type BuildOutcome } from './api/build.js';
export { formatDiagnostic, Reporter, DraftsmithError, type Diagnostic, type Severity } from './diagnostics/diagnostic.js';
export {
  diffRevisions, formatDiff, compareRevisions, DiffInputError, unpaginate, normalizeRenderedText, DIFF_FORMATS,
  type DiffFormat, type DiffOptions, type DraftDiff, type RenderedRevision, type RenderOptions as DiffRenderOptions,
  type StructuralDiff, type SectionDiff, type ReferenceDiff, type MetadataChange,
} from './diff/index.js';
export * from './tree/nodes.js';
export { checkContext, runChecks, applyFixes, RULES, formatText as formatCheckText, formatJson as formatCheckJson, formatGithub as formatCheckGithub, formatSarif as formatCheckSarif, type CheckContext, type CheckInputOptions, type Rule, type RuleSetting, type Fix, type Report, type Place } from './check/index.js';
export { releaseDraft, type ReleaseOptions, type ReleaseOutcome } from './release/release.js';
export { rebuildRevision } from './release/rebuild.js';
export { initRepository, type InitOptions, type InitOutcome } from './init/init.js';
export { buildMany, type BuildManyOptions, type BuildProgress } from './api/build-many.js';
export { submitDraft } from './submit/index.js';
export { startWatch } from './watch/index.js';
