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
