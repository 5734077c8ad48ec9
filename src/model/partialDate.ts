import { yearProblem } from './dateBounds';
import { makeMonth, type Month } from './month';

/**
 * A date known to the precision its source gives: a year, a month or a day.
 * Written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The Gregorian calendar's days in a month (1-12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

type Reading = { readonly date: PartialDate } | { readonly problem: string };

// The data repeats the same few hundred dates (a source's date, an act's start) thousands of
// times, and every one is read at load: read each text once.
const readings = new Map<string, Reading>();

function read(text: string): Reading {
  let reading = readings.get(text);
  if (reading === undefined) {
    reading = readText(text);
    if (readings.size < 10_000) readings.set(text, reading);
  }
  return reading;
}

function readText(text: string): Reading {
  const m = DATE_RE.exec(text);
  if (!m) return { problem: 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)' };
  const year = Number(m[1]);
  const outside = yearProblem(year);
  if (outside !== null) return { problem: `is not a date the map can show: ${outside}` };
  if (m[2] === undefined) return { date: { year } };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { problem: `is not a date: there is no month ${m[2]}` };
  if (m[3] === undefined) return { date: { year, month } };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month))
    return { problem: 'is not a date: that day is not on the calendar' };
  return { date: { year, month, day } };
}

/**
 * Why a text is not a partial date the map can show, in words for a message (the form, a day
 * not on the calendar, a year out of bounds); null when it is one.
 */
export function partialDateProblem(text: string): string | null {
  const reading = read(text);
  return 'problem' in reading ? reading.problem : null;
}

/**
 * Parses a partial date, rejecting impossible ones (`2016-13`, `2017-02-30`) and years outside
 * the bounds of dateBounds.ts (`0216-07-05`).
 */
export function parsePartialDate(text: string): PartialDate | null {
  const reading = read(text);
  return 'date' in reading ? reading.date : null;
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

export function precisionOf(date: PartialDate): Precision {
  if (date.month === undefined) return 'year';
  if (date.day === undefined) return 'month';
  return 'day';
}

/** The first month the date could fall in: January for a bare year. */
export function earliestMonth(date: PartialDate): Month {
  return makeMonth(date.year, date.month ?? 1);
}

/** The last month the date could fall in: December for a bare year. */
export function latestMonth(date: PartialDate): Month {
  return makeMonth(date.year, date.month ?? 12);
}

/**
 * Orders two partial dates by their earliest possible day; a coarser date sorts before a finer
 * one that starts on the same day. Used to sort lists and to test that start is not after end.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return (
    a.year - b.year ||
    (a.month ?? 1) - (b.month ?? 1) ||
    (a.day ?? 1) - (b.day ?? 1) ||
    rank(a) - rank(b)
  );
}

function rank(date: PartialDate): number {
  return date.month === undefined ? 0 : date.day === undefined ? 1 : 2;
}

/**
 * True when `start` cannot be after `end`: the latest reading of one is not before the earliest
 * reading of the other would be too lax, so compare like with like at the coarser precision.
 */
export function startNotAfterEnd(start: PartialDate, end: PartialDate): boolean {
  if (start.year !== end.year) return start.year < end.year;
  if (start.month === undefined || end.month === undefined) return true;
  if (start.month !== end.month) return start.month < end.month;
  if (start.day === undefined || end.day === undefined) return true;
  return start.day <= end.day;
}
