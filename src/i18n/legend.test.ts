import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../model/categories';
import type { Month } from '../model/month';
import type { View } from '../model/view';
import { classLabel, legendFilter, legendHeading } from './legend';
import { translator } from './t';

const t = translator('en');
const view = (over: Partial<View>): View => ({
  date: '2017-09' as Month,
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

describe('the legend names what the colours count', () => {
  it.each([
    [{}, null],
    [{ categories: ['port_ban'] }, null],
    [{ categories: ['port_ban', 'trade_ban'] }, 'Measures shown: port bans or trade bans'],
    [{ categories: [] }, 'No kind of measure is selected.'],
    [{ scope: 'autonomous' }, 'Only those beyond what the UN required'],
    [
      { scope: 'autonomous', categories: ['port_ban', 'trade_ban'] },
      'Measures shown: port bans or trade bans; only those beyond what the UN required',
    ],
    [
      { lens: 'compare', compare: '2016-01', categories: ['port_ban'] },
      'Measures shown: port bans',
    ],
    [
      { lens: 'compare', compare: '2016-01', scope: 'autonomous' },
      'Only those beyond what the UN required',
    ],
    [{ lens: 'basis', categories: ['port_ban'] }, 'Measures shown: port bans'],
    // the joint lens counts joint actions, not measures
    [{ lens: 'joint', categories: ['port_ban'] }, null],
  ] as const)('%j: %j', (over, expected) => {
    expect(legendFilter(t, 'en', view(over as Partial<View>))).toBe(expected);
  });

  it.each([
    [{}, 'Kinds of measure in force'],
    [{ lens: 'basis' }, 'Beyond the UN, or implementing it'],
    [{ lens: 'resolution', resolution: '2397' }, 'National effect given to UNSCR 2397'],
    [{ lens: 'joint' }, 'Joint actions of the coalition joined'],
    [{ lens: 'compare', compare: '2018-01' }, 'Between September 2017 and January 2018'],
  ] as const)('headed for %j: %s', (over, expected) => {
    expect(legendHeading(t, 'en', view(over as Partial<View>))).toBe(expected);
  });
});

describe('classLabel', () => {
  it.each([
    ['kinds', 'k3', 3, '3'],
    ['kinds', 'none', 0, 'None in force'],
    ['kinds', 'unresearched', 0, 'Not yet researched'],
    ['joint', 'j4', 6, '6'],
    ['joint', 'none', 0, 'None'],
    ['basis', 'autonomous', 2, 'Measures beyond what the UN required'],
    ['compare', 'joined', 3, 'Joined'],
    ['compare', 'left', 1, 'Left'],
    ['resolution', 'none-found', 0, 'Searched: no implementing act found'],
  ] as const)('%s %s (level %i) reads %j', (lens, cls, level, expected) => {
    expect(classLabel(t, lens, cls, level)).toBe(expected);
  });
});
