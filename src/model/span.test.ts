import { describe, expect, it } from 'vitest';
import type { Month } from './month';
import { intersectSpans, spanContains, spanOfDates } from './span';

const m = (s: string) => s as Month;

describe('spanOfDates', () => {
  it.each([
    ['2016-02-10', undefined, { from: '2016-02', until: null }],
    ['2016-02', undefined, { from: '2016-02', until: null }],
    // A start known only to the year shows from December: never before the source allows.
    ['2016', undefined, { from: '2016-12', until: null }],
    ['2006-10-13', '2014-07-04', { from: '2006-10', until: '2014-07' }],
    // An end known only to the year stops showing from January of that year.
    ['2016-02-10', '2020', { from: '2016-02', until: '2020-01' }],
    ['not a date', undefined, null],
  ])('%s to %s -> %j', (start, end, expected) => {
    expect(spanOfDates(start, end)).toEqual(expected);
  });
});

describe('spanContains', () => {
  const span = { from: m('2006-10'), until: m('2014-07') };
  it.each([
    ['2006-09', false],
    ['2006-10', true],
    ['2014-06', true],
    ['2014-07', false],
  ])('%s -> %s', (month, expected) => {
    expect(spanContains(span, m(month))).toBe(expected);
  });

  it('treats a null end as still in force', () => {
    expect(spanContains({ from: m('2016-02'), until: null }, m('2099-01'))).toBe(true);
  });
});

describe('intersectSpans', () => {
  it('keeps the months both share', () => {
    expect(
      intersectSpans(
        { from: m('2016-05'), until: null },
        { from: m('2007-01'), until: m('2021-01') },
      ),
    ).toEqual({
      from: '2016-05',
      until: '2021-01',
    });
    expect(
      intersectSpans({ from: m('2006-12'), until: null }, { from: m('2013-07'), until: null }),
    ).toEqual({
      from: '2013-07',
      until: null,
    });
  });

  it('is null when they share none', () => {
    expect(
      intersectSpans(
        { from: m('2021-02'), until: null },
        { from: m('1973-01'), until: m('2021-01') },
      ),
    ).toBeNull();
    expect(
      intersectSpans(
        { from: m('2010-01'), until: m('2012-01') },
        { from: m('2012-01'), until: null },
      ),
    ).toBeNull();
  });
});
