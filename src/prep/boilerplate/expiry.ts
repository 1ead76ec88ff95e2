import { addDays, completeDate, formatDate, type CalendarDate, type DocumentDate } from './calendar.js';

/**
 * How long an Internet-Draft stays valid. The I-D guidelines say six months; xml2rfc counts
 * that as 185 days from the document date (since its 2.3.10 release), so the expiry dates
 * in every expected file of the corpus are date + 185 days.
 */
export const DRAFT_VALIDITY_DAYS = 185;

/** The expiry date of an I-D dated `date` (a missing day counts as the 1st). */
export function draftExpiry(date: DocumentDate): CalendarDate {
  return addDays(completeDate(date), DRAFT_VALIDITY_DAYS);
}

/**
 * The last paragraph of an I-D's "Status of This Memo": "This Internet-Draft will expire on
 * 2 March 2010." (with `legacy`: "on March 2, 2010.").
 */
export function expirySentence(expires: CalendarDate, legacy = false): string {
  return `This Internet-Draft will expire on ${formatDate(expires, legacy)}.`;
}
