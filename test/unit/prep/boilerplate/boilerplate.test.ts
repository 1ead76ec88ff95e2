/**
 * The boilerplate's rules beyond what the corpus shows: the RFC 7841 texts of every stream
 * and category, the TLP versions, the restricted ipr values, the date arithmetic, and the
 * errors for documents no boilerplate fits. Expected texts are the published ones (RFC 7841
 * as amended by erratum 5258, TLP §6), written out in full.
 */
import { strict as assert } from 'node:assert';
import {
  boilerplate, BoilerplateError, boilerplateInputFromRfc, draftExpiry, expirySentence, formatDate, parseMonth,
  type BoilerplateInput, type BoilerplateOptions,
} from '../../../../src/prep/boilerplate/index.js';
import { childElements, el, text, textContent, type RfcElement } from '../../../../src/tree/nodes.js';

/** The paragraphs of section `n` (1: status, 2: copyright) as whitespace-normalised text. */
function paragraphs(bp: RfcElement | null, n: 1 | 2): string[] {
  assert.ok(bp);
  const section = childElements(bp, 'section')[n - 1];
  return childElements(section, 't').map((t) => {
    // An <eref> with no content is rendered as its target.
    const flat = t.children.map((c) => (c.type === 'element' && c.name === 'eref' ? c.attributes.target : textContent(c))).join('');
    return flat.replace(/\s+/g, ' ').trim();
  });
}

const RFC: BoilerplateInput = { ipr: 'trust200902', number: '9999', date: { year: 2024, month: 5 } };
const DRAFT: BoilerplateInput = { ipr: 'trust200902', docName: 'draft-x-00', date: { year: 2024, month: 5, day: 10 } };

function status(input: Partial<BoilerplateInput>, options?: BoilerplateOptions): string[] {
  return paragraphs(boilerplate({ ...RFC, ...input }, options), 1);
}

function throwsRule(fn: () => unknown, ruleId: string): void {
  assert.throws(fn, (e: unknown) => e instanceof BoilerplateError && e.ruleId === ruleId);
}

const RFC7841 = 'see Section 2 of RFC 7841.';
const IRTF = 'This document is a product of the Internet Research Task Force (IRTF). The IRTF publishes the results of Internet-related research and development activities. These results might not be suitable for deployment.';

