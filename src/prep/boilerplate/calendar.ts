import { MONTH_NAMES } from '../../util/month-names.js';
/**
 * Calendar arithmetic for the boilerplate: document dates, the prep date, the I-D expiry.
 * Dates are plain year/month/day triples in the proleptic Gregorian calendar; no time zone
 * is involved, so the arithmetic goes through UTC to stay free of daylight-saving shifts.
 */

/** A complete calendar date (month 1–12, day 1–31). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * A document date as `<front><date>` gives it after prep's date insertion (RFC 7998 §5.2.3):
 * year and month are known, the day often is not (RFCs carry only month and year).
 */
export interface DocumentDate {
  year: number;
  month: number;
  day?: number;
}

export { MONTH_NAMES };

/**
 * The date the boilerplate counts from: a missing day is the first of the month, as
 * xml2rfc's prep takes it for both the copyright year and the expiry.
 */
export function completeDate(date: DocumentDate): CalendarDate {
  return { year: date.year, month: date.month, day: date.day ?? 1 };
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return compareDates(a, b) < 0;
}

/** `date` plus `days` calendar days (month and year rollover included). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Whether the triple names a real day (rejects 31 April, 29 February 2023, month 13). */
export function isValidDate(date: CalendarDate): boolean {
  if (![date.year, date.month, date.day].every(Number.isInteger)) return false;
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return t.getUTCFullYear() === date.year && t.getUTCMonth() === date.month - 1 && t.getUTCDate() === date.day;
}

/**
 * A `month` attribute value as a month number: digits ("3", "03"), or an English month name
 * or a prefix of one of at least three letters ("Mar", "march"), as xml2rfc accepts.
 */
export function parseMonth(value: string): number | undefined {
  const v = value.trim();
  if (/^\d{1,2}$/.test(v)) {
    const n = Number(v);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  if (v.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(v.toLowerCase()));
  return i >= 0 ? i + 1 : undefined;
}

/**
 * A date as the boilerplate writes it: "2 March 2010" (the RFC Style Guide form, xml2rfc's
 * default) or, with `legacy`, "March 2, 2010" (xml2rfc's `--legacy-date-format`).
 */
export function formatDate(date: CalendarDate, legacy = false): string {
  const month = MONTH_NAMES[date.month - 1];
  return legacy ? `${month} ${date.day}, ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/**
 * The date part of an ISO 8601 date or date-time, e.g. an `<rfc prepTime>` value
 * ("2022-06-06T11:43:05"); undefined when it does not start with YYYY-MM-DD.
 */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(date) ? date : undefined;
}
