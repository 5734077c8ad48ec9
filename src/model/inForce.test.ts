import { describe, expect, it } from 'vitest';
import { applyBlocs } from './applyBlocs';
import { CATEGORIES, type Category } from './categories';
import { coalitionSize, hasUnresearched, levelAt, statusOf } from './levels';
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

describe('statusOf', () => {
  it('sets the DPRK apart as the target', () => {
    expect(statusOf(actor('PRK'), [], m('2016-03'), all)).toEqual({ kind: 'target' });
  });

  it('marks states outside the dataset, and the EU, as unknown on the map', () => {
    expect(statusOf(undefined, undefined, m('2016-03'), all)).toEqual({ kind: 'unknown' });
    expect(statusOf(actor('EU', [], { kind: 'bloc' }), [], m('2016-03'), all)).toEqual({
      kind: 'unknown',
    });
  });

  it('tells "not yet researched" from "no measure found"', () => {
    const unresearched = actor('AUT', [], {
      research: { status: 'not-yet-researched', checked: '2026-11-28' },
    });
    expect(statusOf(unresearched, [], m('2016-03'), all)).toEqual({
      kind: 'member',
      research: 'not-yet-researched',
      level: 0,
    });
    expect(statusOf(actor('ZMB'), [], m('2016-03'), all)).toEqual({
      kind: 'member',
      research: 'no-measure-found',
      level: 0,
    });
  });
});

describe('hasUnresearched', () => {
  const dataset = (actors: ReturnType<typeof actor>[]) =>
    ({ actors: actorMap(...actors) }) as unknown as Parameters<typeof hasUnresearched>[0];

  it('is true only while some state is not yet researched', () => {
    const unresearched = actor('AUT', [], {
      research: { status: 'not-yet-researched', checked: '2026-11-28' },
    });
    expect(hasUnresearched(dataset([actor('JPN', [measure('x')]), unresearched]))).toBe(true);
    expect(hasUnresearched(dataset([actor('JPN', [measure('x')]), actor('ZMB')]))).toBe(false);
  });
});

describe('coalitionSize', () => {
  it('counts member states with at least one kind in force, not the target or unknowns', () => {
    const statuses = new Map<ActorId, ReturnType<typeof statusOf>>([
      ['JPN' as ActorId, { kind: 'member', research: 'researched', level: 3 }],
      ['KOR' as ActorId, { kind: 'member', research: 'researched', level: 1 }],
      ['ZMB' as ActorId, { kind: 'member', research: 'no-measure-found', level: 0 }],
      ['PRK' as ActorId, { kind: 'target' }],
    ]);
    expect(coalitionSize(statuses)).toBe(2);
  });
});