describe('prep boilerplate: Status of This Memo for RFCs (RFC 7841)', function () {
  const cases: Array<[string, Partial<BoilerplateInput>, string, string]> = [
    ['IETF exp without consensus', { submissionType: 'IETF', category: 'exp', consensus: false },
      'This document is not an Internet Standards Track specification; it is published for examination, experimental implementation, and evaluation.',
      `This document defines an Experimental Protocol for the Internet community. This document is a product of the Internet Engineering Task Force (IETF). It has been approved for publication by the Internet Engineering Steering Group (IESG). Not all documents approved by the IESG are candidates for any level of Internet Standard; ${RFC7841}`],
    ['IETF historic with consensus', { submissionType: 'IETF', category: 'historic', consensus: true },
      'This document is not an Internet Standards Track specification; it is published for the historical record.',
      `This document defines a Historic Document for the Internet community. This document is a product of the Internet Engineering Task Force (IETF). It represents the consensus of the IETF community. It has received public review and has been approved for publication by the Internet Engineering Steering Group (IESG). Not all documents approved by the IESG are candidates for any level of Internet Standard; ${RFC7841}`],
    ['IETF info without consensus', { category: 'info', consensus: false },
      'This document is not an Internet Standards Track specification; it is published for informational purposes.',
      `This document is a product of the Internet Engineering Task Force (IETF). It has been approved for publication by the Internet Engineering Steering Group (IESG). Not all documents approved by the IESG are candidates for any level of Internet Standard; ${RFC7841}`],
    ['IAB historic without consensus', { submissionType: 'IAB', category: 'historic', consensus: false },
      'This document is not an Internet Standards Track specification; it is published for the historical record.',
      `This document defines a Historic Document for the Internet community. This document is a product of the Internet Architecture Board (IAB) and represents information that the IAB has deemed valuable to provide for permanent record. Documents approved for publication by the IAB are not candidates for any level of Internet Standard; ${RFC7841}`],
    ['IAB info without consensus', { submissionType: 'IAB', category: 'info', consensus: false },
      'This document is not an Internet Standards Track specification; it is published for informational purposes.',
      `This document is a product of the Internet Architecture Board (IAB) and represents information that the IAB has deemed valuable to provide for permanent record. Documents approved for publication by the IAB are not candidates for any level of Internet Standard; ${RFC7841}`],
    ['IRTF exp without a research group', { submissionType: 'IRTF', category: 'exp' },
      'This document is not an Internet Standards Track specification; it is published for examination, experimental implementation, and evaluation.',
      `This document defines an Experimental Protocol for the Internet community. ${IRTF} Documents approved for publication by the IRSG are not candidates for any level of Internet Standard; ${RFC7841}`],
    ['IRTF info, individual opinions', { submissionType: 'IRTF', category: 'info', consensus: false, workgroup: 'Crypto Forum' },
      'This document is not an Internet Standards Track specification; it is published for informational purposes.',
      `${IRTF} This RFC represents the individual opinion(s) of one or more members of the Crypto Forum Research Group of the Internet Research Task Force (IRTF). Documents approved for publication by the IRSG are not candidates for any level of Internet Standard; ${RFC7841}`],
    ['IRTF historic with group consensus', { submissionType: 'IRTF', category: 'historic', consensus: true, workgroup: 'Delay-Tolerant Networking' },
      'This document is not an Internet Standards Track specification; it is published for the historical record.',
      `This document defines a Historic Document for the Internet community. ${IRTF} This RFC represents the consensus of the Delay-Tolerant Networking Research Group of the Internet Research Task Force (IRTF). Documents approved for publication by the IRSG are not candidates for any level of Internet Standard; ${RFC7841}`],
    ['independent info (consensus ignored)', { submissionType: 'independent', category: 'info', consensus: true },
      'This document is not an Internet Standards Track specification; it is published for informational purposes.',
      `This is a contribution to the RFC Series, independently of any other RFC stream. The RFC Editor has chosen to publish this document at its discretion and makes no statement about its value for implementation or deployment. Documents approved for publication by the RFC Editor are not candidates for any level of Internet Standard; ${RFC7841}`],
    ['independent historic', { submissionType: 'independent', category: 'historic' },
      'This document is not an Internet Standards Track specification; it is published for the historical record.',
      `This document defines a Historic Document for the Internet community. This is a contribution to the RFC Series, independently of any other RFC stream. The RFC Editor has chosen to publish this document at its discretion and makes no statement about its value for implementation or deployment. Documents approved for publication by the RFC Editor are not candidates for any level of Internet Standard; ${RFC7841}`],
  ];
  for (const [title, input, first, second] of cases) {
    it(title, function () {
      assert.deepEqual(status(input), [first, second,
        'Information about the current status of this document, any errata, and how to provide feedback on it may be obtained at https://www.rfc-editor.org/info/rfc9999.']);
    });
  }

  it('writes the older IRTF wording ("not a candidate") for RFCs prepped before erratum 5258 was applied', function () {
    const before = { prepDate: { year: 2021, month: 6, day: 24 } };
    const group = { submissionType: 'IRTF', workgroup: 'Crypto Forum' };
    assert.match(status({ ...group, category: 'info', consensus: false }, before)[1], /IRSG are not a candidate for/);
    assert.match(status({ ...group, category: 'historic', consensus: true }, before)[1], /IRSG are not a candidate for/);
    // The old Experimental individual-opinion text and the texts without a group had the plural.
    assert.match(status({ ...group, category: 'exp', consensus: false }, before)[1], /IRSG are not candidates for/);
    assert.match(status({ submissionType: 'IRTF', category: 'info' }, before)[1], /IRSG are not candidates for/);
    assert.match(status({ ...group, category: 'info', consensus: false }, { prepDate: { year: 2021, month: 6, day: 25 } })[1],
      /IRSG are not candidates for/);
  });

  it('links the RFC info page with http for documents dated before 21 August 2017', function () {
    const input = { category: 'std', consensus: true };
    assert.match(status({ ...input, date: { year: 2017, month: 8, day: 20 } })[2], /at http:\/\/www\.rfc-editor\.org\/info\/rfc9999\.$/);
    assert.match(status({ ...input, date: { year: 2017, month: 8, day: 21 } })[2], /at https:\/\/www\.rfc-editor\.org\/info\/rfc9999\.$/);
  });
});

