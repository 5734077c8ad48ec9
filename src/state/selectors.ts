import type { Category } from '../model/categories';
import { statusesAt, type StateStatus } from '../model/levels';
import type { Month } from '../model/month';
import type { ActorId, Dataset } from '../model/types';
import type { AppState } from './store';

/**
 * Named selectors. Anything costly is memoised on the exact inputs it reads, so moving the
 * timeline recomputes the statuses once per month, and components re-render only when the
 * value they select changes.
 */
export const selectDate = (s: AppState) => s.view.date;
export const selectMeasures = (s: AppState) => s.view.measures;
export const selectCountry = (s: AppState) => s.view.country;
export const selectEmbed = (s: AppState) => s.view.embed;
export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.speed;
export const selectLoad = (s: AppState) => s.load;

export function selectDataset(s: AppState): Dataset | null {
  return s.load.status === 'ready' ? s.load.dataset : null;
}

let filterCache: { measures: readonly Category[]; set: ReadonlySet<Category> } | null = null;

/** The filter as a Set, the same object for the same selection. */
export function selectFilterSet(s: AppState): ReadonlySet<Category> {
  if (filterCache?.measures !== s.view.measures) {
    filterCache = { measures: s.view.measures, set: new Set(s.view.measures) };
  }
  return filterCache.set;
}

const EMPTY = new Map<ActorId, StateStatus>();
let statusCache: {
  dataset: Dataset;
  date: Month;
  filter: ReadonlySet<Category>;
  statuses: ReadonlyMap<ActorId, StateStatus>;
} | null = null;

/** Every state's status at the chosen month under the filter: the map's colouring as data. */
export function selectStatuses(s: AppState): ReadonlyMap<ActorId, StateStatus> {
  const dataset = selectDataset(s);
  if (!dataset) return EMPTY;
  const filter = selectFilterSet(s);
  const date = s.view.date;
  if (
    statusCache?.dataset !== dataset ||
    statusCache.date !== date ||
    statusCache.filter !== filter
  ) {
    statusCache = { dataset, date, filter, statuses: statusesAt(dataset, date, filter) };
  }
  return statusCache.statuses;
}
