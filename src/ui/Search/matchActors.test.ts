import { describe, expect, it } from 'vitest';
import { actor } from '../../model/testing/fixtures';
import { matchActors, searchEntries } from './matchActors';

/** Names as the data files give them. */
const entries = searchEntries(
  [
    ['MAC', 'Macao (China SAR)'],
    ['MDG', 'Madagascar'],
    ['MLI', 'Mali'],
    ['MLT', 'Malta'],
    ['MYS', 'Malaysia'],
    ['KOR', 'South Korea'],
    ['PRK', 'North Korea'],
    ['TUR', 'Turkey'],
    ['CIV', "Côte d'Ivoire"],
    ['ARE', 'United Arab Emirates'],
    ['USA', 'United States'],
    ['GBR', 'United Kingdom'],
    ['CZE', 'Czech Republic'],
    ['EU', 'European Union'],
    ['UN', 'United Nations (Security Council)'],
  ].map(([id, name]) => actor(id as string, [], { name: name as string })),
);
const first = (query: string) => matchActors(entries, query)[0];

describe('matchActors', () => {
  it.each([
    ['Malta', 'MLT', null],
    ['malta', 'MLT', null],
    ['Malt', 'MLT', null],
    ['South Korea', 'KOR', null],
    ['Republic of Korea', 'KOR', 'Republic of Korea'],
    ['ROK', 'KOR', 'ROK'],
    ['rok', 'KOR', 'ROK'],
    ['DPRK', 'PRK', 'DPRK'],
    ['North Korea', 'PRK', null],
    ['Türkiye', 'TUR', 'Türkiye'],
    ['Turkiye', 'TUR', 'Türkiye'],
    ['Turkey', 'TUR', null],
    ['cote d', 'CIV', null],
    ['Ivory Coast', 'CIV', 'Ivory Coast'],
    ['UAE', 'ARE', 'UAE'],
    ['USA', 'USA', 'USA'],
    ['UK', 'GBR', 'UK'],
    ['Czechia', 'CZE', 'Czechia'],
    ['Security Council', 'UN', null],
    ['United Nations', 'UN', null],
    ['EU', 'EU', null],
  ])('%j finds %s (as %j)', (query, id, alias) => {
    expect(first(query)).toEqual(expect.objectContaining({ id, alias }));
  });

  it('puts names that start with the text first, in name order', () => {
    expect(matchActors(entries, 'Ma').map((h) => h.id)).toEqual([
      'MAC',
      'MDG',
      'MYS',
      'MLI',
      'MLT',
    ]);
  });

  it('puts the state an other name is, "Korea", before one whose name holds it', () => {
    expect(matchActors(entries, 'Korea')).toEqual([
      { id: 'KOR', name: 'South Korea', alias: null },
      { id: 'PRK', name: 'North Korea', alias: null },
    ]);
  });

  it('finds nothing for nothing, and nothing for nonsense', () => {
    expect(matchActors(entries, '  ')).toEqual([]);
    expect(matchActors(entries, 'Atlantis')).toEqual([]);
  });

  it('gives at most the number asked for', () => {
    expect(matchActors(entries, 'a', 3)).toHaveLength(3);
  });
});
