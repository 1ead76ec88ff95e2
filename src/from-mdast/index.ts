import type { Definition, FootnoteDefinition, Nodes, Root } from 'mdast';
import { Reporter, type Diagnostic, type SourceLine } from '../diagnostics/diagnostic.js';
import { repairContentModel } from './repair.js';
import { DirectoryResolver, type ReferenceResolver } from '../bibxml/resolve.js';
import { parseMarkdown } from '../markdown/parse.js';
import { parseMarkdownInPieces } from '../markdown/pieces.js';
import { expandIncludes, repositoryRoot } from '../markdown/includes.js';
import { collectLabelledBlocks } from '../markdown/collect-blocks.js';
import { joinMultilineAttributeLists, splitDraft, type Dialect } from '../markdown/split.js';
import { normaliseKramdownTables } from '../markdown/kramdown-tables.js';
import { joinSplitSpans, keepKramdownParagraphs } from '../markdown/kramdown-paragraphs.js';
import { readKramdownHeader } from '../metadata/kramdown-header.js';
import { readMmarkHeader } from '../metadata/mmark-header.js';
import { defaultMetadata, isoToDateParts, type DraftMetadata } from '../metadata/types.js';
import { el, text, type RfcDocument, type RfcElement, type RfcNode } from '../tree/nodes.js';
import { applyBlockSyntax } from './blocks.js';
import { checkFences } from './fences.js';
import { convertXmlFrame, isXmlFrame } from './xml-frame.js';
import { splitParts, flatBlocks, sectionBlocks } from './document.js';
import { frontElement, personElement, rfcAttributes, venueNote } from './front.js';
import { buildReferences } from './references.js';
import { createState, type State } from './state.js';
import { blocks } from './handlers/blocks.js';
import { markRemovedSections } from './generated/implementation-status.js';

export interface MarkdownToRfcOptions {
  /** The file name, for messages. */
  file?: string;
  /** The date to put in the document when the header gives none (YYYY-MM-DD); default today. */
  date?: string;
  /** Where citation library entries come from; default: none (every library citation unresolved). */
  resolver?: ReferenceResolver;
  /** Report unresolved references as warnings and list a placeholder entry instead of failing. */
  allowMissingRefs?: boolean;
  /** No network: library entries missing from the cache become placeholders with a warning. */
  offline?: boolean;
  /** Read the body in this dialect whatever the first line says (for headerless fragments). */
  dialect?: Dialect;
  /** Folder that included files must lie in (default: the repository of `file`). */
  includeRoot?: string;
  /** Allow included files outside `includeRoot`. */
  allowIncludesOutside?: boolean;
}

export interface MarkdownToRfcResult {
  document: RfcDocument;
  metadata: DraftMetadata;
  dialect: Dialect;
  diagnostics: Diagnostic[];
  /** True when an error was reported: the document should not be written. */
  failed: boolean;
  /** Files included into the document (for build dependency lists and watch). */
  includes: string[];
  /**
   * Where each line of the text the tree's positions count in came from (set when includes or
   * moved blocks make that text differ from the input file); checks use it to name the line.
   */
  lineMap?: SourceLine[];
}

/** kramdown-rfc's predefined attribute list definitions. */
const PREDEFINED_ALDS: [string, Record<string, string>][] = [
  ['unnumbered', { numbered: 'false' }],
  ['removeinrfc', { removeInRFC: 'true' }],
  ['notoc', { toc: 'exclude' }],
  ['compact', { spacing: 'compact' }],
  // TLS drafts put `{:br }` under definition lists; kramdown-rfc's v3 output gives it no
  // effect (the published text keeps terms and definitions on one line), so neither do we.
  ['br', {}],
];