describe('prep boilerplate: Status of This Memo for Internet-Drafts', function () {
  it('is the I-D text with the expiry 185 days after the document date, whatever the stream', function () {
    const expected = [
      'This Internet-Draft is submitted in full conformance with the provisions of BCP 78 and BCP 79.',
      'Internet-Drafts are working documents of the Internet Engineering Task Force (IETF). Note that other groups may also distribute working documents as Internet-Drafts. The list of current Internet-Drafts is at https://datatracker.ietf.org/drafts/current/.',
      'Internet-Drafts are draft documents valid for a maximum of six months and may be updated, replaced, or obsoleted by other documents at any time. It is inappropriate to use Internet-Drafts as reference material or to cite them other than as "work in progress."',
      'This Internet-Draft will expire on 11 November 2024.',
    ];
    assert.deepEqual(paragraphs(boilerplate(DRAFT), 1), expected);
    assert.deepEqual(paragraphs(boilerplate({ ...DRAFT, submissionType: 'IRTF', category: 'exp' }), 1), expected);
  });

  it('writes the legacy date format on request, and an imposed expiry date', function () {
    assert.equal(paragraphs(boilerplate(DRAFT, { legacyDateFormat: true }), 1)[3], 'This Internet-Draft will expire on November 11, 2024.');
    assert.equal(paragraphs(boilerplate({ ...DRAFT, expires: { year: 2025, month: 1, day: 2 } }), 1)[3],
      'This Internet-Draft will expire on 2 January 2025.');
  });
});

describe('prep boilerplate: Copyright Notice (Trust Legal Provisions)', function () {
  const subject = 'This document is subject to BCP 78 and the IETF Trust\'s Legal Provisions Relating to IETF Documents';
  const review = 'Please review these documents carefully, as they describe your rights and restrictions with respect to this document.';

  it('gives the IETF stream the Code Components sentence (Revised BSD License), other streams not', function () {
    assert.deepEqual(paragraphs(boilerplate(DRAFT), 2), [
      'Copyright (c) 2024 IETF Trust and the persons identified as the document authors. All rights reserved.',
      `${subject} (https://trustee.ietf.org/license-info) in effect on the date of publication of this document. ${review} Code Components extracted from this document must include Revised BSD License text as described in Section 4.e of the Trust Legal Provisions and are provided without warranty as described in the Revised BSD License.`,
    ]);
    assert.deepEqual(paragraphs(boilerplate({ ...DRAFT, submissionType: 'IAB' }), 2)[1],
      `${subject} (https://trustee.ietf.org/license-info) in effect on the date of publication of this document. ${review}`);
  });

  it('says "Simplified BSD License" when prepped before xml2rfc adopted the TLP 5.0 correction', function () {
    assert.match(paragraphs(boilerplate(DRAFT, { prepDate: { year: 2021, month: 10, day: 28 } }), 2)[1],
      /must include Simplified BSD License text .* as described in the Simplified BSD License\.$/);
  });

  it('writes TLP 3.0 for documents dated from 12 September to 27 December 2009', function () {
    const tlp3 = `${subject} (http://trustee.ietf.org/license-info) in effect on the date of publication of this document. ${review} Code Components extracted from this document must include Simplified BSD License text as described in Section 4.e of the Trust Legal Provisions and are provided without warranty as described in the BSD License.`;
    assert.equal(paragraphs(boilerplate({ ...DRAFT, date: { year: 2009, month: 9, day: 12 } }), 2)[1], tlp3);
    assert.equal(paragraphs(boilerplate({ ...DRAFT, submissionType: 'independent', date: { year: 2009, month: 12, day: 27 } }), 2)[1], tlp3);
    assert.match(paragraphs(boilerplate({ ...DRAFT, date: { year: 2009, month: 12, day: 28 } }), 2)[1], /\(http:\/\/trustee\.ietf\.org\/license-info\) in effect/);
    // The TLP 3.0 and 2.0 texts write the URL in prose, not as a link.
    const tlp3bp = boilerplate({ ...DRAFT, date: { year: 2009, month: 10, day: 1 } })!;
    assert.equal(childElements(childElements(childElements(tlp3bp, 'section')[1], 't')[1], 'eref').length, 0);
  });

  it('adds the paragraph of a restricted ipr value', function () {
    assert.equal(paragraphs(boilerplate({ ...DRAFT, ipr: 'noModificationTrust200902' }), 2)[2],
      'This document may not be modified, and derivative works of it may not be created, except to format it for publication as an RFC or to translate it into languages other than English.');
    assert.equal(paragraphs(boilerplate({ ...DRAFT, ipr: 'noDerivativesTrust200902' }), 2)[2],
      'This document may not be modified, and derivative works of it may not be created, and it may not be published except as an Internet-Draft.');
    assert.equal(paragraphs(boilerplate(DRAFT), 2).length, 2);
  });
});

