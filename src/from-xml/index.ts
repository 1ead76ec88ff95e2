import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReferenceResolver } from '../bibxml/resolve.js';
import { DirectoryResolver } from '../bibxml/resolve.js';
import { libraryNameOf } from '../bibxml/library.js';
import { cloneTree, isElement, visitElements, type ElementName, type RfcDocument, type RfcElement, type RfcNode, el } from '../tree/nodes.js';
import { parseXmlDocument, parseXmlFragment } from '../xml/parse.js';
import { prepareXmlText } from './prepare.js';
import { placeholder } from '../from-mdast/references.js';
import { localFile } from './local-files.js';
import { startTagPositions } from './positions.js';
import { readSrcFiles } from './src-files.js';
import { isV2, repairParagraphs, upgradeDeprecated, v2ToV3 } from './v2v3/index.js';
import { ATTRIBUTES } from './attributes.js';
import { VOCABULARY } from './vocabulary.js';

export interface XmlToRfcOptions {
  file?: string;
  /** Where bibxml entries named by `xi:include` come from (by file name). */
  resolver?: ReferenceResolver;
  /** Allow local includes and `src=` files outside the document's folder. */
  allowOutside?: boolean;
  /** No network: a bibxml include missing from the cache becomes a placeholder with a warning. */
  offline?: boolean;
}

export interface XmlToRfcResult {
  document: RfcDocument;
  diagnostics: Diagnostic[];
  failed: boolean;
  /** True when the input was v2 and was converted. */
  converted: boolean;
}

const XINCLUDE = 'xi:include';

/**
 * Reads RFC XML (v3, or v2 converted to v3 on the way in) into the document tree, with the
 * position of every element for messages. Never fetches anything: bibxml includes and
 * external entities resolve through the reference cache, local includes from the
 * document's folder.
 */
export async function xmlToRfc(source: string, options: XmlToRfcOptions = {}): Promise<XmlToRfcResult> {
  const reporter = new Reporter(options.file);
  const empty = { type: 'document' as const, prolog: [], root: el('rfc') };
  const prepared = prepareXmlText(source);
  if ('error' in prepared) {
    const { ruleId, message, line, column, hint } = prepared.error;
    reporter.error(ruleId, message, { line, column }, hint);
    return { document: empty, diagnostics: reporter.diagnostics, failed: true, converted: false };
  }
  const text = prepared.text;
  let parsed;
  try {
    parsed = parseXmlDocument(text, startTagPositions(text));
  } catch (e) {
    reporter.error('xml-syntax', `the XML cannot be read: ${(e as Error).message}`, { line: 1, column: 1 },
      'remove external entity declarations and DOCTYPE features RFC XML does not need');
    return { document: empty, diagnostics: reporter.diagnostics, failed: true, converted: false };
  }
  const root = parsed.root;
  if (!root || root.name !== 'rfc') {
    reporter.error('xml-root', 'the document element is not <rfc>', root?.position ?? { line: 1, column: 1 },
      'RFC XML documents start with <rfc …>');
    return { document: empty, diagnostics: reporter.diagnostics, failed: true, converted: false };
  }
  await resolveIncludes(root, options, reporter);
  const converted = isV2(root);
  const prolog = converted ? v2ToV3(root, parsed.prolog, reporter) : parsed.prolog;
  repairParagraphs(root);
  upgradeDeprecated(root);
  // After v2v3, which turns v2 artwork holding both a src picture and text into an artset.
  readSrcFiles(root, options.file, !!options.allowOutside, reporter);
  checkVocabulary(root, reporter);
  return { document: { type: 'document', prolog, root }, diagnostics: reporter.diagnostics, failed: reporter.hasErrors, converted };
}

/** The files being included, innermost last, and how many more includes are allowed. */
interface IncludeTrail {
  files: string[];
  left: number;
}

/** The most local includes one document may resolve, nested ones included (an include bomb is refused). */
const MAX_INCLUDES = 10_000;

/**
 * A local file named by `xi:include`, with the guards the document has (bounded entities,
 * well-formedness), its own includes resolved relative to it: its elements, or nothing after
 * an error positioned in that file.
 */
async function readLocalInclude(path: string, node: RfcElement, options: XmlToRfcOptions, reporter: Reporter, trail: IncludeTrail): Promise<RfcNode[] | undefined> {
  const prepared = prepareXmlText(readFileSync(path, 'utf8'));
  if ('error' in prepared) {
    const { ruleId, message, line, column, hint } = prepared.error;
    reporter.diagnostics.push({ severity: 'error', ruleId, message: `${message} (in the file included at line ${node.position?.start.line ?? 1})`,
      file: path, line, column, hint });
    return undefined;
  }
  const holder = el('section', {}, parseXmlFragment(prepared.text, startTagPositions(prepared.text)).filter((n) => n.type === 'element'));
  // Its includes are reported in that file, at their own lines.
  const inner = new Reporter(path);
  trail.files.push(path);
  await resolveIncludes(holder, { ...options, file: path }, inner, trail);
  trail.files.pop();
  reporter.diagnostics.push(...inner.diagnostics);
  // Positions in that file would read as lines of the document in later messages.
  visitElements(holder, (e) => delete e.position);
  return holder.children;
}

