import { describe, expect, it } from 'vitest';
import { handoutOf } from './handout';
import type { Month } from './month';
import { datasetOf, viewOf } from './testing/dataset';
import { actor, euBloc, measure } from './testing/fixtures';
import type { ActorId } from './types';

const source = (url: string) => ({ title: url, publisher: 'P', date: '2016', url });

/**
 * Japan: a port ban (2006-10, two sources) and a financial measure (2017-08, one of the same
 * sources). Germany: the EU's labour restriction through membership. Côte d'Ivoire: trade, lifted
 * 2017-06. Zambia: nothing. The DPRK: the target.
 */
const dataset = datasetOf(
  [
    actor(
      'JPN',
      [
        measure('jpn-ports', {
          category: 'port_ban',
          start: '2006-10',
          sources: [source('https://a.example/1'), source('https://a.example/2')],
        }),
        measure('jpn-money', {
          category: 'financial',
          start: '2017-08',
          sources: [source('https://a.example/2')],
        }),
      ],
      { name: 'Japan' },
    ),
    actor(
      'EU',
      [
        measure('eu-workers', {
          category: 'labor_restriction',
          start: '2017-10',
          sources: [source('https://eu.example/w')],
        }),
      ],
      { kind: 'bloc', name: 'European Union' },
    ),
    actor('DEU', [], { name: 'Germany' }),
    actor(
      'CIV',
      [measure('civ-trade', { category: 'trade_ban', start: '2016-05', end: '2017-06' })],
      { name: "Côte d'Ivoire" },
    ),
    actor('ZMB', [], { name: 'Zambia' }),
    actor('PRK', [measure('prk-x', { start: '2010' })], { name: 'North Korea' }),
  ],
  [euBloc([{ state: 'DEU' as ActorId, from: '1958' }])],
);

const brief = (month: string, over = {}) =>
  handoutOf(dataset, viewOf({ date: month as Month, ...over })).states.map((s) => [
    s.id,
    s.kinds.join(' '),
    s.own.map((m) => `${m.id}:${m.sources.join(',')}`).join(' '),
    s.through.map((t) => `${t.bloc}:${t.count}`).join(' '),
  ]);

describe('handoutOf', () => {
  it.each([
    [
      '2017-12: who had measures in force, by name; a member’s bloc measures counted, the bloc’s listed',
      '2017-12',
      {},
      [
        ['EU', 'labor_restriction', 'eu-workers:1', ''],
        ['DEU', 'labor_restriction', '', 'EU:1'],
        ['JPN', 'port_ban financial', 'jpn-ports:2,3 jpn-money:3', ''],
      ],
    ],
    [
      '2016-06: a measure lifted later is in force, a later measure not yet',
      '2016-06',
      {},
      [
        ['CIV', 'trade_ban', 'civ-trade:1', ''],
        ['JPN', 'port_ban', 'jpn-ports:2,3', ''],
      ],
    ],
    [
      '2017-12 with one kind shown: only that kind',
      '2017-12',
      { categories: ['port_ban'] },
      [['JPN', 'port_ban', 'jpn-ports:1,2', '']],
    ],
  ])('%s', (_label, month, over, expected) => {
    expect(brief(month, over)).toEqual(expected);
  });

  it('lists each source once, numbered in the order first cited', () => {
    const { sources } = handoutOf(dataset, viewOf({ date: '2017-12' as Month }));
    expect(sources.map((s) => s.url)).toEqual([
      'https://eu.example/w',
      'https://a.example/1',
      'https://a.example/2',
    ]);
  });

  it('is empty before any measure', () => {
    expect(handoutOf(dataset, viewOf({ date: '2000-01' as Month }))).toEqual({
      states: [],
      sources: [],
    });
  });
});
