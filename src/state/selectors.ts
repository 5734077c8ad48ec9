import type { Lang } from '../i18n/lang';
import { PROJECTOR_STYLE, STANDARD_STYLE, type MapStyle } from '../map/style';
import type { Category } from '../model/categories';
import { readingKey, readView } from '../model/lens';
import type { Reading } from '../model/reading';
import type { Dataset } from '../model/types';
import type { View } from '../model/view';
import type { AppState } from './store';

/**
 * Named selectors. Anything costly is memoised on the inputs it reads, keyed rather than in a
 * single slot, so two maps, a chart over every month or a story preview can share them without
 * thrashing; components re-render only when the value they select changes.
 */
export const selectDate = (s: AppState) => s.view.date;
export const selectCategories = (s: AppState) => s.view.categories;
export const selectOpenActor = (s: AppState) => s.view.actor;
export const selectLens = (s: AppState) => s.view.lens;
export const selectEmbed = (s: AppState) => s.chrome.embed;
export const selectChrome = (s: AppState) => s.chrome;
/** The language chosen (in the URL), which the page shows once its text has arrived. */
export const selectChosenLang = (s: AppState) => s.chrome.lang;
export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.chrome.speed;
export const selectStory = (s: AppState) => s.chrome.story;
export const selectPresent = (s: AppState) => s.chrome.present;
export const selectLoad = (s: AppState) => s.load;
export const selectView = (s: AppState) => s.view;
/** The language the page shows: the one chosen, once its text has arrived; English until then. */
export const selectLang = (s: AppState): Lang =>
  s.langsReady.includes(s.chrome.lang) ? s.chrome.lang : 'en';
/** The map's style: the projector's in presentation mode, the screen's otherwise. */
export const selectMapStyle = (s: AppState): MapStyle =>
  s.chrome.present ? PROJECTOR_STYLE : STANDARD_STYLE;

/** The states outlined now: a transient highlight while there is one, else the view's. */
export const selectShownHighlight = (s: AppState) =>
  s.transientHighlight.length > 0 ? s.transientHighlight : s.view.highlight;

export function selectDataset(s: AppState): Dataset | null {
  return s.load.status === 'ready' ? s.load.world.dataset : null;
}

const categorySets = new WeakMap<readonly Category[], ReadonlySet<Category>>();

/** A category list as a Set, the same object for the same list. */
export function categorySet(categories: readonly Category[]): ReadonlySet<Category> {
  let set = categorySets.get(categories);
  if (!set) {
    set = new Set(categories);
    categorySets.set(categories, set);
  }
  return set;
}

export const selectCategorySet = (s: AppState) => categorySet(s.view.categories);

/** Readings per dataset, by reading key; bounded, oldest out first. */
const MAX_READINGS = 600;
const readings = new WeakMap<Dataset, Map<string, Reading>>();

/** The reading of a view: computed once per dataset and key, whoever asks. */
export function readingOf(dataset: Dataset, view: View): Reading {
  let cache = readings.get(dataset);
  if (!cache) {
    cache = new Map();
    readings.set(dataset, cache);
  }
  const key = readingKey(view);
  let reading = cache.get(key);
  if (!reading) {
    reading = readView(dataset, view);
    if (cache.size >= MAX_READINGS) cache.delete(cache.keys().next().value as string);
    cache.set(key, reading);
  }
  return reading;
}

const EMPTY: Reading = {
  lens: 'kinds',
  states: new Map(),
  legend: [],
  counts: new Map(),
  count: 0,
  unresearched: false,
};

/** Every state's reading at the view: the map's colouring, as data. */
export function selectReading(s: AppState): Reading {
  const dataset = selectDataset(s);
  return dataset ? readingOf(dataset, s.view) : EMPTY;
}
