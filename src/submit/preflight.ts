import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkContext } from '../check/context.js';
import { runChecks } from '../check/run.js';
import { docname } from '../check/rules/docname.js';
import { addDays, compareDates, type CalendarDate } from '../prep/boilerplate/calendar.js';
import { parseIsoDate, parseMonth } from '../prep/boilerplate/index.js';
import { childElements, firstChild, textContent, type RfcElement } from '../tree/nodes.js';
import { previousRevision } from './revision.js';

export interface PreflightOptions {
  /** Today as YYYY-MM-DD (default: the real today, in UTC as the datatracker counts). */
  date?: string;
  /** The last revision submitted (`--previous NN`), or `none` for a first submission. */
  previous?: number | 'none';
}

export interface PreflightResult {
  /** The findings; any error stops the submission. */
  diagnostics: Diagnostic[];
  /** The draft's name without its revision, and the revision, when the docName gave them. */
  name?: string;
  rev?: string;
  title?: string;
}

/** A plain e-mail address: one @, no spaces or brackets, a dot in the domain. */
export const EMAIL = /^[^\s@<>()[\]",;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * The checks the datatracker applies to an uploaded XML draft, run before it is sent: the
 * name rule (draftsmith's `docname` rule in submission mode), the file named after the
 * docName, the revision exactly the next one, the date within 3 days of today, a title, an
 * abstract, and authors each with a valid e-mail address of their own.
 */
export async function preflight(file: string, options: PreflightOptions = {}): Promise<PreflightResult> {
  const today = options.date ?? new Date().toISOString().slice(0, 10);
  const diagnostics: Diagnostic[] = [];
  if (!/\.xml$/i.test(file)) {
    return { diagnostics: [{ severity: 'error', ruleId: 'submit-input', file, message: 'the datatracker takes RFC XML; this is not an .xml file',
      hint: 'build the release first (draftsmith release) and submit build/draft-<name>-NN.xml' }] };
  }
  const { context, diagnostics: read } = await checkContext(file, {
    refcache: [], offline: true, noUserCache: true, allowMissingRefs: true, submission: true, date: today,
  });
  diagnostics.push(...read.filter((d) => d.severity === 'error'));
  if (!context) return { diagnostics };
  const root = context.document.root;
  const at = (e: RfcElement | undefined) => ({ file, line: (e ?? root).position?.start.line ?? 1, column: (e ?? root).position?.start.column ?? 1 });
  const error = (ruleId: string, message: string, where: RfcElement | undefined, hint: string) =>
    diagnostics.push({ severity: 'error', ruleId, message, hint, ...at(where) });

  diagnostics.push(...runChecks(context, {}, [docname]).filter((d) => d.severity === 'error'));
  const docName = root.attributes.docName ?? '';
  const m = /^(draft-[a-z0-9-]+)-(\d\d)$/.exec(docName);
  const result: PreflightResult = { diagnostics, name: m?.[1], rev: m?.[2] };
  if (m) {
    if (basename(file) !== `${docName}.xml`) {
      error('submit-file-name', `the file is named ${basename(file)}, but its docName is ${docName}; the datatracker wants ${docName}.xml`, root,
        `rename the file to ${docName}.xml, or fix the docName`);
    }
    checkRevision(file, m[1], Number(m[2]), options.previous, error, root);
  }

  const front = firstChild(root, 'front');
  const title = front && firstChild(front, 'title');
  result.title = title ? textContent(title).replace(/\s+/g, ' ').trim() : undefined;
  if (!result.title) error('submit-title', 'the document has no title', front, 'add a title (`title:` in the Markdown header)');
  const abstract = front && firstChild(front, 'abstract');
  if (!abstract || !textContent(abstract).trim()) error('submit-abstract', 'the document has no abstract', front, 'add an abstract (kramdown-rfc: `--- abstract`)');
  checkDate(front, today, error);
  checkAuthors(front, error);
  return result;
}

type ErrorAt = (ruleId: string, message: string, where: RfcElement | undefined, hint: string) => void;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** The revision is the one after the last one known (00 when none is). */
function checkRevision(file: string, name: string, rev: number, option: number | 'none' | undefined, error: ErrorAt, root: RfcElement): void {
  const previous = previousRevision(file, name, rev, option);
  const expected = previous.rev === undefined ? 0 : previous.rev + 1;
  const from = previous.source === 'option' ? 'as --previous says' : previous.source === 'git' ? `after the git tag ${name}-${two(previous.rev ?? 0)}` : 'as no earlier revision is known';
  if (previous.newer.length) {
    error('submit-revision', `revision ${two(rev)} is older than the tagged ${previous.newer.join(', ')}`, root,
      'submit the newest revision (draftsmith release makes the next one)');
  } else if (rev !== expected) {
    const how = previous.source === 'option' ? 'check --previous'
      : `if ${name}-${two(rev - 1)} is the last revision the datatracker has, say so with --previous ${two(rev - 1)}`;
    error('submit-revision', `the datatracker expects revision ${two(expected)} next (${previous.source === 'git' && previous.rev === undefined ? 'as no earlier revision is tagged' : from}), not ${two(rev)}`, root, how);
  }
}

/** The document date is within 3 days of today, read as the datatracker reads it. */
function checkDate(front: RfcElement | undefined, todayIso: string, error: ErrorAt): void {
  const today = parseIsoDate(todayIso) as CalendarDate;
  const el = front && firstChild(front, 'date');
  if (!el) {
    error('submit-date', 'the document has no <date>', front, 'build it with draftsmith release, which dates it today');
    return;
  }
  const year = el.attributes.year ? Number(el.attributes.year) : today.year;
  const month = el.attributes.month ? parseMonth(el.attributes.month) : today.month;
  if (!Number.isInteger(year) || month === undefined) {
    error('submit-date', `the date (year "${el.attributes.year ?? ''}", month "${el.attributes.month ?? ''}") cannot be read`, el, 'give a numeric year and an English month name');
    return;
  }
  // As xml2rfc and the datatracker do: a missing day is today in the current month, else the 15th.
  const day = el.attributes.day ? Number(el.attributes.day) : year === today.year && month === today.month ? today.day : 15;
  const date = { year, month, day };
  if (compareDates(date, addDays(today, -3)) < 0 || compareDates(date, addDays(today, 3)) > 0) {
    error('submit-date', `the document date ${year}-${two(month)}-${two(day)} is more than 3 days from today (${todayIso}); the datatracker refuses it`, el,
      'rebuild the draft today (draftsmith release dates it), or remove the date from the header');
  }
}

/** At least one author; each person with a valid e-mail address that no other author has. */
function checkAuthors(front: RfcElement | undefined, error: ErrorAt): void {
  const authors = front ? childElements(front, 'author') : [];
  if (!authors.length) {
    error('submit-authors', 'the document has no author', front, 'list the authors in the header');
    return;
  }
  const seen = new Map<string, string>();
  for (const a of authors) {
    const name = a.attributes.fullname ?? a.attributes.surname ?? (textContent(a).trim().split('\n')[0] || 'an author');
    const emails = a.children.flatMap((c) => (c.type === 'element' && c.name === 'address' ? childElements(c, 'email') : []))
      .map((e) => textContent(e).trim()).filter(Boolean);
    if (!a.attributes.fullname && !a.attributes.surname) continue; // an organization as author
    if (!emails.length) {
      error('submit-authors', `${name} has no e-mail address`, a, 'add `email:` to the author in the header');
      continue;
    }
    for (const e of emails) {
      if (!EMAIL.test(e)) error('submit-authors', `${name}'s e-mail address "${e}" is not valid`, a, 'write it as name@example.com');
      const other = seen.get(e.toLowerCase());
      if (other) error('submit-authors', `${name} has the same e-mail address as ${other} (${e})`, a, 'give each author their own address');
      else seen.set(e.toLowerCase(), name);
    }
  }
}
