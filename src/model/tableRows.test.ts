import { describe, expect, it } from 'vitest';
import { readView } from './lens';
import type { Month } from './month';
import { filterRows, regionTree, sortRows, tableRows, type TableRow } from './tableRows';
import { datasetOf, viewOf } from './testing/dataset';
import { actor, euBloc, measure } from './testing/fixtures';
import type { ActorId, Region } from './types';
import type { View } from './view';

/**
 * Japan: two port bans (2006-10, 2016-02) and a UN-implementing financial measure (2017-08).
 * Germany: the EU's labour restriction through membership from 2017-10. Côte d'Ivoire: trade
 * 2016-05 to 2017-06. Zambia: nothing. The DPRK: the target, no row.
 */
const dataset = datasetOf(
  [
    actor(
      'JPN',
      [
        measure('jpn-ports', { category: 'port_ban', start: '2006-10' }),
        measure('jpn-ports-2', { category: 'port_ban', start: '2016-02-19' }),
        measure('jpn-un', {
          category: 'financial',
          start: '2017-08',
          basis: 'un_implementation',
          resolutions: ['2371'],
        }),
      ],
      { name: 'Japan', regions: ['142', '030'] },
    ),
    actor('EU', [measure('eu-workers', { category: 'labor_restriction', start: '2017-10' })], {
      kind: 'bloc',
      name: 'European Union',
    }),
    actor('DEU', [], { name: 'Germany', regions: ['150', '155'] }),
    actor(
      'CIV',
      [
        measure('civ-trade', {
          category: 'trade_ban',
          start: '2016-05',
          end: '2017-06',
          endReason: 'lifted',
        }),
      ],
      { name: "Côte d'Ivoire", regions: ['002', '202', '011'] },
    ),
    actor('ZMB', [], { name: 'Zambia', regions: ['002', '202', '014'] }),
    actor('PRK', [], { name: 'North Korea', regions: ['142', '030'] }),
  ],
  [euBloc([{ state: 'DEU' as ActorId, from: '1958' }])],
);
const rowsAt = (over: Partial<View>) => {
  const view = viewOf(over);
  return tableRows(dataset, view, readView(dataset, view));
};
const brief = (rows: readonly TableRow[]) =>
  Object.fromEntries(
    rows.map((r) => [
      r.id,
      [r.kinds, r.byKind.map((k) => `${k.category}:${k.count}`).join(' '), r.first],
    ]),
  );

describe('tableRows', () => {
  it.each([
    [
      '2017-12, everything shown',
      {},
      {
        JPN: [2, 'port_ban:2 financial:1', '2006-10'],
        DEU: [1, 'labor_restriction:1', '2017-10'],
        CIV: [0, '', '2016-05'],
        ZMB: [0, '', null],
      },
    ],
    [
      '2016-06: later measures are not yet there',
      { date: '2016-06' as Month },
      {
        JPN: [1, 'port_ban:2', '2006-10'],
        DEU: [0, '', null],
        CIV: [1, 'trade_ban:1', '2016-05'],
        ZMB: [0, '', null],
      },
    ],
    [
      'the filter: financial only',
      { categories: ['financial'] },
      {
        JPN: [1, 'financial:1', '2017-08'],
        DEU: [0, '', null],
        CIV: [0, '', null],
        ZMB: [0, '', null],
      },
    ],
    [
      'the autonomous scope',
      { scope: 'autonomous' },
      {
        JPN: [1, 'port_ban:2', '2006-10'],
        DEU: [1, 'labor_restriction:1', '2017-10'],
        CIV: [0, '', '2016-05'],
        ZMB: [0, '', null],
      },
    ],
  ] as const)('%s', (_, over, expected) => {
    expect(brief(rowsAt(over))).toEqual(expected);
  });

  it("gives each row the map's level under the kinds lens and the lens's class", () => {
    const rows = rowsAt({});
    const reading = readView(dataset, viewOf({}));
    for (const row of rows) {
      const state = reading.states.get(row.id);
      expect(state?.kind === 'member' && [state.level, state.cls]).toEqual([row.kinds, row.cls]);
    }
  });
});

describe('sortRows', () => {
  const rows = rowsAt({});
  const ids = (r: readonly TableRow[]) => r.map((x) => x.id);
  it.each([
    ['name', 'ascending', ['CIV', 'DEU', 'JPN', 'ZMB']],
    ['name', 'descending', ['ZMB', 'JPN', 'DEU', 'CIV']],
    ['kinds', 'descending', ['JPN', 'DEU', 'CIV', 'ZMB']],
    ['kinds', 'ascending', ['CIV', 'ZMB', 'DEU', 'JPN']],
    ['first', 'ascending', ['JPN', 'CIV', 'DEU', 'ZMB']],
    // States with no measure stay last whichever way.
    ['first', 'descending', ['DEU', 'CIV', 'JPN', 'ZMB']],
  ] as const)('by %s, %s', (key, direction, expected) => {
    expect(ids(sortRows(rows, key, direction))).toEqual(expected);
  });
});

describe('filterRows', () => {
  const rows = rowsAt({});
  const ids = (r: readonly TableRow[]) => r.map((x) => x.id).sort();
  it.each([
    ['', null, ['CIV', 'DEU', 'JPN', 'ZMB']],
    ['cote', null, ['CIV']],
    ['  JAP ', null, ['JPN']],
    ['', '002', ['CIV', 'ZMB']],
    ['', '011', ['CIV']],
    ['a', '150', ['DEU']],
    ['zambia', '150', []],
  ] as const)('name %j in area %j', (text, region, expected) => {
    expect(ids(filterRows(rows, text, region))).toEqual(expected);
  });
});

describe('regionTree', () => {
  it('lists each region, then its areas beneath it, by name', () => {
    const r = (code: string, name: string, level: Region['level'], parent?: string): Region => ({
      code,
      name,
      level,
      ...(parent && { parent }),
    });
    const tree = regionTree([
      r('202', 'Sub-Saharan Africa', 'subRegion', '002'),
      r('150', 'Europe', 'region'),
      r('011', 'Western Africa', 'intermediateRegion', '202'),
      r('002', 'Africa', 'region'),
      r('015', 'Northern Africa', 'subRegion', '002'),
    ]);
    expect(tree.map((t) => `${'-'.repeat(t.depth)}${t.region.name}`)).toEqual([
      'Africa',
      '-Northern Africa',
      '-Sub-Saharan Africa',
      '--Western Africa',
      'Europe',
    ]);
  });
});
