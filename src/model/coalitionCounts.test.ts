import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './categories';
import { coalitionCounts, coalitionSize } from './coalitionCounts';
import { readView } from './lens';
import type { Month } from './month';
import { datasetOf, viewOf } from './testing/dataset';
import { actor, euBloc, measure } from './testing/fixtures';
import type { ActorId } from './types';

/**
 * Japan: ports from 2016-02, trade 2016-03 to 2016-06 (relaxed), a UN-implementing financial
 * measure from 2016-04. Germany: the EU's labour restriction through membership from 2016-03.
 * The DPRK is the target: never counted, whatever its file says.
 */
const dataset = datasetOf(
  [
    actor('JPN', [
      measure('jpn-ports', { category: 'port_ban', start: '2016-02-19' }),
      measure('jpn-trade', {
        category: 'trade_ban',
        start: '2016-03',
        end: '2016-06',
        endReason: 'relaxed',
      }),
      measure('jpn-un', {
        category: 'financial',
        start: '2016-04',
        basis: 'un_implementation',
        resolutions: ['2270'],
      }),
    ]),
    actor('EU', [measure('eu-workers', { category: 'labor_restriction', start: '2016-03' })], {
      kind: 'bloc',
    }),
    actor('DEU'),
    actor('PRK', [measure('prk-self', { category: 'port_ban', start: '2016-01' })]),
  ],
  [euBloc([{ state: 'DEU' as ActorId, from: '1958' }])],
);
const FROM = '2016-01' as Month;
const TO = '2016-07' as Month;

describe('coalitionCounts', () => {
  it('counts the states with each kind in force, month by month', () => {
    const { months, byCategory } = coalitionCounts(dataset, FROM, TO);
    expect(months).toEqual([
      '2016-01',
      '2016-02',
      '2016-03',
      '2016-04',
      '2016-05',
      '2016-06',
      '2016-07',
    ]);
    expect(byCategory.port_ban).toEqual([0, 1, 1, 1, 1, 1, 1]);
    expect(byCategory.trade_ban).toEqual([0, 0, 1, 1, 1, 0, 0]);
    expect(byCategory.financial).toEqual([0, 0, 0, 1, 1, 1, 1]);
    // Germany through the EU; the EU itself is a bloc, not a state on the map.
    expect(byCategory.labor_restriction).toEqual([0, 0, 1, 1, 1, 1, 1]);
    expect(byCategory.entry_ban).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('counts only measures beyond the UN under the autonomous scope', () => {
    const { byCategory } = coalitionCounts(dataset, FROM, TO, 'autonomous');
    expect(byCategory.financial).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(byCategory.port_ban).toEqual([0, 1, 1, 1, 1, 1, 1]);
  });

  it.each([
    [['port_ban'], [0, 1, 1, 1, 1, 1, 1]],
    [['labor_restriction'], [0, 0, 1, 1, 1, 1, 1]],
    [
      ['port_ban', 'labor_restriction'],
      [0, 1, 2, 2, 2, 2, 2],
    ],
    [[], [0, 0, 0, 0, 0, 0, 0]],
  ] as const)('gives the coalition size under the filter %j', (filter, expected) => {
    expect(coalitionSize(coalitionCounts(dataset, FROM, TO), filter)).toEqual(expected);
  });

  it('agrees with the map: each count is the number of states the kinds lens puts above 0', () => {
    const counts = coalitionCounts(dataset, FROM, TO);
    for (const scope of ['all', 'autonomous'] as const) {
      const scoped = coalitionCounts(dataset, FROM, TO, scope);
      scoped.months.forEach((date, i) => {
        for (const c of CATEGORIES) {
          const map = readView(dataset, viewOf({ date, categories: [c], scope }));
          expect(scoped.byCategory[c][i], `${c} in ${date} (${scope})`).toBe(map.count);
        }
        const all = readView(dataset, viewOf({ date, scope }));
        expect(coalitionSize(scoped, CATEGORIES)[i]).toBe(all.count);
      });
    }
    expect(counts.months).toHaveLength(7);
  });

  it('is computed once per dataset, range and scope', () => {
    expect(coalitionCounts(dataset, FROM, TO)).toBe(coalitionCounts(dataset, FROM, TO));
    expect(coalitionCounts(dataset, FROM, TO, 'autonomous')).not.toBe(
      coalitionCounts(dataset, FROM, TO),
    );
    const counts = coalitionCounts(dataset, FROM, TO);
    expect(coalitionSize(counts, ['port_ban'])).toBe(coalitionSize(counts, ['port_ban']));
  });
});
