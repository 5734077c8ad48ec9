import { describe, expect, it } from 'vitest';
import { MAX_YEAR, MIN_YEAR, utcDate, yearInBounds, yearProblem } from './dateBounds';

describe('the bounds on every date', () => {
  it.each([
    [MIN_YEAR, true],
    [MAX_YEAR, true],
    [2016, true],
    [MIN_YEAR - 1, false],
    [MAX_YEAR + 1, false],
    [216, false],
    [1, false],
    [0, false],
    [2016.5, false],
  ])('year %d in bounds: %s', (year, expected) => {
    expect(yearInBounds(year)).toBe(expected);
  });

  it('says why a year is refused', () => {
    expect(yearProblem(216)).toBe(`the year 216 is outside ${MIN_YEAR}-${MAX_YEAR}`);
    expect(yearProblem(2016)).toBeNull();
  });
});

describe('utcDate', () => {
  it('keeps years 0-99 where they are, unlike Date.UTC', () => {
    expect(new Date(Date.UTC(1, 0, 1)).getUTCFullYear()).toBe(1901);
    expect(utcDate(1, 1, 1).getUTCFullYear()).toBe(1);
    expect(utcDate(99, 12, 31).toISOString()).toBe('0099-12-31T00:00:00.000Z');
  });

  it('rolls day 0 back to the last day of the month before, as Date.UTC does', () => {
    expect(utcDate(2016, 3, 0).getUTCDate()).toBe(29);
    expect(utcDate(4, 3, 0).getUTCDate()).toBe(29);
    expect(utcDate(2016, 1, 5).toISOString()).toBe('2016-01-05T00:00:00.000Z');
  });
});
