import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { buildFile, type BuildOptions, type OutputFormat } from '../api/build.js';
import { headerMetadata } from '../api/siblings.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diffRevisions, formatDiff } from '../diff/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { fileAt, git, GitError, releaseTags, repositoryTop, tagDate, uncommittedChanges } from './git.js';
import { draftName, sourceDocName } from './revision.js';

export type ReleaseOptions = Omit<BuildOptions, 'formats' | 'revision' | 'submission' | 'check' | 'source'> & {
  /** Everything but the tag. */
  dryRun?: boolean;
};

export interface ReleaseOutcome {
  draft: string;
  /** `draft-<name>-NN`, once known. */
  revision?: string;
  /** The tag before it, when there is one. */
  previous?: string;
  /** Files written: the revision's xml, txt and html; the diff and change summary. */
  files: string[];
  /** The change summary against the previous revision (plain text). */
  summary?: string;
  tagged: boolean;
  diagnostics: Diagnostic[];
  /** Why nothing was released, when nothing was. */
  refused?: { message: string; hint: string };
}

const FORMATS: OutputFormat[] = ['xml', 'text', 'html'];

/**
 * Publishes the next revision of a draft, as i-d-template's `make next` and a tag do: refuses
 * uncommitted changes; the revision is the newest `draft-<name>-NN` tag plus one (00 when
 * there is none); builds `<outDir>/draft-<name>-NN.{xml,txt,html}` with that docName and today's
 * date; runs the checks in submission mode (an error stops the release); writes the diff and
 * the change summary against the previous revision, rebuilt from its tag; creates the annotated
 * tag (not with `dryRun`).
 */
export async function releaseDraft(draft: string, options: ReleaseOptions): Promise<ReleaseOutcome> {
  const outcome: ReleaseOutcome = { draft, files: [], tagged: false, diagnostics: [] };
  const refuse = (message: string, hint: string) => ({ ...outcome, refused: { message, hint } });
  const top = repositoryTop(dirname(resolve(draft)));
  if (!top) return refuse(`${draft} is not in a git repository`, 'a release is a tag: run it in the draft\'s repository (git init, commit the draft)');
  const rel = relative(top, resolve(draft)).split(sep).join('/');
  try {
    const changes = uncommittedChanges(top);
    if (changes.length) {
      return refuse(`the working tree has uncommitted changes (${changes.slice(0, 5).map((c) => c.slice(3)).join(', ')}${changes.length > 5 ? ', …' : ''})`,
        'commit or stash them first: a release must be what the tag holds');
    }
    if (fileAt(top, 'HEAD', rel) === undefined) return refuse(`${rel} is not committed`, 'add and commit the draft first');
    // The name is all that is needed here: the header says it; the build below reads the rest.
    const source = readFileSync(draft, 'utf8');
    const docName = headerMetadata(source, draft)?.docName ?? sourceDocName(source);
    if (!docName) return refuse('the draft has no docName', 'give it one: `docname: draft-<name>-latest`');
    const name = draftName(docName);
    const tags = releaseTags(top, name);
    const previous = tags[tags.length - 1];
    const next = previous ? Number(previous.slice(-2)) + 1 : 0;
    if (next > 99) return refuse(`${name} already has revision 99`, 'a draft name takes at most 100 revisions; start a new name');
    const revision = `${name}-${String(next).padStart(2, '0')}`;
    Object.assign(outcome, { revision, previous });
    const date = options.date ?? new Date().toISOString().slice(0, 10);
    const built = await buildFile(draft, { ...options, date, formats: FORMATS, revision: { docName: revision, date }, check: 'strict', submission: true });
    outcome.diagnostics.push(...built.diagnostics);
    if (built.failed) return refuse(`${revision} was not built`, 'fix the errors above (checks run in submission mode)');
    outcome.files.push(...FORMATS.map((f) => built.outputs[f]!).filter(Boolean));
    if (previous) await writeChanges(top, rel, previous, built.outputs.xml!, options, outcome);
    if (!options.dryRun) {
      git(['tag', '-a', revision, '-m', revision], top);
      outcome.tagged = true;
    }
    return outcome;
  } catch (e) {
    if (e instanceof GitError) return refuse(`git: ${e.message}`, 'check the repository');
    throw e;
  }
}

/** The previous revision rebuilt from its tag, compared with the new one: an HTML diff and a summary. */
async function writeChanges(top: string, rel: string, previous: string, newXml: string, options: ReleaseOptions, outcome: ReleaseOutcome): Promise<void> {
  const old = await rebuildTagged(top, rel, previous, options);
  if (!old.xml) {
    outcome.diagnostics.push({ severity: 'warning', ruleId: 'release-diff', file: outcome.draft, message: `${previous} could not be rebuilt from its tag, so there is no diff`, hint: 'see the errors of `draftsmith build --rev ' + previous + '`' });
    return;
  }
  try {
    const diff = await diffRevisions(old.xml, newXml, { ...options, date: undefined });
    const base = join(options.outDir, `${outcome.revision}-from-${previous.slice(-2)}`);
    // The old side was rebuilt in a temporary folder: name it by its tag.
    const named = (text: string) => text.split(old.xml!).join(previous);
    writeFileAtomic(`${base}.diff.html`, named(formatDiff(diff, 'html')));
    outcome.summary = named(formatDiff(diff, 'summary'));
    writeFileAtomic(`${base}.changes.txt`, outcome.summary);
    outcome.files.push(`${base}.diff.html`, `${base}.changes.txt`);
  } finally {
    rmSync(old.dir, { recursive: true, force: true });
  }
}

/** A tagged revision's XML, rebuilt from history into a temporary folder (`build --rev` does the same into the output folder). */
async function rebuildTagged(top: string, rel: string, tag: string, options: ReleaseOptions): Promise<{ dir: string; xml?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'draftsmith-release-'));
  const source = fileAt(top, tag, rel);
  if (source === undefined) return { dir };
  const r = await buildFile(join(top, rel), { ...options, source, outDir: dir, formats: ['xml'], check: 'off', revision: { docName: tag, date: tagDate(top, tag) } });
  return { dir, xml: r.failed ? undefined : r.outputs.xml };
}