describe('prep boilerplate: markup', function () {
  it('numbers sections and paragraphs as prep does, or leaves that to a later step', function () {
    const bp = boilerplate(DRAFT)!;
    const [statusSection, copyright] = childElements(bp, 'section');
    assert.deepEqual(statusSection.attributes, { anchor: 'status-of-memo', numbered: 'false', removeInRFC: 'false', toc: 'exclude', pn: 'section-boilerplate.1' });
    assert.deepEqual(copyright.attributes, { anchor: 'copyright', numbered: 'false', removeInRFC: 'false', toc: 'exclude', pn: 'section-boilerplate.2' });
    assert.deepEqual(childElements(copyright, 't').map((t) => t.attributes), [
      { indent: '0', pn: 'section-boilerplate.2-1' }, { indent: '0', pn: 'section-boilerplate.2-2' }]);
    assert.equal(childElements(copyright, 'name')[0].attributes.slugifiedName, 'name-copyright-notice');
    const bare = boilerplate(DRAFT, { numbering: false })!;
    const [s] = childElements(bare, 'section');
    assert.equal(s.attributes.pn, undefined);
    assert.deepEqual(childElements(s, 'name')[0].attributes, {});
    assert.deepEqual(childElements(s, 't')[0].attributes, { indent: '0' });
  });

  it('writes links as empty <eref brackets="none">', function () {
    const t = childElements(childElements(boilerplate(DRAFT)!, 'section')[0], 't')[1];
    assert.deepEqual(t.children[1], el('eref', { target: 'https://datatracker.ietf.org/drafts/current/', brackets: 'none' }));
  });

  it('has no boilerplate for ipr="none"', function () {
    assert.equal(boilerplate({ ...DRAFT, ipr: 'none' }), null);
  });
});

describe('prep boilerplate: documents no boilerplate fits', function () {
  it('refuses unknown and pre-TLP-2.0 ipr values, and dates before TLP 2.0', function () {
    throwsRule(() => boilerplate({ ...DRAFT, ipr: 'trust200811' }), 'boilerplate-ipr');
    throwsRule(() => boilerplate({ ...DRAFT, ipr: '' }), 'boilerplate-ipr');
    throwsRule(() => boilerplate({ ...DRAFT, date: { year: 2009, month: 2, day: 14 } }), 'boilerplate-date');
    throwsRule(() => boilerplate({ ...DRAFT, date: { year: 2024, month: 2, day: 30 } }), 'boilerplate-date');
  });

  it('needs consensus for IETF and IAB RFCs and IRTF RFCs of a research group', function () {
    throwsRule(() => status({ category: 'info' }), 'boilerplate-consensus-missing');
    throwsRule(() => status({ submissionType: 'IAB', category: 'info' }), 'boilerplate-consensus-missing');
    throwsRule(() => status({ submissionType: 'IRTF', category: 'info', workgroup: 'Crypto Forum' }), 'boilerplate-consensus-missing');
    throwsRule(() => status({ submissionType: 'IRTF', category: 'info', consensus: true, workgroup: ' ' }), 'boilerplate-research-group-missing');
  });

  it('refuses stream and category combinations RFC 7841 has no text for', function () {
    throwsRule(() => status({ category: 'std', consensus: false }), 'boilerplate-combination');
    throwsRule(() => status({ submissionType: 'IAB', category: 'exp', consensus: true }), 'boilerplate-combination');
    throwsRule(() => status({ submissionType: 'editorial', category: 'bcp' }), 'boilerplate-combination');
    throwsRule(() => status({ submissionType: 'independent', category: 'std' }), 'boilerplate-combination');
    throwsRule(() => status({ category: undefined }), 'boilerplate-category');
    throwsRule(() => status({ submissionType: 'ISE', category: 'info' }), 'boilerplate-stream');
    throwsRule(() => status({ number: 'RFC9999', category: 'info', consensus: true }), 'boilerplate-number');
  });

  it('does not model prep dates before xml2rfc 2.34.0', function () {
    throwsRule(() => boilerplate(DRAFT, { prepDate: { year: 2019, month: 10, day: 22 } }), 'boilerplate-prep-date');
  });
});

