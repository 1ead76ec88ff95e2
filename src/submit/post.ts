import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** The datatracker's submission API. */
export const DEFAULT_SUBMIT_API = 'https://datatracker.ietf.org/api/submission';

export interface SubmissionRequest {
  /** The API URL (`--api`, `DRAFTSMITH_SUBMIT_API`, else the datatracker's). */
  api: string;
  /** The submitter's e-mail address (the `user` field). */
  email: string;
  /** The XML file to upload. */
  file: string;
  /** The draft this one replaces (the `replaces` field). */
  replaces?: string;
  /** How long to wait for the answer (default 120 s: the datatracker renders the draft first). */
  timeoutMs?: number;
}

/** What the datatracker answered, read. */
export type SubmissionAnswer =
  | { kind: 'accepted'; status: number; name?: string; rev?: string; id?: string; state?: string; statusUrl?: string; message?: string }
  | { kind: 'refused'; status: number; message: string }
  | { kind: 'server-error'; status: number; message: string }
  | { kind: 'unreachable'; message: string };

/** The multipart form the API takes: `user`, `xml` (the file, application/xml) and `replaces`. */
export function submissionForm(request: SubmissionRequest): FormData {
  const form = new FormData();
  form.append('user', request.email);
  form.append('xml', new Blob([readFileSync(request.file)], { type: 'application/xml' }), basename(request.file));
  if (request.replaces) form.append('replaces', request.replaces);
  return form;
}

/** The message of an answer's body: a JSON `error` (or `message`, `detail`) member, else its text. */
function messageOf(body: string, json: unknown): string {
  if (json && typeof json === 'object') {
    const j = json as Record<string, unknown>;
    for (const key of ['error', 'message', 'detail', 'errors']) {
      const v = j[key];
      if (typeof v === 'string' && v.trim()) return v.trim();
      if (Array.isArray(v) && v.length) return v.map(String).join('; ');
      if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}: ${Array.isArray(x) ? x.join(' ') : String(x)}`).join('; ');
    }
  }
  const text = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > 500 ? `${text.slice(0, 500)}…` : text || '(no message)';
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/** Posts the draft and reads the answer; never throws. */
export async function postSubmission(request: SubmissionRequest): Promise<SubmissionAnswer> {
  let response: Response;
  try {
    response = await fetch(request.api, { method: 'POST', body: submissionForm(request), signal: AbortSignal.timeout(request.timeoutMs ?? 120_000) });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const why = err.name === 'TimeoutError' ? `no answer within ${Math.round((request.timeoutMs ?? 120_000) / 1000)} s`
      : err.cause?.code ?? err.cause?.message ?? err.message;
    return { kind: 'unreachable', message: `cannot reach ${request.api}: ${why}` };
  }
  let body = '';
  try {
    body = await response.text();
  } catch (e) {
    return { kind: 'unreachable', message: `the connection to ${request.api} broke off while reading the answer: ${(e as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  if (response.status >= 500) return { kind: 'server-error', status: response.status, message: messageOf(body, json) };
  if (!response.ok) return { kind: 'refused', status: response.status, message: messageOf(body, json) };
  const j = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  if (typeof j.error === 'string') return { kind: 'refused', status: response.status, message: j.error };
  return {
    kind: 'accepted', status: response.status, id: str(j.id), name: str(j.name), rev: str(j.rev), state: str(j.status) ?? str(j.state),
    statusUrl: str(j.status_url), message: json === undefined ? messageOf(body, undefined) : str(j.message),
  };
}
