import type { Month } from './month';
import { earliestMonth, latestMonth, parsePartialDate } from './partialDate';

/**
 * Months during which something holds: `from <= m < until`, `until` null for "still so".
 *
 * The map shows each state as it stood at the end of the chosen month. A date known only to
 * the year or month is read so that the map never claims more than the source does: a start
 * counts from the last month it could fall in (a measure "in 2016" shows from December 2016),
 * an end from the first (a measure lifted "in 2020" no longer shows in January 2020).
 */
export interface MonthSpan {
  readonly from: Month;
  readonly until: Month | null;
}

/** The span of a start and optional end date; null if the start is not a date. */
export function spanOfDates(start: string, end: string | undefined): MonthSpan | null {
  const s = parsePartialDate(start);
  if (!s) return null;
  const e = end === undefined ? null : parsePartialDate(end);
  return { from: latestMonth(s), until: e ? earliestMonth(e) : null };
}

export function spanContains(span: MonthSpan, month: Month): boolean {
  return span.from <= month && (span.until === null || month < span.until);
}

/** The months two spans share, or null if they share none. */
export function intersectSpans(a: MonthSpan, b: MonthSpan): MonthSpan | null {
  const from = a.from > b.from ? a.from : b.from;
  const until =
    a.until === null ? b.until : b.until === null ? a.until : a.until < b.until ? a.until : b.until;
  if (until !== null && until <= from) return null;
  return { from, until };
}
