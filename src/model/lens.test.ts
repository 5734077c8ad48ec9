import { describe, expect, it } from 'vitest';
import { applyBlocs } from './applyBlocs';
import { CATEGORIES } from './categories';
import { readingKey, readView } from './lens';
import { kindsLegend } from './lenses/kinds';
import type { Month } from './month';
import { ABOUT, actor, actorMap, euBloc, measure } from './testing/fixtures';
import type { Actor, ActorId, Dataset, JointAction } from './types';
import type { View } from './view';

/**
 * Each lens as input -> output tables over one small world: Japan (autonomous measures),
 * Russia (UN implementation only), Germany (the EU's measures through membership), Zambia
 * (searched, nothing found), Austria (not yet researched), and the DPRK.
 */
const jpn = actor('JPN', [
  measure('jpn-trade', { category: 'trade_ban', start: '2006-10', basis: 'autonomous' }),
  measure('jpn-ports', { category: 'port_ban', start: '2016-02-19', basis: 'autonomous' }),
  measure('jpn-un', {
    category: 'financial',
    start: '2017-08',
    basis: 'un_implementation',
    resolutions: ['2371'],
  }),
]);
const rus = actor(
  'RUS',
  [
    measure('rus-2270', {
      category: 'trade_ban',
      start: '2016-12-29',
      basis: 'un_implementation',
      resolutions: ['2270'],
    }),
    measure('rus-2397-workers', {
      category: 'labor_restriction',
      start: '2018-02',
      basis: 'un_implementation',
      resolutions: ['2397'],
    }),
  ],
  {
    research: {
      status: 'researched',
      checked: '2026-11-28',
      resolutionsSearched: ['2270', '2321', '2397'],
    },
  },
);
const eu = actor(
  'EU',
  [
    measure('eu-workers', {
      category: 'labor_restriction',
      start: '2017-10-16',
      basis: 'autonomous',
    }),
    measure('eu-2397', {
      category: 'trade_ban',
      start: '2018-01',
      basis: 'un_implementation',
      resolutions: ['2397'],
    }),
  ],
  { kind: 'bloc' },
);
const deu = actor('DEU');
const zmb = actor('ZMB', [], {
  research: { status: 'no-measure-found', checked: '2026-11-28', resolutionsSearched: ['2397'] },
});
const aut = actor('AUT', [], { research: { status: 'not-yet-researched', checked: '2026-11-28' } });
const prk = actor('PRK');
const actors = actorMap(jpn, rus, eu, deu, zmb, aut, prk as Actor);
const blocs = [euBloc([{ state: 'DEU' as ActorId, from: '1958' }])];
const joint = (id: string, date: string, members: string[]): JointAction => ({
  id,
  date,
  month: date.slice(0, 7) as Month,
  kind: 'meeting',
  title: id,
  commitment: 'c',
  members: members as ActorId[],
  sources: [],
});
const dataset: Dataset = {
  version: 'v',
  updated: '2026-11-28',
  ...ABOUT,
  categories: [],
  actors,
  applied: applyBlocs(actors, blocs),
  blocs,
  events: [],
  resolutions: [],
  jointActions: [
    joint('vancouver', '2018-01-16', ['JPN', 'DEU', 'EU']),
    joint('msmt', '2024-10-16', ['JPN', 'DEU']),
  ],
  regions: [],
  firstMonth: '2006-07' as Month,
};
const view = (over: Partial<View>): View => ({
  date: '2017-12' as Month,
  categories: CATEGORIES,
  scope: 'all',
  lens: 'kinds',
  compare: null,
  resolution: null,
  actor: null,
  highlight: [],
  focus: 'world',
  ...over,
});
/** Each state's [class, level] under a view. */
function classes(v: View): Record<string, [string, number] | string> {
  const out: Record<string, [string, number] | string> = {};
  for (const [id, s] of readView(dataset, v).states)
    out[id] = s.kind === 'member' ? [s.cls, s.level] : s.kind;
  return out;
}

