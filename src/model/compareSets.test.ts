import { describe, expect, it } from 'vitest';
import { compareSets } from './compareSets';
import type { Month } from './month';
import { datasetOf, viewOf } from './testing/dataset';
import { actor, euBloc, measure } from './testing/fixtures';
import type { ActorId } from './types';

/**
 * Japan: ports from 2006-10 (autonomous). Russia: a UN-implementing trade ban from 2016-12.
 * Zambia: workers sent home 2016-05 to 2017-06 (lifted). Germany: the EU's labour restriction
 * from 2017-10. Austria: nothing. The DPRK: the target, in no list. (Names are "Name of <id>",
 * so the lists, sorted by name, read in id order.)
 */
const dataset = datasetOf(
  [
    actor('JPN', [measure('jpn-ports', { category: 'port_ban', start: '2006-10' })]),
    actor('RUS', [
      measure('rus-trade', {
        category: 'trade_ban',
        start: '2016-12',
        basis: 'un_implementation',
        resolutions: ['2270'],
      }),
    ]),
    actor('ZMB', [
      measure('zmb-workers', {
        category: 'labor_restriction',
        start: '2016-05',
        end: '2017-06',
        endReason: 'lifted',
      }),
    ]),
    actor('EU', [measure('eu-workers', { category: 'labor_restriction', start: '2017-10' })], {
      kind: 'bloc',
    }),
    actor('DEU'),
    actor('AUT'),
    actor('PRK'),
  ],
  [euBloc([{ state: 'DEU' as ActorId, from: '1958' }])],
);
const sets = (date: string, compare: string, over = {}) => {
  const s = compareSets(
    dataset,
    viewOf({ date: date as Month, compare: compare as Month, lens: 'compare', ...over }),
  );
  return { from: s.from, to: s.to, joined: s.joined, left: s.left, stayed: s.stayed };
};

describe('compareSets', () => {
  it.each([
    [
      'January 2016 to January 2018',
      '2018-01',
      '2016-01',
      { from: '2016-01', to: '2018-01', joined: ['DEU', 'RUS'], left: [], stayed: ['JPN'] },
    ],
    [
      'either order of the two dates',
      '2016-01',
      '2018-01',
      { from: '2016-01', to: '2018-01', joined: ['DEU', 'RUS'], left: [], stayed: ['JPN'] },
    ],
    [
      'a state whose only measure ended',
      '2017-08',
      '2016-08',
      { from: '2016-08', to: '2017-08', joined: ['RUS'], left: ['ZMB'], stayed: ['JPN'] },
    ],
    [
      'the same month twice',
      '2017-01',
      '2017-01',
      { from: '2017-01', to: '2017-01', joined: [], left: [], stayed: ['JPN', 'RUS', 'ZMB'] },
    ],
  ])('%s', (_, date, compare, expected) => {
    expect(sets(date, compare)).toEqual(expected);
  });

  it('follows the filter: only measures of the kinds shown make a member', () => {
    expect(sets('2018-01', '2016-01', { categories: ['labor_restriction'] })).toMatchObject({
      joined: ['DEU'],
      left: [],
      stayed: [],
    });
  });

  it('follows the scope: under "autonomous" a UN-implementing measure makes no member', () => {
    expect(sets('2018-01', '2016-01', { scope: 'autonomous' })).toMatchObject({
      joined: ['DEU'],
      stayed: ['JPN'],
    });
  });
});
