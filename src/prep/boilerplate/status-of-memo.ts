import type { Paragraph } from './markup.js';
import type { ToolRevision } from './revisions.js';
import { BoilerplateError, type Category, type Stream } from './types.js';

/*
 * "Status of This Memo": for an Internet-Draft the I-D text (its first sentence is TLP §6.a);
 * for an RFC the three paragraphs of RFC 7841, as the IAB's headers-and-boilerplates page
 * states them today (RFC 7841 with erratum 5258, and RFC 9280's update of RFC 7841 for the
 * Editorial stream). Paragraph 2 is composed of the sentences RFC 7841 defines for each
 * stream; the tests hold the composed texts against the published ones.
 */

/**
 * The I-D status paragraphs, the last being the expiry sentence. xml2rfc writes them for
 * every document date, though under TLP 3.0 (12 September to 27 December 2009) the first
 * sentence read "submitted to IETF in full conformance"; so do we.
 */
export function draftStatusOfMemo(scheme: string, expiry: string): Paragraph[] {
  return [
    ['This Internet-Draft is submitted in full conformance with the provisions of BCP 78 and BCP 79.'],
    [
      'Internet-Drafts are working documents of the Internet Engineering Task Force (IETF). '
        + 'Note that other groups may also distribute working documents as Internet-Drafts. '
        + 'The list of current Internet-Drafts is at ',
      { eref: `${scheme}://datatracker.ietf.org/drafts/current/` },
      '.',
    ],
    [
      'Internet-Drafts are draft documents valid for a maximum of six months and may be updated, '
        + 'replaced, or obsoleted by other documents at any time. It is inappropriate to use '
        + 'Internet-Drafts as reference material or to cite them other than as "work in progress."',
    ],
    [expiry],
  ];
}

/** RFC 7841, paragraph 1: what kind of document this is. */
const FIRST_PARAGRAPH: Record<Category, string> = {
  std: 'This is an Internet Standards Track document.',
  bcp: 'This memo documents an Internet Best Current Practice.',
  exp: 'This document is not an Internet Standards Track specification; it is published for '
    + 'examination, experimental implementation, and evaluation.',
  historic: 'This document is not an Internet Standards Track specification; it is published for '
    + 'the historical record.',
  info: 'This document is not an Internet Standards Track specification; it is published for '
    + 'informational purposes.',
};

/** RFC 7841, paragraph 2: Experimental and Historic documents open it with this. */
const DEFINES: Partial<Record<Category, string>> = {
  exp: 'This document defines an Experimental Protocol for the Internet community.',
  historic: 'This document defines a Historic Document for the Internet community.',
};

/**
 * The categories each stream publishes. Standards Track and BCP are IETF-only, the Editorial
 * stream publishes only Informational documents (RFC 9280), and xml2rfc knows no
 * Experimental IAB text.
 */
const CATEGORIES: Record<Stream, readonly Category[]> = {
  IETF: ['std', 'bcp', 'exp', 'historic', 'info'],
  IAB: ['historic', 'info'],
  IRTF: ['exp', 'historic', 'info'],
  independent: ['exp', 'historic', 'info'],
  editorial: ['info'],
};

export interface RfcStatusInput {
  stream: Stream;
  category: Category;
  /** Undefined when the attribute is absent. */
  consensus: boolean | undefined;
  /** The IRTF research group's name; undefined when there is no `<workgroup>`. */
  group: string | undefined;
  number: string;
  scheme: string;
}

function requireConsensus(input: RfcStatusInput): boolean {
  if (input.consensus === undefined) {
    throw new BoilerplateError('boilerplate-consensus-missing',
      `An RFC of the ${input.stream} stream needs <rfc consensus="true|false"> to choose its "Status of This `
        + 'Memo" text.',
      'Set consensus="true" if the document represents the consensus of its stream\'s body, else "false".');
  }
  return input.consensus;
}

/** Sentences joined with single spaces, leaving out the ones that do not apply. */
function sentences(...parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => !!p).join(' ');
}

const SEE_RFC_7841 = 'see Section 2 of RFC 7841.';

/** Paragraph 2 for the IETF stream. */
const IETF = {
  product: 'This document is a product of the Internet Engineering Task Force (IETF).',
  consensus: 'It represents the consensus of the IETF community. It has received public review and has been '
    + 'approved for publication by the Internet Engineering Steering Group (IESG).',
  approved: 'It has been approved for publication by the Internet Engineering Steering Group (IESG).',
  std: 'Further information on Internet Standards is available in Section 2 of RFC 7841.',
  bcp: 'Further information on BCPs is available in Section 2 of RFC 7841.',
  other: `Not all documents approved by the IESG are candidates for any level of Internet Standard; ${SEE_RFC_7841}`,
};