describe('prep boilerplate: dates', function () {
  it('expires 185 days after the document date, a missing day counting as the 1st', function () {
    assert.deepEqual(draftExpiry({ year: 2009, month: 8, day: 29 }), { year: 2010, month: 3, day: 2 });
    assert.deepEqual(draftExpiry({ year: 2013, month: 1 }), { year: 2013, month: 7, day: 5 });
    assert.deepEqual(draftExpiry({ year: 2024, month: 1, day: 1 }), { year: 2024, month: 7, day: 4 });
    assert.deepEqual(draftExpiry({ year: 2022, month: 9, day: 1 }), { year: 2023, month: 3, day: 5 });
  });

  it('formats dates as "2 March 2010", or "March 2, 2010" in the legacy format', function () {
    assert.equal(formatDate({ year: 2010, month: 3, day: 2 }), '2 March 2010');
    assert.equal(formatDate({ year: 2010, month: 3, day: 2 }, true), 'March 2, 2010');
    assert.equal(expirySentence({ year: 2010, month: 3, day: 2 }), 'This Internet-Draft will expire on 2 March 2010.');
    assert.equal(expirySentence({ year: 2010, month: 3, day: 2 }, true), 'This Internet-Draft will expire on March 2, 2010.');
  });

  it('reads month names, their three-letter prefixes and numbers', function () {
    assert.equal(parseMonth('November'), 11);
    assert.equal(parseMonth('sep'), 9);
    assert.equal(parseMonth('03'), 3);
    assert.equal(parseMonth('Ma'), undefined);
    assert.equal(parseMonth('13'), undefined);
  });
});

describe('prep boilerplate: reading the input from <rfc>', function () {
  const rfc = (attributes: Record<string, string>, front: RfcElement[]): RfcElement => el('rfc', attributes, [el('front', {}, front)]);

  it('takes the attributes, the front date with a month name, and the first workgroup', function () {
    const input = boilerplateInputFromRfc(rfc(
      { ipr: 'trust200902', submissionType: 'IRTF', category: 'info', consensus: 'yes', number: '8937', docName: 'draft-irtf-x-14' },
      [el('title', {}, [text('T')]), el('date', { month: 'October', year: '2020' }), el('workgroup', {}, [text(' Crypto Forum ')]), el('workgroup', {}, [text('Other')])],
    ));
    assert.deepEqual(input, {
      ipr: 'trust200902', submissionType: 'IRTF', category: 'info', consensus: true, docName: 'draft-irtf-x-14',
      number: '8937', workgroup: 'Crypto Forum', date: { year: 2020, month: 10 },
    });
    assert.equal(boilerplateInputFromRfc(rfc({ ipr: 'trust200902', consensus: 'no' }, [el('date', { year: '2020', month: '1' })])).consensus, false);
  });

  it('completes a date without month from today, and refuses to guess without it', function () {
    const doc = rfc({ ipr: 'trust200902' }, [el('date', { year: '2024' })]);
    assert.deepEqual(boilerplateInputFromRfc(doc, { year: 2024, month: 6, day: 7 }).date, { year: 2024, month: 6, day: 7 });
    throwsRule(() => boilerplateInputFromRfc(doc), 'boilerplate-date');
    throwsRule(() => boilerplateInputFromRfc(rfc({ ipr: 'trust200902' }, [el('date', { year: '2024', month: 'Smarch' })])), 'boilerplate-date');
  });
});
