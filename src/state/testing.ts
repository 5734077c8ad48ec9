import type { World } from '../map/prepare';
import { applyBlocs } from '../model/applyBlocs';
import type { Month } from '../model/month';
import { ABOUT, actor, actorMap, measure } from '../model/testing/fixtures';
import type { ActorId, Dataset } from '../model/types';
import { FOCUS_REGIONS, type FocusRegion } from '../model/view';
import { DEFAULT_CHROME } from './chrome';
import { createAppStore } from './store';
import type { ViewContext } from './viewContext';

const NO_REGIONS = Object.fromEntries(FOCUS_REGIONS.map((r) => [r, null])) as Record<
  FocusRegion,
  null
>;

/** A store already loaded with a two-state dataset, for tests of what runs on top of it. */
export function loadedStore(now = new Date('2026-11-15T12:00:00Z')) {
  const actors = actorMap(actor('JPN', [measure('jpn-a', { start: '2016-02-10' })]), actor('KOR'));
  const dataset: Dataset = {
    version: 'abc123def456',
    updated: '2026-11-28',
    ...ABOUT,
    categories: [],
    actors,
    applied: applyBlocs(actors, []),
    blocs: [],
    events: [],
    resolutions: [],
    jointActions: [],
    regions: [],
    firstMonth: '2006-07' as Month,
  };
  const world: World = {
    dataset,
    geometry: { width: 10, height: 10, shapes: [], otherLand: '', regions: NO_REGIONS },
    range: { min: '2006-07' as Month, max: '2026-11' as Month },
    measureIndex: new Map(),
  };
  const ctx: ViewContext = {
    minMonth: '2006-07' as Month,
    maxMonth: '2026-11' as Month,
    defaultMonth: '2026-11' as Month,
    isActor: (id) => actors.has(id as ActorId),
    isResolution: (id) => id === '2397',
  };
  const store = createAppStore(now);
  store.getState().loaded(world, ctx, {
    view: {
      date: '2016-03' as Month,
      categories: ['port_ban'],
      scope: 'all',
      lens: 'kinds',
      compare: null,
      resolution: null,
      actor: null,
      highlight: [],
      focus: 'world',
    },
    chrome: DEFAULT_CHROME,
    dataVersion: null,
  });
  return store;
}
