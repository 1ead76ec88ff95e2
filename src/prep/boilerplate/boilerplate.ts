import { el, type RfcElement } from '../../tree/nodes.js';
import { completeDate, formatDate, isBefore, isValidDate } from './calendar.js';
import { copyrightNotice } from './copyright.js';
import { draftExpiry, expirySentence } from './expiry.js';
import { boilerplateSection, type MarkupStyle, type Paragraph } from './markup.js';
import { EARLIEST_PREP_DATE, TLP_2_0_EFFECTIVE, tlpText, toolRevision, urlScheme } from './revisions.js';
import { draftStatusOfMemo, rfcStatusOfMemo } from './status-of-memo.js';
import { BoilerplateError, type BoilerplateInput, type BoilerplateOptions, type Category, type Stream } from './types.js';

const STREAMS: readonly Stream[] = ['IETF', 'IAB', 'IRTF', 'independent', 'editorial'];
const CATEGORIES: readonly Category[] = ['std', 'bcp', 'exp', 'info', 'historic'];

function stream(value: string | undefined): Stream {
  const s = value ?? 'IETF';
  if ((STREAMS as readonly string[]).includes(s)) return s as Stream;
  throw new BoilerplateError('boilerplate-stream', `Unknown submissionType "${s}".`, `Use one of ${STREAMS.join(', ')}.`);
}

function category(value: string | undefined): Category {
  if (value && (CATEGORIES as readonly string[]).includes(value)) return value as Category;
  throw new BoilerplateError('boilerplate-category',
    value ? `Unknown category "${value}".` : 'An RFC needs <rfc category> to choose its "Status of This Memo" text.',
    `Use one of ${CATEGORIES.join(', ')}.`);
}

/**
 * Checks the ipr value. Only the "…trust200902" family names provisions prep can write: the
 * "…trust200811" values and older ones predate TLP 2.0, whose notices xml2rfc's v3 prep
 * refuses to write too.
 */
function checkIpr(ipr: string): void {
  if (!ipr) {
    throw new BoilerplateError('boilerplate-ipr', 'The document has no <rfc ipr> attribute.', 'Add ipr="trust200902".');
  }
  if (!ipr.toLowerCase().endsWith('trust200902')) {
    throw new BoilerplateError('boilerplate-ipr', `Unknown or unsupported ipr="${ipr}".`,
      'Use trust200902, noModificationTrust200902, noDerivativesTrust200902 or pre5378Trust200902.');
  }
}

/**
 * The `<boilerplate>` element prep inserts into `<front>` (RFC 7998 §5.4.2): the "Status of
 * This Memo" section (RFC 7841 for RFCs, the I-D text with its expiry for Internet-Drafts)
 * and the "Copyright Notice" section (IETF Trust Legal Provisions), word for word as
 * xml2rfc's prep writes them, attributes included.
 *
 * Pure: the same input and options always give the same tree. Returns null for ipr="none",
 * which has no boilerplate; throws {@link BoilerplateError} when the attributes select no
 * text.
 */
export function boilerplate(input: BoilerplateInput, options: BoilerplateOptions = {}): RfcElement | null {
  if (input.ipr === 'none') return null;
  checkIpr(input.ipr);
  const date = completeDate(input.date);
  if (!isValidDate(date)) {
    throw new BoilerplateError('boilerplate-date', `The document date ${date.year}-${date.month}-${date.day} is not a valid date.`);
  }
  const tlp = tlpText(date);
  if (!tlp) {
    throw new BoilerplateError('boilerplate-date',
      `No copyright notice can be written for a document dated before ${formatDate(TLP_2_0_EFFECTIVE)} (TLP 2.0).`);
  }
  if (options.prepDate && isBefore(options.prepDate, EARLIEST_PREP_DATE)) {
    throw new BoilerplateError('boilerplate-prep-date',
      `Boilerplate as prepped before ${formatDate(EARLIEST_PREP_DATE)} is not modelled.`);
  }
  const revision = toolRevision(options.prepDate);
  const style: MarkupStyle = { numbering: options.numbering ?? true, paragraphIndent: revision.paragraphIndent };
  const scheme = urlScheme(date);
  const submissionType = stream(input.submissionType);

  const isRfc = input.number !== undefined && input.number !== '';
  let status: Paragraph[];
  if (isRfc) {
    const number = input.number!.trim();
    if (!/^\d+$/.test(number)) {
      throw new BoilerplateError('boilerplate-number', `Expected a numeric RFC number, found "${input.number}".`);
    }
    status = rfcStatusOfMemo({
      stream: submissionType,
      category: category(input.category),
      consensus: input.consensus,
      group: input.workgroup,
      number,
      scheme,
    }, revision);
  } else {
    const expires = input.expires ?? draftExpiry(input.date);
    status = draftStatusOfMemo(scheme, expirySentence(expires, options.legacyDateFormat));
  }
  const copyright = copyrightNotice({ ipr: input.ipr, ietfStream: submissionType === 'IETF', year: date.year, tlp, scheme }, revision);

  return el('boilerplate', {}, [
    boilerplateSection(1, 'status-of-memo', 'Status of This Memo', 'name-status-of-this-memo', status, style),
    boilerplateSection(2, 'copyright', 'Copyright Notice', 'name-copyright-notice', copyright, style),
  ]);
}
