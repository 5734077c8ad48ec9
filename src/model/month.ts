import { yearInBounds } from './dateBounds';

/**
 * A calendar month, `YYYY-MM`. The map moves in whole months, so this is the unit of the
 * timeline, the URL and every "in force at" question. Branded so a free string cannot pass
 * for one without going through `parseMonth`.
 */
export type Month = string & { readonly __brand: 'Month' };

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/**
 * `"2016-03"` -> Month, or null for anything that is not a real month within the years of
 * dateBounds.ts, the same bounds the data is held to, so every month of the timeline parses.
 */
export function parseMonth(text: string): Month | null {
  const m = MONTH_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (!yearInBounds(year) || month < 1 || month > 12) return null;
  return text as Month;
}

export function makeMonth(year: number, month: number): Month {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as Month;
}

/** Months since year 0: a plain integer so ranges and steps are arithmetic. */
export function monthIndex(month: Month): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return year * 12 + (m - 1);
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  return makeMonth(year, index - year * 12 + 1);
}

export function addMonths(month: Month, delta: number): Month {
  return monthFromIndex(monthIndex(month) + delta);
}

export function clampMonth(month: Month, min: Month, max: Month): Month {
  if (month < min) return min;
  if (month > max) return max;
  return month;
}

/** The month a Date falls in, in UTC (so the same instant gives the same month everywhere). */
export function monthOfDate(date: Date): Month {
  return makeMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
}
