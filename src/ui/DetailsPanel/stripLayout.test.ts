import { describe, expect, it } from 'vitest';
import type { Category } from '../../model/categories';
import type { Month } from '../../model/month';
import { measure } from '../../model/testing/fixtures';
import type { AppliedMeasure } from '../../model/types';
import { loadWorld } from '../../../scripts/world';
import { stripLayout, stripPosition, stripTicks } from './stripLayout';

/** 2010-01 to 2019-12: 120 months, so a month is 1/120 of the strip. */
const range = { min: '2010-01' as Month, max: '2019-12' as Month };
const applied = (
  id: string,
  category: Category,
  from: string,
  until: string | null,
  via: string | null = null,
): AppliedMeasure => ({
  measure: measure(id, { category }),
  via: via as AppliedMeasure['via'],
  from: from as Month,
  until: until as Month | null,
});
const bars = (list: AppliedMeasure[], maxLanes?: number) =>
  stripLayout(list, range, maxLanes).bars.map((b) => [b.measureId, b.row, b.start, b.end]);

describe('stripPosition', () => {
  it.each([
    ['2010-01', 0],
    ['2015-01', 0.5],
    ['2019-12', 119 / 120],
    ['2005-06', 0],
    ['2030-01', 1],
  ])('places %s at %d', (month, at) => {
    expect(stripPosition(range, month as Month)).toBeCloseTo(at, 10);
  });
});

describe('stripLayout', () => {
  it('draws a measure from its first month in force to the month it ended', () => {
    expect(bars([applied('a', 'port_ban', '2012-01', '2015-01')])).toEqual([['a', 0, 0.2, 0.5]]);
  });

  it('runs a measure still in force to the end of the strip', () => {
    const { bars: [bar] = [] } = stripLayout([applied('a', 'port_ban', '2015-01', null)], range);
    expect(bar).toMatchObject({ start: 0.5, end: 1, ongoing: true });
  });

  it('shows a measure lifted and imposed again as a gap in one lane', () => {
    // Japan's pattern: lifted in July 2014, imposed again in February 2016.
    expect(
      bars([
        applied('first', 'entry_ban', '2010-01', '2014-07'),
        applied('again', 'entry_ban', '2016-02', null),
      ]),
    ).toEqual([
      ['first', 0, 0, 54 / 120],
      ['again', 0, 73 / 120, 1],
    ]);
  });

  it('gives overlapping measures of a kind their own lanes, up to the limit', () => {
    const list = [
      applied('a', 'financial', '2010-01', null),
      applied('b', 'financial', '2011-01', null),
      applied('c', 'financial', '2012-01', '2013-01'),
      // All three lanes are taken: d shares the one that frees first (c's, in 2013).
      applied('d', 'financial', '2012-06', null),
      // A lane is free again from the month a bar ended: e follows c without overlap.
      applied('e', 'financial', '2013-01', null),
    ];
    expect(bars(list).map(([id, row]) => [id, row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 2],
      ['e', 0],
    ]);
    expect(stripLayout(list, range).rows).toHaveLength(3);
    expect(bars(list, 1).map(([, row]) => row)).toEqual([0, 0, 0, 0, 0]);
  });

  it('orders kinds as the categories are ordered, each with its own rows', () => {
    const layout = stripLayout(
      [
        applied('t', 'trade_ban', '2010-01', null),
        applied('p1', 'port_ban', '2011-01', null),
        applied('p2', 'port_ban', '2011-01', null),
      ],
      range,
    );
    expect(layout.rows).toEqual([
      { category: 'port_ban', lane: 0 },
      { category: 'port_ban', lane: 1 },
      { category: 'trade_ban', lane: 0 },
    ]);
    expect(layout.bars.map((b) => [b.measureId, b.row])).toEqual([
      ['p1', 0],
      ['p2', 1],
      ['t', 2],
    ]);
  });

  it('keeps a measure never in force (ended before its start) as a mark, not a negative bar', () => {
    const [bar] = stripLayout([applied('z', 'other', '2016-12', '2016-06')], range).bars;
    expect(bar?.end).toBe(bar?.start);
  });

  it('keys each bar by measure and the bloc it comes through', () => {
    const layout = stripLayout(
      [
        applied('eu-1', 'trade_ban', '2010-01', null, 'EU'),
        applied('own', 'trade_ban', '2010-01', null),
      ],
      range,
    );
    expect(layout.bars.map((b) => b.key)).toEqual(['eu-1-EU', 'own-']);
  });

  it('shows Japan’s 2014 relaxation and 2016 reinstatement of its entry bans', () => {
    const japan = loadWorld().dataset.applied.get('JPN' as never) ?? [];
    const world = { min: '2006-07' as Month, max: '2026-11' as Month };
    const entry = stripLayout(japan, world).bars.filter((b) => b.category === 'entry_ban');
    const lifted = entry.filter((b) => !b.ongoing);
    const reinstated = entry.filter((b) => b.start >= stripPosition(world, '2016-02' as Month));
    expect(lifted.length).toBeGreaterThan(0);
    expect(reinstated.length).toBeGreaterThan(0);
    // Some lane holds a bar that ends in July 2014 and, after a gap, one from 2016.
    const gap = lifted.some((l) =>
      reinstated.some(
        (r) =>
          r.row === l.row && r.start > l.end && l.end <= stripPosition(world, '2014-07' as Month),
      ),
    );
    expect(gap).toBe(true);
  });
});

describe('stripTicks', () => {
  it('names the first and last years and every fifth between', () => {
    expect(
      stripTicks({ min: '2006-07' as Month, max: '2026-11' as Month }).map((t) => t.year),
    ).toEqual([2006, 2010, 2015, 2020, 2026]);
  });

  it('leaves out a year too close to an end to be read', () => {
    expect(
      stripTicks({ min: '2009-03' as Month, max: '2021-01' as Month }).map((t) => t.year),
    ).toEqual([2009, 2015, 2021]);
  });

  it('puts the ends at the ends and each year at its January', () => {
    const ticks = stripTicks(range);
    expect(ticks[0]).toEqual({ year: 2010, at: 0 });
    expect(ticks.at(-1)).toEqual({ year: 2019, at: 1 });
    expect(ticks.find((t) => t.year === 2015)?.at).toBeCloseTo(0.5, 10);
  });
});
