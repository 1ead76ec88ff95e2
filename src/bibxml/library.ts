/**
 * File names the citation libraries use for a reference name, most likely first:
 * `RFC2119` → `reference.RFC.2119.xml`, `I-D.ietf-quic-recovery` → `reference.I-D.ietf-quic-recovery.xml`
 * (and the `draft-` form), `DOI.10.1145/2975159` → `reference.DOI.10.1145_2975159.xml`.
 */
export function libraryFileNames(name: string): string[] {
  let m = /^(RFC|BCP|STD|FYI)[.\s-]?0*(\d+)$/i.exec(name);
  if (m) {
    const series = m[1].toUpperCase();
    const n = m[2];
    return [...new Set([`reference.${series}.${n.padStart(4, '0')}.xml`, `reference.${series}.${n}.xml`])];
  }
  m = /^I-D\.(.+)$/.exec(name);
  if (m) {
    const rest = m[1];
    return rest.startsWith('draft-')
      ? [`reference.I-D.${rest}.xml`, `reference.I-D.${rest.slice(6)}.xml`]
      : [`reference.I-D.${rest}.xml`, `reference.I-D.draft-${rest}.xml`];
  }
  m = /^([A-Za-z0-9]+)\.(.+)$/.exec(name);
  if (m) return [`reference.${m[1]}.${m[2].replace(/\//g, '_')}.xml`];
  return [`reference.${name.replace(/\//g, '_')}.xml`];
}

/** Whether a name looks like one of the citation libraries' (so a miss is worth reporting as such). */
export function isLibraryName(name: string): boolean {
  return /^(RFC|BCP|STD|FYI)\d+$/i.test(name) || /^(I-D|W3C|DOI|IEEE|3GPP|IANA|ANSI|ISO|ITU|CCITT|NIST)\./.test(name);
}

/** `…/bibxml/reference.RFC.2119.xml` → `RFC2119`; `…/reference.I-D.x.xml` → `I-D.x`; DOIs keep their `/`. */
export function libraryNameOf(href: string): string | undefined {
  const m = /reference\.([A-Za-z0-9-]+)\.(.+?)\.xml(?:[?#].*)?$/.exec(href.replace(/^.*?\/(?=reference\.)/, ''));
  if (!m) return undefined;
  if (/^(RFC|BCP|STD|FYI)$/.test(m[1])) return `${m[1]}${Number(m[2])}`;
  return `${m[1]}.${m[2]}`;
}

/** What kind of entry a library name is, for freshness: RFC-like entries rarely change, drafts often. */
export type LibraryKind = 'RFC' | 'I-D' | 'other';

export function libraryKind(name: string): LibraryKind {
  if (/^(RFC|BCP|STD|FYI)[.\s-]?\d+$/i.test(name)) return 'RFC';
  if (/^I-D\./.test(name)) return 'I-D';
  return 'other';
}

/**
 * The folder of the IETF bibliography service (bib.ietf.org, and xml2rfc's old layout) that
 * serves each library: `bibxml` RFCs, `bibxml2` other standards bodies, `bibxml3` drafts,
 * `bibxml4` W3C, `bibxml5` 3GPP, `bibxml6` IEEE, `bibxml7` DOI, `bibxml8` IANA, `bibxml9` the
 * BCP, STD and FYI sub-series, `bibxml-nist` NIST.
 */
const LIBRARY_FOLDERS: Record<string, string> = {
  RFC: 'bibxml', BCP: 'bibxml9', STD: 'bibxml9', FYI: 'bibxml9', 'I-D': 'bibxml3', W3C: 'bibxml4', '3GPP': 'bibxml5',
  IEEE: 'bibxml6', DOI: 'bibxml7', IANA: 'bibxml8', NIST: 'bibxml-nist', ANSI: 'bibxml2', CCITT: 'bibxml2', ISO: 'bibxml2', ITU: 'bibxml2',
};

/**
 * Where the bibliography service at `server` (e.g. `https://bib.ietf.org/public/rfc/`) serves
 * a library name's entry, or undefined for a name that is no library's. `RFC2119` →
 * `…/bibxml/reference.RFC.2119.xml`; `I-D.ietf-quic-recovery` (latest revision) and
 * `I-D.draft-ietf-quic-recovery-34` (that one) → `…/bibxml3/reference.I-D.….xml`; a DOI keeps its `/`.
 */
export function libraryUrl(name: string, server: string): string | undefined {
  const base = server.endsWith('/') ? server : `${server}/`;
  let m = /^(RFC|BCP|STD|FYI)[.\s-]?0*(\d+)$/i.exec(name);
  if (m) {
    const series = m[1].toUpperCase();
    // The RFC folder names files with at least four digits; the sub-series folder too.
    return `${base}${LIBRARY_FOLDERS[series]}/reference.${series}.${m[2].padStart(4, '0')}.xml`;
  }
  m = /^(I-D|W3C|3GPP|IEEE|DOI|IANA|NIST|ANSI|CCITT|ISO|ITU)\.(.+)$/.exec(name);
  // Only a DOI may hold a slash; nothing may climb out of the folder.
  if (!m || !(m[1] === 'DOI' ? /^[\w.\-/:+]+$/ : /^[\w.\-:+]+$/).test(m[2]) || m[2].includes('..')) return undefined;
  const id = m[2].split('/').map(encodeURIComponent).join('/');
  return `${base}${LIBRARY_FOLDERS[m[1]]}/reference.${m[1]}.${id}.xml`;
}
