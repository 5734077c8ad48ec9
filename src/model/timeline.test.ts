import { describe, expect, it } from 'vitest';
import type { Month } from './month';
import {
  adjacentEventMonth,
  clusterMonths,
  eventsByMonth,
  positionOf,
  timelineRange,
} from './timeline';
import type { TimelineEvent } from './types';

const m = (s: string) => s as Month;
const event = (id: string, date: string): TimelineEvent => ({
  id,
  date,
  month: date.slice(0, 7) as Month,
  kind: 'nuclear_test',
  title: id,
  description: '',
  sources: [],
});

describe('timelineRange', () => {
  it('runs from the first measure to the current month', () => {
    expect(timelineRange(m('2006-07'), m('2026-11'))).toEqual({ min: '2006-07', max: '2026-11' });
  });

  it('holds at least one month when the clock is before the data', () => {
    expect(timelineRange(m('2006-07'), m('2001-01'))).toEqual({ min: '2006-07', max: '2006-07' });
  });

  it('places months from 0 to 1', () => {
    const range = { min: m('2006-01'), max: m('2007-01') };
    expect([
      positionOf(range, m('2006-01')),
      positionOf(range, m('2006-07')),
      positionOf(range, m('2007-01')),
    ]).toEqual([0, 0.5, 1]);
    expect(positionOf({ min: m('2006-01'), max: m('2006-01') }, m('2006-01'))).toBe(0);
  });
});

describe('events', () => {
  const events = [
    event('test-6', '2017-09-03'),
    event('test-1', '2006-10-09'),
    event('res-2375', '2017-09-11'),
  ];

  it('groups events by month in date order', () => {
    const grouped = eventsByMonth(events);
    expect([...grouped.keys()]).toEqual(['2006-10', '2017-09']);
    expect(grouped.get(m('2017-09'))?.map((e) => e.id)).toEqual(['test-6', 'res-2375']);
  });

  it('finds the nearest event month on either side', () => {
    const months = [m('2006-10'), m('2009-05'), m('2017-09')];
    expect(adjacentEventMonth(months, m('2009-05'), 1)).toBe('2017-09');
    expect(adjacentEventMonth(months, m('2009-05'), -1)).toBe('2006-10');
    expect(adjacentEventMonth(months, m('2017-09'), 1)).toBeNull();
    expect(adjacentEventMonth(months, m('2006-10'), -1)).toBeNull();
  });
});

describe('clusterMonths', () => {
  const range = { min: m('2006-01'), max: m('2016-01') };
  const months = ['2006-07', '2006-10', '2009-05', '2009-06', '2016-01'].map(m);

  it('keeps every month apart when there is room', () => {
    expect(clusterMonths(range, months, 0.001)).toEqual([
      ['2006-07'],
      ['2006-10'],
      ['2009-05'],
      ['2009-06'],
      ['2016-01'],
    ]);
  });

  it('joins months closer than the gap to the first of their cluster', () => {
    // 120 months long: a gap of 0.03 is 3.6 months.
    expect(clusterMonths(range, months, 0.03)).toEqual([
      ['2006-07', '2006-10'],
      ['2009-05', '2009-06'],
      ['2016-01'],
    ]);
  });

  it('leaves out months outside the range', () => {
    expect(clusterMonths(range, [m('2005-01'), m('2006-02'), m('2017-01')], 0.01)).toEqual([
      ['2006-02'],
    ]);
  });
});