/** Paragraph 2 for the IAB stream. */
const IAB = {
  product: 'This document is a product of the Internet Architecture Board (IAB) and represents information that '
    + 'the IAB has deemed valuable to provide for permanent record.',
  consensus: 'It represents the consensus of the Internet Architecture Board (IAB).',
  closing: `Documents approved for publication by the IAB are not candidates for any level of Internet Standard; ${SEE_RFC_7841}`,
};

/** Paragraph 2 for the IRTF stream (`group` is the research group's name). */
const IRTF = {
  product: 'This document is a product of the Internet Research Task Force (IRTF). The IRTF publishes the results '
    + 'of Internet-related research and development activities. These results might not be suitable for deployment.',
  consensus: (group: string) => `This RFC represents the consensus of the ${group} Research Group of the Internet `
    + 'Research Task Force (IRTF).',
  opinions: (group: string) => 'This RFC represents the individual opinion(s) of one or more members of the '
    + `${group} Research Group of the Internet Research Task Force (IRTF).`,
  closing: (candidates: string) => `Documents approved for publication by the IRSG are not ${candidates} for any `
    + `level of Internet Standard; ${SEE_RFC_7841}`,
};

/** Paragraph 2 for the Independent Submission stream. */
const INDEPENDENT = 'This is a contribution to the RFC Series, independently of any other RFC stream. The RFC Editor '
  + 'has chosen to publish this document at its discretion and makes no statement about its value for '
  + 'implementation or deployment. Documents approved for publication by the RFC Editor are not candidates for any '
  + `level of Internet Standard; ${SEE_RFC_7841}`;

/** Paragraph 2 for the Editorial stream (RFC 9280). */
const EDITORIAL = 'This document is a product of the RFC Series Policy Definition Process. It represents the '
  + 'consensus of the RFC Series Working Group approved by the RFC Series Approval Board. Such documents are not '
  + `candidates for any level of Internet Standard; ${SEE_RFC_7841}`;

/** Paragraph 2: who produced the document and with what consensus. */
function secondParagraph(input: RfcStatusInput, revision: ToolRevision): string {
  const { stream, category } = input;
  const defines = DEFINES[category];
  switch (stream) {
    case 'IETF': {
      const consensus = requireConsensus(input);
      if ((category === 'std' || category === 'bcp') && !consensus) {
        throw new BoilerplateError('boilerplate-combination',
          `An IETF ${category === 'std' ? 'Standards Track' : 'BCP'} RFC always has IETF consensus, but consensus="false".`,
          'Set consensus="true".');
      }
      const closing = category === 'std' ? IETF.std : category === 'bcp' ? IETF.bcp : IETF.other;
      return sentences(defines, IETF.product, consensus ? IETF.consensus : IETF.approved, closing);
    }
    case 'IAB':
      return sentences(defines, IAB.product, requireConsensus(input) ? IAB.consensus : undefined, IAB.closing);
    case 'IRTF': {
      // Without a research group there is no group consensus to state (xml2rfc's "n/a").
      if (input.group === undefined) return sentences(defines, IRTF.product, IRTF.closing('candidates'));
      if (!input.group.trim()) {
        throw new BoilerplateError('boilerplate-research-group-missing',
          'An IRTF RFC with a <workgroup> element needs the research group\'s name in it.',
          'Write the group\'s name, e.g. <workgroup>Crypto Forum</workgroup>.');
      }
      const consensus = requireConsensus(input);
      // Before erratum 5258 was applied, the group variants said "not a candidate": all but
      // the Experimental individual-opinion one, which already had the plural.
      const singular = !revision.irtfErratum5258 && !(category === 'exp' && !consensus);
      return sentences(defines, IRTF.product, consensus ? IRTF.consensus(input.group) : IRTF.opinions(input.group),
        IRTF.closing(singular ? 'a candidate' : 'candidates'));
    }
    case 'independent':
      return sentences(defines, INDEPENDENT);
    case 'editorial':
      return EDITORIAL;
  }
}

/** The RFC status paragraphs; the third links the RFC's info page. */
export function rfcStatusOfMemo(input: RfcStatusInput, revision: ToolRevision): Paragraph[] {
  if (!CATEGORIES[input.stream].includes(input.category)) {
    throw new BoilerplateError('boilerplate-combination',
      `RFC 7841 has no "Status of This Memo" text for category="${input.category}" in the ${input.stream} stream.`,
      `The ${input.stream} stream publishes: ${CATEGORIES[input.stream].join(', ')}.`);
  }
  return [
    [FIRST_PARAGRAPH[input.category]],
    [secondParagraph(input, revision)],
    [
      'Information about the current status of this document, any errata, and how to provide feedback on it may '
        + 'be obtained at ',
      { eref: `${input.scheme}://www.rfc-editor.org/info/rfc${input.number}` },
      '.',
    ],
  ];
}
