import { describe, expect, it } from 'vitest';
import { applyBlocs } from '../model/applyBlocs';
import { actor, actorMap, euBloc, measure } from '../model/testing/fixtures';
import type { ActorId } from '../model/types';
import { fragmentId, measureTarget } from './measureLink';
import { indexMeasures } from './prepare';

const actors = actorMap(
  actor('JPN', [
    measure('jpn-2006-port-ban'),
    measure('jpn-2009-extension', { aliases: ['jpn-2011-extension', 'jpn-2013-extension'] }),
  ]),
  actor('KOR', [measure('kor-2010-may-24')]),
  actor('FRA'),
  actor('EU', [measure('eu-2006-arms-embargo', { start: '2006-11' })], { kind: 'bloc' }),
);
const applied = applyBlocs(actors, [euBloc([{ state: 'FRA' as ActorId, from: '1958' }])]);
const index = indexMeasures(actors.values());
const id = (s: string) => s as ActorId;

describe('a measure permalink', () => {
  it.each([
    ['#jpn-2006-port-ban', 'jpn-2006-port-ban'],
    ['jpn-2006-port-ban', 'jpn-2006-port-ban'],
    ['#jpn%2D2006', 'jpn-2006'],
    ['#', null],
    ['', null],
    ['#%E0%A4%A', null],
  ])('reads the fragment %j as the id %j', (hash, expected) => {
    expect(fragmentId(hash)).toBe(expected);
  });

  it.each([
    // fragment, open panel, expected panel and measure
    ['#jpn-2006-port-ban', 'JPN', { actor: 'JPN', id: 'jpn-2006-port-ban' }],
    ['#jpn-2006-port-ban', null, { actor: 'JPN', id: 'jpn-2006-port-ban' }],
    ['#jpn-2013-extension', 'JPN', { actor: 'JPN', id: 'jpn-2009-extension' }],
    ['#jpn-2011-extension', null, { actor: 'JPN', id: 'jpn-2009-extension' }],
    // a bloc's measure stays in the member's panel that shows it...
    ['#eu-2006-arms-embargo', 'FRA', { actor: 'FRA', id: 'eu-2006-arms-embargo' }],
    // ...and opens the bloc's own where the open panel does not hold it
    ['#eu-2006-arms-embargo', 'KOR', { actor: 'EU', id: 'eu-2006-arms-embargo' }],
    ['#kor-2010-may-24', 'JPN', { actor: 'KOR', id: 'kor-2010-may-24' }],
    ['#no-such-measure', 'JPN', null],
    ['#timeline', null, null],
    ['', 'JPN', null],
  ])('%s with the panel of %s open leads to %j', (hash, open, expected) => {
    expect(measureTarget(index, applied, open === null ? null : id(open), hash)).toEqual(expected);
  });
});
