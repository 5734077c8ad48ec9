/**
 * The one range every date in the data, the app and its links must fall in: the data check,
 * the runtime decoder and the URL codec all ask here, so a month the timeline can reach is a
 * month a link can carry. Wide enough for any source on the DPRK (the Trading with the Enemy
 * Act the US used in 1950 dates from 1917), narrow enough that a typo'd year (`0216`, `0001`,
 * `2916`) is refused rather than stretched into a timeline of twenty thousand months.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function yearInBounds(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Why a year is refused, in words for a message; null when it is in bounds. */
export function yearProblem(year: number): string | null {
  return yearInBounds(year) ? null : `the year ${year} is outside ${MIN_YEAR}-${MAX_YEAR}`;
}

/**
 * A UTC Date for a calendar day of any year. `Date.UTC` reads years 0-99 as 1900-1999, so year
 * 1 would come out as 1901; setting the full year afterwards does not.
 */
export function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}
