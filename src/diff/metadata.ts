import { childElements, firstChild, textContent, type RfcElement } from '../tree/nodes.js';
import { titleBlockEnd } from './text-outline.js';

/** What a diff compares about the document as a whole. */
export interface DocumentMetadata {
  title?: string;
  docName?: string;
  category?: string;
  submissionType?: string;
  ipr?: string;
  updates?: string;
  obsoletes?: string;
  date?: string;
  workgroup?: string;
  /** "Full Name (Organization)" for each author, in order. */
  authors?: string[];
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The metadata of a prepped tree. */
export function treeMetadata(root: RfcElement): DocumentMetadata {
  const front = firstChild(root, 'front');
  const a = root.attributes;
  const date = front && firstChild(front, 'date');
  const workgroup = front && firstChild(front, 'workgroup');
  return {
    title: front && firstChild(front, 'title') ? squash(textContent(firstChild(front, 'title')!)) : undefined,
    docName: a.docName, category: a.category, submissionType: a.submissionType, ipr: a.ipr,
    updates: a.updates, obsoletes: a.obsoletes,
    date: date ? [date.attributes.year, date.attributes.month, date.attributes.day].filter(Boolean).join('-') : undefined,
    workgroup: workgroup ? squash(textContent(workgroup)) : undefined,
    authors: front ? childElements(front, 'author').map((au) => {
      const org = firstChild(au, 'organization');
      const name = au.attributes.fullname || [au.attributes.initials, au.attributes.surname].filter(Boolean).join(' ');
      return org && squash(textContent(org)) ? `${name} (${squash(textContent(org))})` : name;
    }) : undefined,
  };
}

const CATEGORY: Record<string, string> = {
  'standards track': 'std', 'informational': 'info', 'experimental': 'exp', 'best current practice': 'bcp', 'historic': 'historic',
};

/**
 * What the first page of a rendered text says: the draft name (or RFC number), the title, the
 * intended status or category, and the Updates/Obsoletes lines. Authors are not told apart
 * from their organisations in the header, so a text input gives none.
 */
export function textMetadata(lines: readonly string[]): DocumentMetadata {
  const head = lines.slice(0, 40);
  const meta: DocumentMetadata = {};
  // The header block is the first run of non-blank lines; the title is the indented (centred)
  // lines after it, down to the draft name or the first heading.
  let i = 0;
  while (i < head.length && !head[i].trim()) i++;
  const headerStart = i;
  while (i < head.length && head[i].trim()) i++;
  const title: string[] = [];
  const end = titleBlockEnd(head);
  for (; i < end; i++) {
    const l = head[i].trim();
    if (/^(draft-[\w.-]+)$/i.test(l)) meta.docName = l;
    else if (l && !meta.docName) title.push(l);
  }
  if (title.length) meta.title = title.join(' ');
  for (const l of head.slice(headerStart)) {
    if (!l.trim()) break;
    const rfc = /^Request for Comments:\s+(\d+)/.exec(l);
    if (rfc) meta.docName = `rfc${rfc[1]}`;
    const status = /^(?:Intended status|Category):\s+(.+?)(?:\s{2,}|$)/.exec(l);
    if (status) meta.category = CATEGORY[status[1].toLowerCase()] ?? status[1];
    const rel = /^(Updates|Obsoletes):\s+(.+?)(?:\s{2,}|$)/.exec(l);
    if (rel) meta[rel[1] === 'Updates' ? 'updates' : 'obsoletes'] = rel[2].replace(/\s*\(if approved\)/, '');
  }
  return meta;
}
