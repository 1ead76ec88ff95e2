import type { CalendarDate, DocumentDate } from './calendar.js';

/** The document streams of RFC 8729 (and the Editorial stream of RFC 9280). */
export type Stream = 'IETF' | 'IAB' | 'IRTF' | 'independent' | 'editorial';

/** `<rfc category>` values (RFC 7991). */
export type Category = 'std' | 'bcp' | 'exp' | 'info' | 'historic';

/**
 * What the boilerplate depends on, as found on `<rfc>` and in `<front>` of the document to
 * prep ({@link boilerplateInputFromRfc} reads it from a tree).
 */
export interface BoilerplateInput {
  /**
   * `<rfc ipr>`: "trust200902", "noModificationTrust200902", "noDerivativesTrust200902",
   * "pre5378Trust200902", or "none" (no boilerplate at all).
   */
  ipr: string;
  /** `<rfc submissionType>`, the stream; "IETF" when absent (the schema default). */
  submissionType?: string;
  /** `<rfc category>`; required for RFCs, unused for Internet-Drafts. */
  category?: string;
  /**
   * `<rfc consensus>` ("yes"/"no" already read as true/false). Required for RFCs of the
   * IETF and IAB streams, and for IRTF RFCs that name a research group; ignored otherwise.
   */
  consensus?: boolean;
  /** `<rfc docName>`; informational, an I-D is any document without `number`. */
  docName?: string;
  /** `<rfc number>`: its presence makes the document an RFC rather than an Internet-Draft. */
  number?: string;
  /**
   * The first `<front><workgroup>`'s text. For IRTF RFCs it names the research group (the
   * text is used as is: "Crypto Forum" gives "the Crypto Forum Research Group"); absent, the
   * status says nothing about research-group consensus (RFC 7841).
   */
  workgroup?: string;
  /** `<front><date>`: the year gives the copyright year, the whole date the TLP version. */
  date: DocumentDate;
  /**
   * The I-D's expiry date, if the caller has one to impose; by default 185 days after the
   * document date ({@link draftExpiry}).
   */
  expires?: CalendarDate;
}

/** How to write the boilerplate (not what it says about the document). */
export interface BoilerplateOptions {
  /** "will expire on March 2, 2010" instead of "2 March 2010" (xml2rfc `--legacy-date-format`). */
  legacyDateFormat?: boolean;
  /**
   * The day prep runs (`<rfc prepTime>`). It selects the revision of the texts and markup the
   * RFC Editor's tool wrote on that day, which matters only to reproduce RFCs prepped in
   * 2019–2021 (see revisions.ts); absent, the current revision is written.
   */
  prepDate?: CalendarDate;
  /**
   * Write the `pn` and `slugifiedName` attributes prep gives these sections
   * ("section-boilerplate.1-2", "name-status-of-this-memo"). Default true.
   */
  numbering?: boolean;
}

/**
 * A document whose attributes select no boilerplate (an unknown ipr, a stream/category
 * combination RFC 7841 has no text for, a date before TLP 2.0). xml2rfc stops on these;
 * `ruleId` and `hint` let the prep stage report it as a diagnostic.
 */
export class BoilerplateError extends Error {
  constructor(readonly ruleId: string, message: string, readonly hint?: string) {
    super(message);
    this.name = 'BoilerplateError';
  }
}
