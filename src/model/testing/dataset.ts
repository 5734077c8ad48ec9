import { applyBlocs } from '../applyBlocs';
import { CATEGORIES } from '../categories';
import type { Month } from '../month';
import type { Actor, Bloc, Dataset } from '../types';
import type { View } from '../view';
import { actorMap } from './fixtures';

/** A dataset of the given actors and blocs, the rest empty: for tests of derivations. */
export function datasetOf(
  actors: readonly Actor[],
  blocs: readonly Bloc[] = [],
  over: Partial<Dataset> = {},
): Dataset {
  const map = actorMap(...actors);
  return {
    version: 'test',
    updated: '2026-11-28',
    title: 'Test dataset',
    authors: [{ name: 'Test authors' }],
    license: 'CC BY 4.0',
    categories: [],
    actors: map,
    applied: applyBlocs(map, blocs),
    blocs,
    events: [],
    resolutions: [],
    jointActions: [],
    regions: [],
    firstMonth: '2006-07' as Month,
    ...over,
  };
}

/** A view with defaults (December 2017, every category) for the fields a test does not name. */
export function viewOf(over: Partial<View> = {}): View {
  return {
    date: '2017-12' as Month,
    categories: CATEGORIES,
    scope: 'all',
    lens: 'kinds',
    compare: null,
    resolution: null,
    actor: null,
    highlight: [],
    focus: 'world',
    ...over,
  };
}