describe('the kinds lens', () => {
  it.each([
    ['2006-09', { JPN: ['none', 0], RUS: ['none', 0], DEU: ['none', 0] }],
    ['2016-03', { JPN: ['k2', 2], RUS: ['none', 0], DEU: ['none', 0] }],
    ['2017-12', { JPN: ['k3', 3], RUS: ['k1', 1], DEU: ['k1', 1] }],
    ['2018-03', { JPN: ['k3', 3], RUS: ['k2', 2], DEU: ['k2', 2] }],
  ])('in %s', (date, expected) => {
    expect(classes(view({ date: date as Month }))).toMatchObject({
      ...expected,
      ZMB: ['none', 0],
      AUT: ['unresearched', 0],
      PRK: 'target',
    });
  });

  it('counts only autonomous measures under the autonomous scope', () => {
    expect(classes(view({ date: '2018-03' as Month, scope: 'autonomous' }))).toMatchObject({
      JPN: ['k2', 2],
      RUS: ['none', 0],
      DEU: ['k1', 1],
    });
  });

  it('counts the coalition, and keys the hatch while a state is unresearched', () => {
    const r = readView(dataset, view({ date: '2018-03' as Month }));
    expect(r.count).toBe(3);
    expect(r.unresearched).toBe(true);
  });

  it.each([
    [0, ['none']],
    [1, ['none', 'k1']],
    [3, ['none', 'k1', 'k2', 'k3']],
    [11, ['none', 'k1', 'k2', 'k3', 'k4', 'k5']],
  ])('has a legend for a filter of %i categories', (n, cls) => {
    const legend = kindsLegend(n);
    expect(legend.map((e) => e.cls)).toEqual(cls);
    expect(legend.at(-1)?.orMore ?? false).toBe(n > 5);
  });
});

describe('the basis lens', () => {
  it('colours autonomous measures apart from UN implementation only', () => {
    expect(classes(view({ lens: 'basis', date: '2017-01' as Month }))).toMatchObject({
      JPN: ['autonomous', 2],
      RUS: ['un', 1],
      DEU: ['none', 0],
    });
  });

  it('follows the filter', () => {
    expect(
      classes(view({ lens: 'basis', date: '2017-12' as Month, categories: ['financial'] })),
    ).toMatchObject({ JPN: ['un', 1], RUS: ['none', 0] });
  });
});

describe('the resolution lens', () => {
  it.each([
    [
      '2397',
      '2017-12',
      { RUS: ['none-found', 0], DEU: ['not-researched', 0], ZMB: ['none-found', 0] },
    ],
    [
      '2397',
      '2018-03',
      { RUS: ['implemented', 1], DEU: ['implemented', 1], JPN: ['not-researched', 0] },
    ],
    ['2270', '2017-12', { RUS: ['implemented', 1], ZMB: ['not-researched', 0] }],
  ])(
    'UNSCR %s in %s: implemented, searched with none found, not researched',
    (id, date, expected) => {
      expect(
        classes(view({ lens: 'resolution', resolution: id, date: date as Month })),
      ).toMatchObject(expected);
    },
  );
});

describe('the joint lens', () => {
  it.each([
    ['2017-12', { JPN: ['none', 0], DEU: ['none', 0] }],
    ['2018-01', { JPN: ['j1', 1], DEU: ['j1', 1], RUS: ['none', 0] }],
    ['2025-01', { JPN: ['j2', 2], DEU: ['j2', 2] }],
  ])('counts the joint actions joined by %s', (date, expected) => {
    expect(classes(view({ lens: 'joint', date: date as Month }))).toMatchObject(expected);
  });
});

describe('the compare lens', () => {
  it('sorts states into joined, left and stayed, whichever date comes first', () => {
    const expected = {
      JPN: ['stayed', 2],
      RUS: ['joined', 3],
      DEU: ['joined', 3],
      ZMB: ['none', 0],
    };
    expect(
      classes(view({ lens: 'compare', date: '2018-03' as Month, compare: '2016-03' as Month })),
    ).toMatchObject(expected);
    expect(
      classes(view({ lens: 'compare', date: '2016-03' as Month, compare: '2018-03' as Month })),
    ).toMatchObject(expected);
  });

  it('lets "member" follow the filter, so a state can leave', () => {
    expect(
      classes(
        view({
          lens: 'compare',
          categories: ['labor_restriction'],
          date: '2018-03' as Month,
          compare: '2017-12' as Month,
        }),
      ),
    ).toMatchObject({ RUS: ['joined', 3], DEU: ['stayed', 2], JPN: ['none', 0] });
    const r = readView(
      dataset,
      view({ lens: 'compare', date: '2018-03' as Month, compare: '2016-03' as Month }),
    );
    expect(r.counts.get('joined')).toBe(2);
    expect(r.counts.get('stayed')).toBe(1);
  });
});

describe('readingKey', () => {
  it('changes with what colours the map, not with the panel or the highlight', () => {
    const a = view({});
    expect(readingKey(a)).toBe(
      readingKey({ ...a, actor: 'JPN' as ActorId, highlight: ['JPN' as ActorId] }),
    );
    expect(readingKey(a)).not.toBe(readingKey({ ...a, date: '2018-01' as Month }));
    expect(readingKey(a)).not.toBe(readingKey({ ...a, scope: 'autonomous' }));
  });
});
