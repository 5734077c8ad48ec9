import { describe, expect, it } from 'vitest';
import { applyBlocs } from './applyBlocs';
import { CATEGORIES, type Category } from './categories';
import { levelAt, measuresInForce } from './inForce';
import type { Month } from './month';
import { actor, actorMap, measure } from './testing/fixtures';
import type { ActorId } from './types';

const m = (s: string) => s as Month;
const all = new Set<Category>(CATEGORIES);

// Japan's entry ban eased in July 2014 and was re-imposed in February 2016: two spans.
const jpn = actor('JPN', [
  measure('entry-2006', {
    category: 'entry_ban',
    start: '2006-10',
    end: '2014-07-04',
    endReason: 'lifted',
  }),
  measure('entry-2016', { category: 'entry_ban', start: '2016-02-10' }),
  measure('ports-2016', { category: 'port_ban', start: '2016-02-19' }),
  measure('ports-2016-third', { category: 'port_ban', start: '2016-02-19' }),
  measure('trade-2006', { category: 'trade_ban', start: '2006-10' }),
]);
const applied = applyBlocs(actorMap(jpn), []).get('JPN' as ActorId) ?? [];

describe('levelAt', () => {
  it.each([
    ['2006-09', 0],
    ['2006-10', 2],
    ['2014-06', 2],
    ['2014-07', 1],
    ['2016-01', 1],
    ['2016-02', 3],
    ['2026-11', 3],
  ])('Japan in %s has %i kinds of measure in force', (month, level) => {
    expect(levelAt(applied, m(month), all)).toBe(level);
  });

  it('counts kinds, not measures: two port bans are one kind', () => {
    expect(levelAt(applied, m('2016-03'), new Set<Category>(['port_ban']))).toBe(1);
  });

  it('counts only the categories the filter keeps', () => {
    expect(
      levelAt(applied, m('2016-03'), new Set<Category>(['entry_ban', 'remittance_limit'])),
    ).toBe(1);
    expect(levelAt(applied, m('2016-03'), new Set<Category>())).toBe(0);
  });
});

describe('scope', () => {
  const mixed =
    applyBlocs(
      actorMap(
        actor('RUS', [
          measure('un-part', {
            category: 'trade_ban',
            start: '2016-12',
            basis: 'un_implementation',
            resolutions: ['2270'],
          }),
          measure('own-part', { category: 'entry_ban', start: '2017-01', basis: 'autonomous' }),
        ]),
      ),
      [],
    ).get('RUS' as ActorId) ?? [];

  it('counts every measure, or only those beyond what the UN required', () => {
    expect(levelAt(mixed, m('2017-06'), all)).toBe(2);
    expect(levelAt(mixed, m('2017-06'), all, 'autonomous')).toBe(1);
    expect(measuresInForce(mixed, m('2016-12'), all, 'autonomous')).toEqual([]);
  });
});
