import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryKind } from './library.js';

/** The IETF bibliography service; `--ref-server`, `DRAFTSMITH_REF_SERVER` or the project file change it. */
export const DEFAULT_REF_SERVER = 'https://bib.ietf.org/public/rfc/';

/**
 * How long a fetched entry stays fresh in the cache, in days, by kind: an RFC's entry hardly
 * ever changes; an unversioned draft's changes with each revision.
 */
export const DEFAULT_MAX_AGE_DAYS: Record<LibraryKind, number> = { RFC: 30, 'I-D': 1, other: 7 };

/** The project file: `draftsmith.json` in the folder draftsmith runs in. */
export const PROJECT_FILE = 'draftsmith.json';

/** Reference settings from the project file. */
export interface ReferenceSettings {
  server?: string;
  maxAgeDays?: Partial<Record<LibraryKind, number>>;
  concurrency?: number;
  timeoutSeconds?: number;
}

/**
 * Reads `references` from `draftsmith.json` in `dir`:
 * `{ "references": { "server": "https://…/", "maxAgeDays": { "RFC": 30, "I-D": 1, "other": 7 }, "concurrency": 8, "timeoutSeconds": 15 } }`.
 * Throws an Error whose message says what is wrong with the file.
 */
export function projectReferenceSettings(dir: string = process.cwd()): ReferenceSettings {
  const path = join(dir, PROJECT_FILE);
  if (!existsSync(path)) return {};
  let data: { references?: ReferenceSettings };
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const r = data?.references ?? {};
  if (r.server !== undefined && (typeof r.server !== 'string' || !/^https?:\/\//.test(r.server))) {
    throw new Error(`${path}: references.server must be an http(s) URL`);
  }
  for (const [k, v] of Object.entries(r.maxAgeDays ?? {})) {
    if (!['RFC', 'I-D', 'other'].includes(k) || typeof v !== 'number' || !(v >= 0)) {
      throw new Error(`${path}: references.maxAgeDays takes "RFC", "I-D" and "other", each a number of days`);
    }
  }
  for (const k of ['concurrency', 'timeoutSeconds'] as const) {
    if (r[k] !== undefined && (typeof r[k] !== 'number' || !(r[k] > 0))) throw new Error(`${path}: references.${k} must be a positive number`);
  }
  return r;
}
