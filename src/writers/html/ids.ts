/**
 * The HTML id of a prep `pn`, as xml2rfc's HTML names it (RFC 7992 §5): appendix ids read
 * `appendix-A.1-2` where the pn reads `section-appendix.a.1-2`; every other pn is its own id.
 */
export function htmlId(pn: string): string {
  // Older preps (RFCs published before xml2rfc 3.x settled) wrote `section-a.1` for Appendix A.1.
  const m = /^section-appendix\.([a-z]+)(.*)$/.exec(pn) ?? /^section-([a-z])((?:\.[0-9]+)+(?:-.*)?)$/.exec(pn);
  return m ? `appendix-${m[1].toUpperCase()}${m[2]}` : pn;
}
