import type { DocumentMetadata } from './metadata.js';

/** One metadata field that differs between the revisions (undefined: the side has none). */
export interface MetadataChange {
  field: keyof DocumentMetadata;
  old?: string;
  new?: string;
}

const FIELDS: Array<keyof DocumentMetadata> = ['title', 'docName', 'category', 'submissionType', 'ipr', 'updates', 'obsoletes', 'date', 'workgroup', 'authors'];

/** The metadata fields whose values differ (lists compared as "a; b"). */
export function compareMetadata(a: DocumentMetadata, b: DocumentMetadata): MetadataChange[] {
  const out: MetadataChange[] = [];
  for (const field of FIELDS) {
    const x = show(a[field]);
    const y = show(b[field]);
    if (x !== y && !(x === undefined && y === undefined)) out.push({ field, ...(x !== undefined ? { old: x } : {}), ...(y !== undefined ? { new: y } : {}) });
  }
  return out;
}

function show(v: string | string[] | undefined): string | undefined {
  if (v === undefined || v === '') return undefined;
  return Array.isArray(v) ? v.join('; ') : v;
}
