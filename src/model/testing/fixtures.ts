import type { Category } from '../categories';
import type { Actor, ActorId, Bloc, Measure } from '../types';

/** Small builders for tests: a measure or actor with only the fields a test cares about. */
export function measure(
  id: string,
  over: Partial<Measure> & { category?: Category } = {},
): Measure {
  return {
    id,
    state: 'JPN' as ActorId,
    category: 'port_ban',
    summary: `Summary of ${id}`,
    start: '2016-02-10',
    startBasis: 'effective',
    instrument: 'Cabinet decision',
    evidence: 'official',
    basis: 'autonomous',
    sources: [{ title: 'T', publisher: 'P', date: '2016-02-10', url: 'https://example.org/a' }],
    ...over,
  };
}

export function actor(id: string, measures: Measure[] = [], over: Partial<Actor> = {}): Actor {
  return {
    id: id as ActorId,
    name: `Name of ${id}`,
    kind: 'state',
    research: {
      status: measures.length > 0 ? 'researched' : 'no-measure-found',
      checked: '2026-11-28',
    },
    measures: measures.map((m) => ({ ...m, state: id as ActorId })),
    ...over,
  };
}

export function actorMap(...actors: Actor[]): Map<ActorId, Actor> {
  return new Map(actors.map((a) => [a.id, a]));
}

export function euBloc(members: Bloc['members']): Bloc {
  return {
    id: 'EU' as ActorId,
    name: 'European Union',
    members,
    sources: [{ title: 'T', publisher: 'P', date: '2020', url: 'https://example.org/eu' }],
  };
}

/** A test dataset's title, authors and licence. */
export const ABOUT = {
  title: 'Test dataset',
  authors: [{ family: 'Doe', given: 'Jane' }, { name: 'Test Group' }],
  license: 'CC BY 4.0',
} as const;
