import { firstChild } from '../../tree/nodes.js';
import { documentDate } from '../../writers/text/elements/front.js';
import { addDays, compareDates, type CalendarDate } from '../../prep/boilerplate/calendar.js';
import { DRAFT_VALIDITY_DAYS } from '../../prep/boilerplate/expiry.js';
import type { Rule } from '../rule.js';
import { isRfc, locate } from './util.js';

/** The prepped document's date, a missing day counted as the 1st. */
function dateOf(ctx: Parameters<Rule['run']>[0]): CalendarDate | undefined {
  const front = firstChild(ctx.prepped.root, 'front');
  const d = front && documentDate(front);
  return d && { year: d.year, month: d.month, day: d.day ?? 1 };
}

/** A draft's date: not in the future, not expired; within 3 days of submission. */
export const documentDateRule: Rule = {
  id: 'document-date',
  description: 'the document date is not in the future nor expired (within 3 days of today when submitting)',
  severity: 'warning',
  docs: `An Internet-Draft expires ${DRAFT_VALIDITY_DAYS} days after its date; a date in the future or long past confuses `
    + 'readers. The datatracker refuses a submission whose date is more than 3 days from the day of submission, '
    + 'so with `--submission` that is an error. Leave the date out of the header to have draftsmith use the day of the build.',
  run(ctx, report) {
    const root = ctx.prepped.root;
    if (isRfc(root)) return;
    const date = dateOf(ctx);
    if (!date) return;
    const dateEl = firstChild(firstChild(ctx.document.root, 'front') ?? root, 'date');
    const at = dateEl?.position ? dateEl : locate(ctx.source, /^\s*date\s*[:=]/) ?? ctx.document.root;
    const iso = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
    if (ctx.submission) {
      if (compareDates(date, addDays(ctx.today, -3)) < 0 || compareDates(date, addDays(ctx.today, 3)) > 0) {
        report(`the document date ${iso} is more than 3 days from today; the datatracker refuses it`, at, 'remove the date from the header, or set it to today');
      }
      return;
    }
    if (compareDates(date, addDays(ctx.today, 3)) > 0) report(`the document date ${iso} is in the future`, at, 'set it to today or leave it out');
    else if (compareDates(addDays(date, DRAFT_VALIDITY_DAYS), ctx.today) < 0) report(`the document date ${iso} is more than ${DRAFT_VALIDITY_DAYS} days ago: the draft has expired`, at, 'update the date (or leave it out) for the next revision');
  },
};
