import { LoadFailure, loadDataset, loadTopology, type Fetcher } from '../data/loadDataset';
import { joinShapes } from '../map/geometry';
import { worldFromTopology } from '../map/worldFromTopology';
import { monthOfDate } from '../model/month';
import { timelineRange } from '../model/timeline';
import type { ActorId } from '../model/types';
import type { AppStore } from './store';
import { decodeView } from './urlCodec';
import type { ViewContext } from './view';

export const DATASET_FILE = 'data/dataset.json';
export const TOPOLOGY_FILE = 'geo/world.json';

export interface BootOptions {
  readonly base: string;
  readonly search: string;
  readonly now: Date;
  readonly fetcher: Fetcher;
}

/**
 * Loads the dataset and the topology in parallel, projects the map once, decodes the URL into
 * the first View, and hands all of it to the store; or records what failed so the page can say
 * so and offer a retry. Safe to call again for that retry.
 */
export async function boot(store: AppStore, options: BootOptions): Promise<void> {
  store.getState().loading();
  try {
    const [dataset, topology] = await Promise.all([
      loadDataset(`${options.base}${DATASET_FILE}`, DATASET_FILE, options.fetcher),
      loadTopology(`${options.base}${TOPOLOGY_FILE}`, TOPOLOGY_FILE, options.fetcher),
    ]);
    const byNumeric = new Map<string, ActorId>();
    for (const actor of dataset.actors.values()) {
      if (actor.kind === 'state' && actor.numeric) byNumeric.set(actor.numeric, actor.id);
    }
    const geometry = joinShapes(worldFromTopology(topology), byNumeric);
    const range = timelineRange(dataset.firstMonth, monthOfDate(options.now));
    const ctx: ViewContext = {
      minMonth: range.min,
      maxMonth: range.max,
      defaultMonth: range.max,
      isActor: (id) => dataset.actors.has(id as ActorId),
    };
    store.getState().loaded(dataset, geometry, ctx, decodeView(options.search, ctx));
  } catch (e) {
    if (e instanceof LoadFailure) store.getState().failed(e.error);
    else
      store.getState().failed({
        kind: 'invalid',
        file: DATASET_FILE,
        path: '',
        reason: e instanceof Error ? e.message : String(e),
      });
  }
}
