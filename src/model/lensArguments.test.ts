import { describe, expect, it } from 'vitest';
import { defaultCompareMonth, defaultResolution } from './lensArguments';
import type { Month } from './month';
import type { Resolution } from './types';

const resolution = (id: string, month: string): Resolution => ({
  id,
  adopted: `${month}-15`,
  month: month as Month,
  title: `UNSCR ${id}`,
  summary: 'S',
  deadlines: [],
  sources: [],
});
// Out of order on purpose: the choice goes by adoption, not by the file's order.
const RESOLUTIONS = [
  resolution('2397', '2017-12'),
  resolution('1718', '2006-10'),
  resolution('2270', '2016-03'),
];
const m = (s: string) => s as Month;

describe('the resolution lens opens with', () => {
  it.each([
    ['2019-12', '2397'],
    ['2017-12', '2397'],
    ['2017-11', '2270'],
    ['2016-03', '2270'],
    ['2010-01', '1718'],
    // before any resolution: the first one
    ['2006-07', '1718'],
  ])('at %s, UNSCR %s', (month, expected) => {
    expect(defaultResolution(RESOLUTIONS, m(month))).toBe(expected);
  });

  it('no resolution when the data has none', () => {
    expect(defaultResolution([], m('2019-12'))).toBeNull();
  });
});

describe('the compare lens opens with', () => {
  it.each([
    // date, timeline start, timeline end, other date
    ['2018-01', '2006-07', '2026-11', '2017-01'],
    ['2007-03', '2006-07', '2026-11', '2006-07'],
    ['2006-07', '2006-07', '2026-11', '2007-07'],
    ['2006-07', '2006-07', '2007-01', '2007-01'],
    ['2006-07', '2006-07', '2006-07', '2006-07'],
  ])('at %s on %s..%s, %s', (date, min, max, expected) => {
    expect(defaultCompareMonth(m(date), m(min), m(max))).toBe(expected);
  });
});
