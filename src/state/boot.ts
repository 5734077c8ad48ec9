import { asLoadFailure, LoadFailure, type Fetcher } from '../data/loadDataset';
import type { DatasetReader } from '../data/readDataset';
import { measureTarget } from '../map/measureLink';
import { prepareWorld, type World } from '../map/prepare';
import type { WorldReader } from '../map/readWorld';
import type { ActorId } from '../model/types';
import { decodeChrome } from './chrome';
import { loadLanguageInto, type LoadLanguage } from './languageLoader';
import type { AppStore } from './store';
import { decodeUrl } from './urlCodec';
import type { ViewContext } from './viewContext';

export const DATASET_FILE = 'data/dataset.json';
export const TOPOLOGY_FILE = 'geo/world.json';

export interface BootOptions {
  readonly base: string;
  readonly search: string;
  /** The URL's fragment: a measure's id opens the panel that shows it (src/map/measureLink.ts). */
  readonly hash?: string;
  readonly now: Date;
  readonly fetcher: Fetcher;
  /** Loads the URL's language beside the data (the page shows English without it). */
  readonly loadLanguage?: LoadLanguage;
  /** How long each file may take to arrive (LOAD_TIMEOUT_MS unless a test says otherwise). */
  readonly timeoutMs?: number;
  /** Reads the map file into the world's shapes: on this thread unless the page has a worker. */
  readonly readWorld?: WorldReader;
  /** Reads the dataset file: on this thread unless the page has a worker. */
  readonly readDataset?: DatasetReader;
}

/** What the URL's values are checked against: the world's timeline, actors and resolutions. */
export function viewContext(world: World): ViewContext {
  const resolutions = new Set(world.dataset.resolutions.map((r) => r.id));
  return {
    minMonth: world.range.min,
    maxMonth: world.range.max,
    defaultMonth: world.range.max,
    isActor: (id) => world.dataset.actors.has(id as ActorId),
    isResolution: (id) => resolutions.has(id),
  };
}

/**
 * Loads the dataset, the topology and the URL's language in parallel, joins the first two once
 * (`prepare`), decodes the URL into the first View, and hands all of it to the store; or records
 * what failed so the page can say so and offer a retry. Safe to call again for that retry.
 * The chrome (embed, language) needs no data, so it applies at once: a Korean page says
 * "loading" in Korean as soon as its text is in, and its map is never drawn in English first.
 */
export async function boot(store: AppStore, options: BootOptions): Promise<void> {
  store.getState().loading();
  const chrome = decodeChrome(new URLSearchParams(options.search));
  store.getState().setChrome(chrome);
  // Without its text the page stays in English, saying so; the language loader tries again.
  const language =
    options.loadLanguage &&
    loadLanguageInto(store, options.loadLanguage, chrome.lang, options.timeoutMs);
  try {
    const readWorld = options.readWorld ?? readWorldHere;
    const readDataset = options.readDataset ?? readDatasetHere;
    const [dataset, projected] = await Promise.all([
      readDataset(
        `${options.base}${DATASET_FILE}`,
        DATASET_FILE,
        options.fetcher,
        options.timeoutMs,
      ),
      readWorld(
        `${options.base}${TOPOLOGY_FILE}`,
        TOPOLOGY_FILE,
        options.fetcher,
        options.timeoutMs,
      ),
      language,
    ]);
    // Each step's failure names the file it read: the shapes come from the topology (whose
    // reader names it), the join and the timeline from the dataset.
    const world = reading(DATASET_FILE, () => prepareWorld(dataset, projected, options.now));
    const ctx = viewContext(world);
    const decoded = decodeUrl(options.search, ctx);
    const target = measureTarget(
      world.measureIndex,
      dataset.applied,
      decoded.view.actor,
      options.hash ?? '',
    );
    store
      .getState()
      .loaded(
        world,
        ctx,
        target ? { ...decoded, view: { ...decoded.view, actor: target.actor } } : decoded,
      );
  } catch (e) {
    // Every failure above is a LoadFailure naming its file; anything else is a bug in the boot
    // itself, shown rather than left as an endless "Loading".
    store
      .getState()
      .failed(
        e instanceof LoadFailure
          ? e.error
          : { kind: 'invalid', file: 'the page', path: '', reason: String(e) },
      );
  }
}

/**
 * Read the files on this thread, their readers loaded when first asked for: the browser reads
 * them in workers (src/ui/fileWorkers.ts), so the first map's script does without these.
 */
const readWorldHere: WorldReader = (...args) =>
  import('../map/readWorld').then((m) => m.readWorldHere(...args));
const readDatasetHere: DatasetReader = (...args) =>
  import('../data/readDataset').then((m) => m.loadDataset(...args));

/** Runs one step of reading a file, so an error it throws names that file. */
function reading<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    throw asLoadFailure(e, file);
  }
}
