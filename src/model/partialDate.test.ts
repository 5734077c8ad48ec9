import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  comparePartialDates,
  earliestMonth,
  latestMonth,
  parsePartialDate,
  partialDateProblem,
  precisionOf,
  startNotAfterEnd,
  type PartialDate,
} from './partialDate';

const d = (s: string): PartialDate => {
  const parsed = parsePartialDate(s);
  if (!parsed) throw new Error(`bad test date ${s}`);
  return parsed;
};

describe('parsePartialDate', () => {
  it.each([
    ['2016', { year: 2016 }],
    ['2016-02', { year: 2016, month: 2 }],
    ['2016-02-29', { year: 2016, month: 2, day: 29 }],
    ['2017-02-29', null],
    ['2016-13-01', null],
    ['2016-04-31', null],
    ['2016-00', null],
    ['2016-02-00', null],
    ['16-02-10', null],
    ['2016/02/10', null],
    ['n.d.', null],
    ['', null],
    ['0216-07-05', null],
    ['0001', null],
    ['0004-02-29', null],
    ['2916', null],
    ['1900', { year: 1900 }],
    ['2100-12-31', { year: 2100, month: 12, day: 31 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['1900-02-29', null],
  ])('%j -> %j', (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
  });

  it.each([
    ['2016-02-10', null],
    ['10 February 2016', 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['0216-07-05', 'is not a date the map can show: the year 216 is outside 1900-2100'],
    ['0001', 'is not a date the map can show: the year 1 is outside 1900-2100'],
    ['2016-13', 'is not a date: there is no month 13'],
    ['2017-02-29', 'is not a date: that day is not on the calendar'],
  ])('says what is wrong with %j', (input, expected) => {
    expect(partialDateProblem(input)).toBe(expected);
  });

  it('knows the precision of each form', () => {
    expect(precisionOf(d('2016'))).toBe('year');
    expect(precisionOf(d('2016-02'))).toBe('month');
    expect(precisionOf(d('2016-02-10'))).toBe('day');
  });

  it('gives the first and last month a date could fall in', () => {
    expect([earliestMonth(d('2016')), latestMonth(d('2016'))]).toEqual(['2016-01', '2016-12']);
    expect([earliestMonth(d('2016-02')), latestMonth(d('2016-02'))]).toEqual([
      '2016-02',
      '2016-02',
    ]);
    expect([earliestMonth(d('2016-02-10')), latestMonth(d('2016-02-10'))]).toEqual([
      '2016-02',
      '2016-02',
    ]);
  });
});

describe('daysInMonth', () => {
  it('agrees with the calendar of Date for every month the map can show', () => {
    const wrong: string[] = [];
    for (let year = 1900; year <= 2100; year++) {
      for (let month = 1; month <= 12; month++) {
        const date = new Date(0);
        date.setUTCFullYear(year, month, 0);
        if (daysInMonth(year, month) !== date.getUTCDate()) wrong.push(`${year}-${month}`);
      }
    }
    expect(wrong).toEqual([]);
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2016, 2)]).toEqual([
      28, 29, 29,
    ]);
  });

  it('reads a date the same the second time, and a bad one as bad again', () => {
    expect(parsePartialDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
    expect(parsePartialDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
    expect(parsePartialDate('2017-02-29')).toBeNull();
    expect(parsePartialDate('2017-02-29')).toBeNull();
  });
});

describe('startNotAfterEnd', () => {
  it.each([
    ['2016-02-10', '2016-02-10', true],
    ['2016-02-10', '2016-02-09', false],
    ['2016-02-10', '2016-03', true],
    ['2016-03', '2016-02-28', false],
    ['2016-02-10', '2016-02', true],
    ['2016', '2016-01-01', true],
    ['2017', '2016-12-31', false],
    ['2014-07-04', '2016-02-10', true],
  ])('start %s, end %s -> %s', (start, end, expected) => {
    expect(startNotAfterEnd(d(start), d(end))).toBe(expected);
  });
});

describe('comparePartialDates', () => {
  it('sorts by earliest day, coarser first on a tie', () => {
    const sorted = ['2016-02-10', '2016', '2016-02', '2015-12-31', '2016-01-01']
      .map(d)
      .sort(comparePartialDates);
    expect(sorted).toEqual([
      d('2015-12-31'),
      d('2016'),
      d('2016-01-01'),
      d('2016-02'),
      d('2016-02-10'),
    ]);
  });
});
