import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ReferenceResolver, ResolvedReference } from '../bibxml/resolve.js';
import { Reporter } from '../diagnostics/diagnostic.js';
import { dateElement, personElement } from '../from-mdast/front.js';
import { splitDraft } from '../markdown/split.js';
import { readKramdownHeader } from '../metadata/kramdown-header.js';
import { readMmarkHeader } from '../metadata/mmark-header.js';
import type { DraftMetadata } from '../metadata/types.js';
import { releaseTags, repositoryTop } from '../release/git.js';
import { draftName } from '../release/revision.js';
import { el, text } from '../tree/nodes.js';

/**
 * Another draft of the same build, as a citation of it needs it: plain data, so that it can
 * travel to a worker thread.
 */
export interface SiblingDraft {
  /** `draft-<name>`, without a revision. */
  name: string;
  /** Its current revision: the newest `draft-<name>-NN` tag, else its docName as written (`-latest`). */
  revision: string;
  meta: Pick<DraftMetadata, 'title' | 'authors' | 'date'>;
}

/**
 * What a Markdown draft's header says (docName, title, authors, date), read without converting
 * the body; undefined without a header. Problems are left to the build that reads it in full.
 */
export function headerMetadata(source: string, file: string): DraftMetadata | undefined {
  const split = splitDraft(source);
  if (!split.header) return undefined;
  const reporter = new Reporter(file);
  return split.header.format === 'yaml' ? readKramdownHeader(split.header.text, split.header.startLine, reporter)
    : readMmarkHeader(split.header.text, split.header.startLine, reporter);
}

/** What a build's drafts say about themselves (their headers only), for citations between them. */
export function readSiblings(files: string[]): SiblingDraft[] {
  const out: SiblingDraft[] = [];
  const tagsIn = new Map<string, string | undefined>();
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const meta = headerMetadata(source, file);
    if (!meta?.docName || !/^draft-/.test(meta.docName)) continue;
    const name = draftName(meta.docName);
    const dir = dirname(resolve(file));
    if (!tagsIn.has(dir)) tagsIn.set(dir, repositoryTop(dir));
    const top = tagsIn.get(dir);
    const tags = top ? releaseTags(top, name) : [];
    out.push({ name, revision: tags[tags.length - 1] ?? meta.docName, meta: { title: meta.title, authors: meta.authors, date: meta.date } });
  }
  return out;
}

/**
 * Resolves citations of sibling drafts (`I-D.<name>`, `I-D.draft-<name>`, `I-D.draft-<name>-latest`)
 * from their own headers, with their current revision, and hands every other name on.
 */
export class SiblingResolver implements ReferenceResolver {
  constructor(private readonly inner: ReferenceResolver, private readonly siblings: SiblingDraft[]) {}

  async resolveAll(names: string[]): Promise<Map<string, ResolvedReference>> {
    const out = new Map<string, ResolvedReference>();
    const rest: string[] = [];
    for (const n of names) {
      const sibling = this.find(n);
      if (sibling) out.set(n, { element: referenceTo(sibling), source: `${sibling.name} (a draft of this build)` });
      else rest.push(n);
    }
    for (const [k, v] of await this.inner.resolveAll(rest)) out.set(k, v);
    return out;
  }

  explain(name: string) {
    return this.inner.explain?.(name);
  }

  private find(name: string): SiblingDraft | undefined {
    const m = /^I-D\.(?:draft-)?(.+?)(?:-latest)?$/.exec(name);
    return m ? this.siblings.find((s) => s.name === `draft-${m[1]}`) : undefined;
  }
}

function referenceTo(s: SiblingDraft) {
  const released = /-\d\d$/.test(s.revision);
  const front = el('front', {}, [
    el('title', {}, [text(s.meta.title ?? s.name)]),
    ...s.meta.authors.map((p) => personElement(p, 'author')),
    dateElement(s.meta.date),
  ]);
  return el('reference', { anchor: `I-D.${s.name.replace(/^draft-/, '')}`, target: released ? `https://datatracker.ietf.org/doc/html/${s.revision}` : undefined }, [
    front, el('seriesInfo', { name: 'Internet-Draft', value: s.revision }),
  ]);
}
