import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_SUBMIT_API, postSubmission, type SubmissionAnswer } from './post.js';
import { EMAIL, preflight, type PreflightOptions } from './preflight.js';

export { DEFAULT_SUBMIT_API, postSubmission, submissionForm, type SubmissionAnswer, type SubmissionRequest } from './post.js';
export { EMAIL, preflight, type PreflightOptions, type PreflightResult } from './preflight.js';
export { previousRevision, taggedRevisions, type PreviousRevision } from './revision.js';

export interface SubmitOptions extends PreflightOptions {
  /** The submitter's e-mail address. */
  email: string;
  /** The drafts this one replaces: names without revision, separated by commas. */
  replaces?: string;
  /** The API URL (default: `DRAFTSMITH_SUBMIT_API`, else the datatracker's). */
  api?: string;
  /** Check and describe the request, but send nothing. */
  dryRun?: boolean;
  timeoutMs?: number;
}

export interface SubmitOutcome {
  /** Pre-flight findings (errors stop the submission before anything is sent). */
  diagnostics: Diagnostic[];
  /** The API the draft went (or would go) to. */
  api: string;
  /** The fields sent (or that would be sent), the file as its name and size. */
  fields?: { user: string; xml: string; replaces?: string };
  /** The datatracker's answer; absent when nothing was sent. */
  answer?: SubmissionAnswer;
  /** The draft's docName when known. */
  docName?: string;
  ok: boolean;
}

/**
 * Submits an Internet-Draft's XML to the datatracker: the pre-flight checks, then the
 * multipart upload, then the answer read. Never throws for what the user or the server does.
 */
export async function submitDraft(file: string, options: SubmitOptions): Promise<SubmitOutcome> {
  const api = options.api ?? process.env.DRAFTSMITH_SUBMIT_API ?? DEFAULT_SUBMIT_API;
  const diagnostics: Diagnostic[] = [];
  if (!EMAIL.test(options.email)) {
    diagnostics.push({ severity: 'error', ruleId: 'submit-email', file, message: `--email "${options.email}" is not an e-mail address`,
      hint: 'give the address the datatracker should send the confirmation to' });
  }
  // The API takes a comma-separated list of the drafts replaced.
  const replaced = options.replaces?.split(',').map((n) => n.trim()) ?? [];
  for (const name of replaced) {
    if (/^draft-[a-z0-9-]+[a-z0-9]$/.test(name) && !/-\d\d$/.test(name)) continue;
    diagnostics.push({ severity: 'error', ruleId: 'submit-replaces', file, message: `--replaces "${name}" is not a draft name without revision`,
      hint: 'name the replaced draft without its revision, e.g. draft-smith-foo (several: separated by commas)' });
  }
  if (!/^https?:\/\/\S+$/.test(api)) {
    diagnostics.push({ severity: 'error', ruleId: 'submit-api', file, message: `the API URL "${api}" is not an http(s) URL`, hint: 'check --api or DRAFTSMITH_SUBMIT_API' });
  }
  const checked = await preflight(file, options);
  diagnostics.push(...checked.diagnostics);
  const docName = checked.name && checked.rev ? `${checked.name}-${checked.rev}` : undefined;
  if (checked.name && replaced.includes(checked.name)) {
    diagnostics.push({ severity: 'error', ruleId: 'submit-replaces', file, message: `a draft cannot replace itself (${checked.name})`,
      hint: 'name the other draft this one replaces, or leave --replaces out' });
  }
  const fields = { user: options.email, xml: file, ...(replaced.length ? { replaces: replaced.join(',') } : {}) };
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, api, docName, ok: false };
  if (options.dryRun) return { diagnostics, api, fields, docName, ok: true };
  const answer = await postSubmission({ api, email: options.email, file, replaces: fields.replaces, timeoutMs: options.timeoutMs });
  return { diagnostics, api, fields, answer, docName, ok: answer.kind === 'accepted' };
}
