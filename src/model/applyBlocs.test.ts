import { describe, expect, it } from 'vitest';
import { applyBlocs } from './applyBlocs';
import { actor, actorMap, euBloc, measure } from './testing/fixtures';
import type { ActorId } from './types';

const id = (s: string) => s as ActorId;

const eu = actor(
  'EU',
  [
    measure('eu-2006-arms', { category: 'trade_ban', start: '2006-12-22', state: id('EU') }),
    measure('eu-2016-transfers', {
      category: 'remittance_limit',
      start: '2016-05-27',
      state: id('EU'),
    }),
    measure('eu-2013-gold', {
      category: 'trade_ban',
      start: '2013-02-18',
      end: '2016-05-27',
      endReason: 'superseded',
      state: id('EU'),
    }),
  ],
  { kind: 'bloc' },
);

const actors = actorMap(
  eu,
  actor('DEU'),
  actor('BGR'),
  actor('HRV'),
  actor('GBR', [measure('gbr-2020-regime', { category: 'other', start: '2020-12-31' })]),
  actor('NOR', [measure('nor-2014-ports', { start: '2014-03-28' })]),
);
const bloc = euBloc([
  { state: id('DEU'), from: '1958-01-01' },
  { state: id('BGR'), from: '2007-01-01' },
  { state: id('HRV'), from: '2013-07-01' },
  { state: id('GBR'), from: '1973-01-01', until: '2020-01-31', measuresApplyUntil: '2020-12-31' },
]);
const applied = applyBlocs(actors, [bloc]);

const view = (state: string) =>
  (applied.get(id(state)) ?? []).map((a) => [a.measure.id, a.via, a.from, a.until]);

describe('applyBlocs', () => {
  it('gives a founding member every EU measure for its whole span', () => {
    expect(view('DEU')).toEqual([
      ['eu-2006-arms', 'EU', '2006-12', null],
      ['eu-2013-gold', 'EU', '2013-02', '2016-05'],
      ['eu-2016-transfers', 'EU', '2016-05', null],
    ]);
  });

  it('applies measures adopted before accession only from accession', () => {
    expect(view('BGR')[0]).toEqual(['eu-2006-arms', 'EU', '2007-01', null]);
    expect(view('HRV')).toEqual([
      ['eu-2006-arms', 'EU', '2013-07', null],
      ['eu-2013-gold', 'EU', '2013-07', '2016-05'],
      ['eu-2016-transfers', 'EU', '2016-05', null],
    ]);
  });

  it('keeps EU measures on the UK through the transition, beside its own', () => {
    expect(view('GBR')).toEqual([
      ['eu-2006-arms', 'EU', '2006-12', '2020-12'],
      ['eu-2013-gold', 'EU', '2013-02', '2016-05'],
      ['eu-2016-transfers', 'EU', '2016-05', '2020-12'],
      ['gbr-2020-regime', null, '2020-12', null],
    ]);
  });

  it('gives non-members only their own measures, and the EU only its own', () => {
    expect(view('NOR')).toEqual([['nor-2014-ports', null, '2014-03', null]]);
    expect(view('EU').map(([m, via]) => [m, via])).toEqual([
      ['eu-2006-arms', null],
      ['eu-2013-gold', null],
      ['eu-2016-transfers', null],
    ]);
  });
});