/** `xi:include`: bibxml entries from the cache by file name; local files from the document's folder. */
async function resolveIncludes(root: RfcElement, options: XmlToRfcOptions, reporter: Reporter,
  trail: IncludeTrail = { files: options.file && existsSync(options.file) ? [realpathSync(options.file)] : [], left: MAX_INCLUDES }): Promise<void> {
  const includes: { parent: RfcElement; node: RfcElement; href: string }[] = [];
  const walk = (e: RfcElement) => {
    for (const c of e.children) {
      // v2's `<?rfc include="reference.RFC.2119.xml"?>` is an include too.
      if (c.type === 'instruction' && c.target === 'rfc') {
        const m = /^\s*include\s*=\s*["']([^"']+)["']\s*$/.exec(c.value);
        if (m) {
          const href = /^https?:|\//.test(m[1]) || !/^reference\./.test(m[1]) ? m[1] : `https://bib.ietf.org/public/rfc/bibxml/${m[1]}`;
          const node = el('xi:include' as ElementName, { href: /\.xml(\?|$)/.test(href) ? href : `${href}.xml` });
          e.children[e.children.indexOf(c)] = node;
          includes.push({ parent: e, node, href: node.attributes.href });
        }
        continue;
      }
      if (c.type !== 'element') continue;
      if ((c.name as string) === XINCLUDE) includes.push({ parent: e, node: c, href: c.attributes.href ?? '' });
      else walk(c);
    }
  };
  walk(root);
  if (!includes.length) return;
  const resolver: ReferenceResolver = options.resolver ?? new DirectoryResolver([]);
  const remote = includes.filter((i) => /^https?:/.test(i.href));
  const names = [...new Set(remote.map((i) => libraryNameOf(i.href)).filter((n): n is string => !!n))];
  const found = await resolver.resolveAll(names);
  for (const inc of includes) {
    let replacement: RfcNode[] | undefined;
    if (/^https?:/.test(inc.href)) {
      const name = libraryNameOf(inc.href);
      const r = name ? found.get(name) : undefined;
      if (r) {
        const entry = cloneTree(r.element);
        delete entry.attributes['xml:base'];
        const anchor = anchorFor(inc.href, name!);
        if (anchor) entry.attributes.anchor = anchor;
        replacement = [entry];
      }
      else if (options.offline && name) {
        reporter.warn('unresolved-include', `no entry for ${basename(inc.href)} in the reference cache; a placeholder is listed`,
          inc.node.position, 'put the file in a --refcache folder');
        replacement = [placeholder(anchorFor(inc.href, name) ?? name.replace(/^(RFC|BCP|STD|FYI)(\d+)$/, '$1$2'))];
      } else {
        const known = name ? resolver.explain?.(name) : undefined;
        reporter.error('unresolved-include', known?.message ?? `no entry for ${basename(inc.href)} in the reference cache`,
          inc.node.position, known?.hint ?? 'put the file in a --refcache folder, or build with --offline to list a placeholder');
      }
    } else {
      const found = localFile(options.file, inc.href, options.allowOutside);
      if ('path' in found) {
        if (trail.files.includes(found.path)) {
          reporter.error('include-cycle', `"${inc.href}" includes itself (directly or through other files)`, inc.node.position, 'remove the circular include');
        } else if (--trail.left < 0) {
          reporter.error('include-limit', `more than ${MAX_INCLUDES} files included (refused)`, inc.node.position, 'include each file once, or write the text out');
        } else replacement = await readLocalInclude(found.path, inc.node, options, reporter, trail);
      } else if (found.error === 'outside') {
        reporter.error('include-outside', `"${inc.href}" is outside the document's folder`, inc.node.position,
          'move the file next to the document, or build with --allow-outside-includes');
      } else {
        reporter.error('include-missing', `cannot include "${inc.href}": no such file`, inc.node.position, 'check the path');
      }
    }
    const i = inc.parent.children.indexOf(inc.node);
    inc.parent.children.splice(i, 1, ...(replacement ?? []));
  }
}

/**
 * The anchor an included entry takes: the address's `?anchor=` when given; for DOIs the
 * library's own form (`DOI_10.1145_2975159`); otherwise the entry's own.
 */
function anchorFor(href: string, name: string): string | undefined {
  const q = /[?&]anchor=([^&]+)/.exec(href);
  if (q) return decodeURIComponent(q[1]);
  if (name.startsWith('DOI.')) return 'DOI_' + name.slice(4).replace(/\//g, '_');
  return undefined;
}


/**
 * Elements outside the v3 vocabulary, and attributes an element does not allow, are
 * reported where they stand: once per element name, and once per element/attribute pair.
 */
function checkVocabulary(root: RfcElement, reporter: Reporter): void {
  const seen = new Set<string>();
  const walk = (e: RfcElement) => {
    if (!VOCABULARY.has(e.name)) {
      if (!seen.has(e.name)) {
        seen.add(e.name);
        reporter.warn('unknown-element', `<${e.name}> is not an RFC XML v3 element`, e.position,
          'replace it with its v3 equivalent, or remove it');
      }
    } else {
      // Elements the grammar does not list (SVG, the tree's own) are not checked.
      const allowed = ATTRIBUTES.get(e.name);
      if (allowed) for (const name of Object.keys(e.attributes)) {
        // Namespace declarations, and xml:lang / xml:base (XInclude puts xml:base on any included element).
        if (allowed.has(name) || name === 'xmlns' || name.startsWith('xmlns:') || name === 'xml:lang' || name === 'xml:base') continue;
        const key = `${e.name}\u0000${name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        reporter.warn('unknown-attribute', `<${e.name} ${name}="…">: "${name}" is not an attribute of <${e.name}> in RFC XML v3`,
          e.position, 'remove it, or check its spelling');
      }
    }
    // SVG artwork has a vocabulary of its own.
    if (e.name !== 'svg') for (const c of e.children) if (isElement(c)) walk(c);
  };
  walk(root);
}

