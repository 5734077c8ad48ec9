import { describe, expect, it } from 'vitest';
import type { Month } from './month';
import {
  adjacentEventMonth,
  clusterMonths,
  eventsByMonth,
  jointMarks,
  membersOf,
  positionOf,
  resolutionEventIds,
  timelineRange,
} from './timeline';
import type { ActorId, JointAction, TimelineEvent } from './types';

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

  it('stops at the last month any date may name when the clock is past it', () => {
    expect(timelineRange(m('2006-07'), m('2917-03'))).toEqual({ min: '2006-07', max: '2100-12' });
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

const joint = (id: string, date: string, members: string[]): JointAction => ({
  id,
  date,
  month: date.slice(0, 7) as Month,
  kind: 'statement',
  title: id,
  commitment: 'C',
  members: members as ActorId[],
  sources: [],
});

describe('the joint actions on the timeline', () => {
  // 2016-01 .. 2026-01: 120 months, so a month is 1/120 of the track.
  const range = { min: m('2016-01'), max: m('2026-01') };
  const actions = [
    joint('msmt', '2024-10-16', ['USA', 'KOR', 'JPN']),
    joint('vancouver', '2018-01-16', ['CAN', 'USA']),
    joint('troops', '2024-11-05', ['USA', 'GBR']),
    joint('g7', '2017-09', ['USA', 'JPN']),
    joint('sts', '2018-01', ['JPN', 'AUS']),
    joint('before', '2015-06-01', ['USA']),
  ];

  it.each([
    // gap (fraction of the track), marks as [month, position, actions]
    [
      0,
      [
        ['2017-09', 20 / 120, ['g7']],
        ['2018-01', 24 / 120, ['sts', 'vancouver']],
        ['2024-10', 105 / 120, ['msmt']],
        ['2024-11', 106 / 120, ['troops']],
      ],
    ],
    [
      2 / 120,
      [
        ['2017-09', 20 / 120, ['g7']],
        ['2018-01', 24 / 120, ['sts', 'vancouver']],
        ['2024-10', 105 / 120, ['msmt', 'troops']],
      ],
    ],
    [
      5 / 120,
      [
        ['2017-09', 20 / 120, ['g7', 'sts', 'vancouver']],
        ['2024-10', 105 / 120, ['msmt', 'troops']],
      ],
    ],
  ] as const)('with marks %s of the track apart at least: %j', (gap, expected) => {
    expect(
      jointMarks(range, actions, gap).map((mark) => [
        mark.month,
        mark.position,
        mark.actions.map((a) => a.id),
      ]),
    ).toEqual(expected);
  });

  it('lists the members of a mark once each', () => {
    expect(membersOf(actions.slice(0, 3))).toEqual(['USA', 'KOR', 'JPN', 'CAN', 'GBR']);
    expect(membersOf([])).toEqual([]);
  });
});

describe('a resolution on the timeline', () => {
  it('is its adoption and its deadlines', () => {
    const ids = resolutionEventIds({
      id: '2397',
      adopted: '2017-12-22',
      month: m('2017-12'),
      title: 'UNSCR 2397 (2017)',
      summary: 'S',
      deadlines: [
        {
          id: 'repatriation-deadline',
          date: '2019-12-22',
          title: 'T',
          description: '',
          sources: [],
        },
      ],
      sources: [],
    });
    expect([...ids]).toEqual(['unscr-2397', 'repatriation-deadline']);
  });
});
