import { describe, expect, it } from 'vitest';
import {
  addMonths,
  clampMonth,
  makeMonth,
  monthFromIndex,
  monthIndex,
  monthOfDate,
  parseMonth,
  type Month,
} from './month';

const m = (s: string) => s as Month;

describe('parseMonth', () => {
  it.each([
    ['2016-03', '2016-03'],
    ['2006-12', '2006-12'],
    ['2016-13', null],
    ['2016-00', null],
    ['2016-3', null],
    ['2016-03-01', null],
    ['0999-01', null],
    ['0216-07', null],
    ['0001-01', null],
    ['1899-12', null],
    ['1900-01', '1900-01'],
    ['2100-12', '2100-12'],
    ['2101-01', null],
    ['', null],
    [' 2016-03', null],
    ['２０１６-03', null],
  ])('%j -> %j', (input, expected) => {
    expect(parseMonth(input)).toBe(expected);
  });
});

describe('month arithmetic', () => {
  it('round-trips through the month index', () => {
    for (const text of ['2006-01', '2006-12', '2017-09', '2026-11']) {
      expect(monthFromIndex(monthIndex(m(text)))).toBe(text);
    }
  });

  it('adds months across year ends, both ways', () => {
    expect(addMonths(m('2016-12'), 1)).toBe('2017-01');
    expect(addMonths(m('2017-01'), -1)).toBe('2016-12');
    expect(addMonths(m('2016-02'), 24)).toBe('2018-02');
  });

  it('clamps to a range', () => {
    expect(clampMonth(m('2005-01'), m('2006-07'), m('2026-11'))).toBe('2006-07');
    expect(clampMonth(m('2030-01'), m('2006-07'), m('2026-11'))).toBe('2026-11');
    expect(clampMonth(m('2016-02'), m('2006-07'), m('2026-11'))).toBe('2016-02');
  });

  it('takes the month of an instant in UTC', () => {
    expect(monthOfDate(new Date('2016-02-29T23:30:00Z'))).toBe('2016-02');
    expect(monthOfDate(new Date('2016-03-01T00:00:00Z'))).toBe('2016-03');
    expect(makeMonth(2016, 3)).toBe('2016-03');
  });
});
