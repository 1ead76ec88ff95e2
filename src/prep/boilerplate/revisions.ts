import { isBefore, type CalendarDate } from './calendar.js';

/*
 * Two kinds of dates choose the text.
 *
 * The document date decides which Trust Legal Provisions apply and which URL scheme the
 * boilerplate links with: those are facts about the document.
 *
 * The prep date decides which revision of the texts and markup the RFC Editor's tool wrote:
 * a published RFC keeps the boilerplate of the day it was prepped. These revisions are the
 * xml2rfc releases that changed the boilerplate (dates from its CHANGELOG); only reproducing
 * an RFC prepped in 2019–2021 needs them.
 */

function day(year: number, month: number, d: number): CalendarDate {
  return { year, month, day: d };
}

/** TLP 2.0 (RFC 5378 rights, February 2009): the earliest provisions prep can write. */
export const TLP_2_0_EFFECTIVE = day(2009, 2, 15);
/** TLP 3.0 added the Code Components sentence (Simplified BSD License). */
export const TLP_3_0_EFFECTIVE = day(2009, 9, 12);
/**
 * TLP 4.0 put the license URL before "in effect on the date of publication" and dropped the
 * Code Components sentence for non-IETF streams. TLP 5.0 (2015) kept the wording.
 */
export const TLP_4_0_EFFECTIVE = day(2009, 12, 28);
/** The RFC Editor's switch to https URLs in the boilerplate. */
export const HTTPS_SINCE = day(2017, 8, 21);

/** Which TLP text applies to a document of this date; undefined before TLP 2.0. */
export type TlpText = '2.0' | '3.0' | '4.0';

export function tlpText(documentDate: CalendarDate): TlpText | undefined {
  if (isBefore(documentDate, TLP_2_0_EFFECTIVE)) return undefined;
  if (isBefore(documentDate, TLP_3_0_EFFECTIVE)) return '2.0';
  if (isBefore(documentDate, TLP_4_0_EFFECTIVE)) return '3.0';
  return '4.0';
}

/** "http" or "https" for the boilerplate's links, by document date. */
export function urlScheme(documentDate: CalendarDate): 'http' | 'https' {
  return isBefore(documentDate, HTTPS_SINCE) ? 'http' : 'https';
}

/**
 * The earliest prep date modelled: xml2rfc 2.34.0 (2019-10-23) moved the Table of Contents
 * out of `<boilerplate>` and gave `<eref>` its `brackets` attribute. Earlier prepped files
 * (the corpus's unicode.prepped.xml, 2018) have neither and link nothing.
 */
export const EARLIEST_PREP_DATE = day(2019, 10, 23);

/** xml2rfc 2.40.0: the license URL of non-IETF copyright notices became an `<eref>` too. */
const ALTERNATE_STREAM_EREF_SINCE = day(2020, 2, 18);
/** xml2rfc 3.0.0: `<t>` gained `indent`, and prep writes its default "0". */
const PARAGRAPH_INDENT_SINCE = day(2020, 9, 2);
/**
 * xml2rfc 3.9.0 applied RFC 7841 erratum 5258 to the IRTF texts: "are not candidates"
 * where some variants said "are not a candidate".
 */
const IRTF_ERRATUM_5258_SINCE = day(2021, 6, 25);
/**
 * xml2rfc 3.11.0: "Revised BSD License" where TLP 5.0 said "Simplified BSD License", after
 * the IETF Trust's clerical correction of TLP 5.0 (21 September 2021). The correction was
 * not limited to new documents, so the current text says "Revised" whatever the date.
 */
const REVISED_BSD_SINCE = day(2021, 10, 29);

/** What the tool of a given prep date wrote differently from today's. */
export interface ToolRevision {
  /** Non-IETF copyright notices link the license URL (else plain text). */
  alternateStreamLicenseEref: boolean;
  /** `<t indent="0">`. */
  paragraphIndent: boolean;
  /** IRTF texts follow erratum 5258 throughout. */
  irtfErratum5258: boolean;
  /** "Revised BSD License" (else "Simplified BSD License"). */
  revisedBsdLicense: boolean;
}

/** The revision current on `prepDate`; the latest when no date is given. */
export function toolRevision(prepDate?: CalendarDate): ToolRevision {
  const since = (d: CalendarDate): boolean => !prepDate || !isBefore(prepDate, d);
  return {
    alternateStreamLicenseEref: since(ALTERNATE_STREAM_EREF_SINCE),
    paragraphIndent: since(PARAGRAPH_INDENT_SINCE),
    irtfErratum5258: since(IRTF_ERRATUM_5258_SINCE),
    revisedBsdLicense: since(REVISED_BSD_SINCE),
  };
}
