import type { Paragraph } from './markup.js';
import type { TlpText, ToolRevision } from './revisions.js';

/*
 * "Copyright Notice": the notices of the IETF Trust Legal Provisions §6.b (and §6.c for the
 * restricted ipr values), in the version in effect on the document date.
 */

export interface CopyrightInput {
  /** `<rfc ipr>`, already checked to end in "trust200902" (any case). */
  ipr: string;
  /** The IETF stream gets the Code Components sentence (TLP 4.0 §6.b.i); others do not (§6.b.ii). */
  ietfStream: boolean;
  year: number;
  tlp: TlpText;
  scheme: string;
}

const REVIEW = 'Please review these documents carefully, as they describe your rights and restrictions with respect to this document.';

/** TLP §6.c: what a restricted ipr value adds after the notice. */
const RESTRICTION: Array<[prefix: string, text: string]> = [
  ['nomodification', 'This document may not be modified, and derivative works of it may not be created, '
    + 'except to format it for publication as an RFC or to translate it into languages other than English.'],
  ['noderivatives', 'This document may not be modified, and derivative works of it may not be created, '
    + 'and it may not be published except as an Internet-Draft.'],
  ['pre5378', 'This document may contain material from IETF Documents or IETF Contributions published or '
    + 'made publicly available before November 10, 2008. The person(s) controlling the copyright in some of '
    + 'this material may not have granted the IETF Trust the right to allow modifications of such material '
    + 'outside the IETF Standards Process. Without obtaining an adequate license from the person(s) '
    + 'controlling the copyright in such materials, this document may not be modified outside the IETF '
    + 'Standards Process, and derivative works of it may not be created outside the IETF Standards Process, '
    + 'except to format it for publication as an RFC or to translate it into languages other than English.'],
];

/** The second paragraph: which provisions govern the document, and the code license. */
function provisions(input: CopyrightInput, revision: ToolRevision): Paragraph {
  const subject = 'This document is subject to BCP 78 and the IETF Trust\'s Legal Provisions Relating to IETF Documents';
  if (input.tlp === '2.0') {
    // TLP 2.0 put the URL last, in prose, and had no Code Components license yet.
    return [`${subject} in effect on the date of publication of this document (http://trustee.ietf.org/license-info). ${REVIEW}`];
  }
  if (input.tlp === '3.0') {
    // TLP 3.0 named the license "Simplified BSD License", then "the BSD License", for every stream.
    return [`${subject} (http://trustee.ietf.org/license-info) in effect on the date of publication of this document. ${REVIEW} `
      + 'Code Components extracted from this document must include Simplified BSD License text as described in '
      + 'Section 4.e of the Trust Legal Provisions and are provided without warranty as described in the BSD License.'];
  }
  const url = `${input.scheme}://trustee.ietf.org/license-info`;
  const tail = ` in effect on the date of publication of this document. ${REVIEW}`;
  if (!input.ietfStream) {
    return revision.alternateStreamLicenseEref
      ? [`${subject} (`, { eref: url }, `)${tail}`]
      : [`${subject} (${url})${tail}`];
  }
  const license = revision.revisedBsdLicense ? 'Revised BSD License' : 'Simplified BSD License';
  return [`${subject} (`, { eref: url }, `)${tail} Code Components extracted from this document must include `
    + `${license} text as described in Section 4.e of the Trust Legal Provisions and are provided without warranty `
    + `as described in the ${license}.`];
}

/** The copyright notice paragraphs. */
export function copyrightNotice(input: CopyrightInput, revision: ToolRevision): Paragraph[] {
  const paragraphs: Paragraph[] = [
    [`Copyright (c) ${input.year} IETF Trust and the persons identified as the document authors. All rights reserved.`],
    provisions(input, revision),
  ];
  const ipr = input.ipr.toLowerCase();
  const restriction = RESTRICTION.find(([prefix]) => ipr.startsWith(prefix));
  if (restriction) paragraphs.push([restriction[1]]);
  return paragraphs;
}
