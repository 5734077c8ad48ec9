import type { MapGeometry } from '../map/geometry';
import { applyBlocs } from '../model/applyBlocs';
import type { Month } from '../model/month';
import { actor, actorMap, measure } from '../model/testing/fixtures';
import type { ActorId, Dataset } from '../model/types';
import { createAppStore } from './store';
import type { ViewContext } from './view';

/** A store already loaded with a two-state dataset, for tests of what runs on top of it. */
export function loadedStore(now = new Date('2026-11-15T12:00:00Z')) {
  const actors = actorMap(actor('JPN', [measure('jpn-a', { start: '2016-02-10' })]), actor('KOR'));
  const dataset: Dataset = {
    version: 'test',
    updated: '2026-11-28',
    categories: [],
    actors,
    applied: applyBlocs(actors, []),
    blocs: [],
    events: [],
    firstMonth: '2006-07' as Month,
  };
  const geometry: MapGeometry = { width: 10, height: 10, shapes: [], otherLand: '' };
  const ctx: ViewContext = {
    minMonth: '2006-07' as Month,
    maxMonth: '2026-11' as Month,
    defaultMonth: '2026-11' as Month,
    isActor: (id) => actors.has(id as ActorId),
  };
  const store = createAppStore(now);
  store.getState().loaded(dataset, geometry, ctx, {
    date: '2016-03' as Month,
    measures: ['port_ban'],
    country: null,
    embed: false,
  });
  return store;
}
