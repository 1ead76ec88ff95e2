import { firstChild, textContent, type RfcElement } from '../../tree/nodes.js';
import { parseMonth, type CalendarDate } from './calendar.js';
import { BoilerplateError, type BoilerplateInput } from './types.js';

/** "true"/"yes" and "false"/"no" (v2 spellings are still accepted by prep). */
function flag(value: string | undefined): boolean | undefined {
  if (value === 'true' || value === 'yes') return true;
  if (value === 'false' || value === 'no') return false;
  return undefined;
}

function integer(value: string | undefined): number | undefined {
  return value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}

/**
 * The {@link BoilerplateInput} of a document: `<rfc>`'s ipr, submissionType, category,
 * consensus, docName and number, and from `<front>` the date and first workgroup.
 *
 * A date without year or month is completed from `today`, as prep's date insertion does
 * (RFC 7998 §5.2.3: a missing month means the current month and day). Without `today` such
 * a date is an error: the result must not depend on the clock.
 */
export function boilerplateInputFromRfc(rfc: RfcElement, today?: CalendarDate): BoilerplateInput {
  const a = rfc.attributes;
  const front = firstChild(rfc, 'front');
  const dateEl = front && firstChild(front, 'date');
  const workgroup = front && firstChild(front, 'workgroup');

  let year = integer(dateEl?.attributes.year) ?? today?.year;
  let month = dateEl?.attributes.month ? parseMonth(dateEl.attributes.month) : undefined;
  let day = integer(dateEl?.attributes.day);
  if (dateEl?.attributes.month && month === undefined) {
    throw new BoilerplateError('boilerplate-date', `Expected a month name or number, found "${dateEl.attributes.month}".`);
  }
  if (month === undefined && today) {
    month = today.month;
    day = today.day;
  }
  if (year === undefined || month === undefined) {
    throw new BoilerplateError('boilerplate-date', 'The document date lacks a year or month.',
      'Give <date> a year and month, or run prep\'s date insertion first.');
  }
  const consensus = flag(a.consensus);
  return {
    ipr: a.ipr ?? '',
    submissionType: a.submissionType,
    category: a.category,
    consensus,
    docName: a.docName,
    number: a.number,
    workgroup: workgroup ? textContent(workgroup).trim() : undefined,
    date: day === undefined ? { year, month } : { year, month, day },
  };
}