function collectDefinitions(root: Root, defs: Map<string, Definition>, notes: Map<string, FootnoteDefinition>): void {
  const walk = (node: Nodes) => {
    if (node.type === 'definition') defs.set(node.identifier.toLowerCase(), node);
    else if (node.type === 'footnoteDefinition') notes.set(node.identifier.toLowerCase(), node);
    if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(root);
}

function readHeader(source: string, reporter: Reporter): { dialect: Dialect; meta: DraftMetadata; body: string; header: unknown } {
  const split = splitDraft(source);
  let meta = defaultMetadata();
  if (split.header?.format === 'yaml') meta = readKramdownHeader(split.header.text, split.header.startLine, reporter);
  else if (split.header?.format === 'toml') meta = readMmarkHeader(split.header.text, split.header.startLine, reporter);
  return { dialect: split.dialect, meta, body: split.body, header: split.header };
}

/**
 * Converts a Markdown draft (kramdown-rfc, mmark, or CommonMark with front matter) to an
 * RFC XML v3 document tree. Never throws on bad input: problems are returned as diagnostics.
 */
export async function markdownToRfc(source: string, options: MarkdownToRfcOptions = {}): Promise<MarkdownToRfcResult> {
  try {
    return await convert(source, options);
  } catch (e) {
    // Recursion over the tree is as deep as the Markdown nests; thousands of nested quotes
    // or lists exhaust the stack. Say so instead of crashing.
    if (!(e instanceof RangeError)) throw e;
    const reporter = new Reporter(options.file);
    reporter.error('too-deep', 'the document nests quotes, lists or brackets too deeply to convert', { line: 1, column: 1 },
      'flatten the nesting (no real draft nests more than a few levels)');
    return {
      document: { type: 'document', prolog: [], root: el('rfc') }, metadata: defaultMetadata(), dialect: 'commonmark',
      diagnostics: reporter.diagnostics, failed: true, includes: [],
    };
  }
}

async function convert(source: string, options: MarkdownToRfcOptions): Promise<MarkdownToRfcResult> {
  const reporter = new Reporter(options.file);
  const header = readHeader(source, reporter);
  const { meta } = header;
  const dialect = options.dialect ?? header.dialect;
  let expanded = header.body;
  let includes: string[] = [];
  if (options.file && (dialect === 'mmark' ? /^<?\{\{/m : /^\{::include/m).test(expanded)) {
    const r = expandIncludes(expanded, options.file, dialect, reporter, { root: options.includeRoot ?? repositoryRoot(options.file), allowOutside: options.allowIncludesOutside });
    expanded = r.text;
    includes = r.includes;
  }
  const files = options.file ? {
    file: options.file, root: options.includeRoot ?? repositoryRoot(options.file), allowOutside: !!options.allowIncludesOutside, includes,
  } : undefined;
  if (dialect === 'kramdown') {
    const collected = collectLabelledBlocks(expanded);
    if (collected) {
      const before = reporter.lineMap;
      const file = options.file ?? '<input>';
      reporter.lineMap = collected.origin.map((k) => before?.[k] ?? { file, line: k + 1 });
      expanded = collected.text;
    }
  }
  const body = dialect === 'mmark' ? expanded : joinMultilineAttributeLists(dialect === 'kramdown' ? normaliseKramdownTables(keepKramdownParagraphs(joinSplitSpans(expanded))) : expanded);
  // Large bodies in pieces: one micromark parse of a body grows with the square of its size.
  const root = parseMarkdownInPieces(body, dialect);
  const state: State & { bcp14?: boolean } = createState({
    dialect, meta, reporter, source: body, files,
    definitions: new Map(), footnotes: new Map(),
    alds: new Map(PREDEFINED_ALDS.map(([k, v]) => [k, { classes: [], attributes: v, references: [] }])),
    anchors: new Map(), derivedAnchors: new Map(), citations: [], inlineReferences: [],
    reparse: (text, lineOffset) => parseMarkdown('\n'.repeat(lineOffset) + text, dialect),
  });
  collectDefinitions(root, state.definitions, state.footnotes);
  if (dialect !== 'mmark' && !header.header && isXmlFrame(body)) {
    const resolver = options.resolver ?? new DirectoryResolver([]);
    const document = await convertXmlFrame(state, body, resolver, !!options.offline, !!options.allowMissingRefs);
    return {
      document: document ?? { type: 'document', prolog: [], root: el('rfc') }, metadata: meta, dialect,
      diagnostics: reporter.diagnostics, failed: reporter.hasErrors || !document, includes,
    };
  }
  // kramdown-rfc tags BCP 14 key words in documents that carry the BCP 14 boilerplate.
  state.bcp14 = dialect !== 'mmark' && /\{::boilerplate\s+bcp14/.test(body);

  checkFences(state, root);
  applyBlockSyntax(state, root);
  const parts = splitParts(state, root.children);

  let abstract: RfcNode[] | undefined = parts.abstract ? flatBlocks(state, parts.abstract) : undefined;
  if (!abstract && meta.abstract) {
    const sub = parseMarkdown(meta.abstract, dialect);
    applyBlockSyntax(state, sub);
    abstract = blocks(state, sub);
  }
  const notes: RfcElement[] = [];
  if (meta.venue) {
    const v = venueNote(meta.venue, meta.number ? undefined : meta.docName);
    if (v) notes.push(v);
  }
  for (const n of parts.notes) {
    notes.push(el('note', {}, [el('name', {}, [text(n.title)]), ...flatBlocks(state, n.nodes)]));
  }
  const middle = sectionBlocks(state, parts.middle, 'middle');
  if (!middle.length) {
    reporter.warn('empty-middle', 'the document has no sections', { line: 1, column: 1 }, 'add at least one "# Heading"');
    middle.push(el('section', {}, [el('name', {}, [text('Introduction')])]));
  }
  const back = parts.back.length ? sectionBlocks(state, parts.back, 'back') : [];
  if (meta.contributors.length && dialect !== 'mmark') addContributors(state, meta, back);

  markRemovedSections(state, [...middle, ...back]);
  settleSoftCitations(state);
  const references = await buildReferences(state, options.resolver ?? new DirectoryResolver([]), !!options.allowMissingRefs, !!options.offline);
  const date = meta.date ?? isoToDateParts(options.date ?? new Date().toISOString().slice(0, 10));
  const rfc = el('rfc', rfcAttributes(meta), [
    frontElement(meta, date, abstract, notes),
    el('middle', {}, middle),
  ]);
  // `display:` labels, for references that made it into the lists.
  const listed = new Set<string>();
  const collectAnchors = (n: RfcNode) => {
    if (n.type !== 'element') return;
    if (n.name === 'reference' || n.name === 'referencegroup') listed.add(n.attributes.anchor);
    else n.children.forEach(collectAnchors);
  };
  references.forEach(collectAnchors);
  const displays = meta.references.filter((r) => r.display && listed.has(r.anchor))
    .map((r) => el('displayreference', { target: r.anchor, to: r.display }));
  if (references.length || back.length) rfc.children.push(el('back', {}, [...displays, ...references, ...back]));
  if (!meta.title) {
    reporter.warn('missing-title', 'the document has no title', { line: 1, column: 1 },
      dialect === 'mmark' ? 'add title = "…" to the title block' : 'add `title: …` to the header');
  }
  // Processing instructions with no v3 attribute (e.g. kramdown-rfc `pi: [docmapping]`) are
  // kept as `<?rfc name="value"?>`, as kramdown-rfc writes them.
  const prolog = Object.entries(meta.pi).map(([k, v]) => ({ type: 'instruction' as const, target: 'rfc', value: `${k}="${v.replace(/"/g, '&quot;')}"` }));
  repairContentModel(rfc, reporter);
  const document: RfcDocument = { type: 'document', prolog, root: rfc };
  return { document, metadata: meta, dialect, diagnostics: reporter.diagnostics, failed: reporter.hasErrors, includes, lineMap: reporter.lineMap };
}

/** kramdown-rfc `contributor:` entries become `<contact>`s in an unnumbered Contributors section. */
function addContributors(state: State, meta: DraftMetadata, back: RfcElement[]): void {
  let section = back.find((s) => s.children.some((c) => c.type === 'element' && c.name === 'name' &&
    c.children.some((t) => t.type === 'text' && /^contributors$/i.test(t.value.trim()))));
  if (!section) {
    section = el('section', { anchor: 'contributors', numbered: 'false' }, [el('name', {}, [text('Contributors')])]);
    state.anchors.set('contributors', undefined);
    back.push(section);
  }
  const firstSub = section.children.findIndex((c) => c.type === 'element' && c.name === 'section');
  const items: RfcNode[] = [];
  for (const p of meta.contributors) {
    if (p.contribution) {
      const sub = parseMarkdown(p.contribution, state.dialect);
      applyBlockSyntax(state, sub);
      items.push(...blocks(state, sub));
    }
    items.push(el('t', {}, [personElement(p, 'contact')]));
  }
  section.children.splice(firstSub < 0 ? section.children.length : firstSub, 0, ...items);
}

/**
 * Bare `[ANCHOR]` text becomes a citation only when the anchor is defined in the document,
 * declared in the header, or cited with `{{…}}` elsewhere; otherwise it is text again.
 */
function settleSoftCitations(state: State): void {
  const known = new Set<string>([...state.anchors.keys(), ...state.meta.references.map((r) => r.anchor),
    ...state.citations.map((c) => c.anchor), ...state.inlineReferences.map((r) => r.attributes.anchor)]);
  for (const s of state.softCitations) {
    if (known.has(s.anchor)) {
      state.citations.push({ anchor: s.anchor, position: s.position });
      continue;
    }
    const node = s.node as unknown as RfcNode;
    Object.assign(node, { type: 'text', value: s.text });
    delete (node as { name?: string }).name;
    delete (node as { attributes?: unknown }).attributes;
    delete (node as { children?: unknown }).children;
  }
}
