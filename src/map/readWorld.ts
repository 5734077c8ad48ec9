import { checkTopology } from '../data/checkTopology';
import { asLoadFailure, fetchJson, parseJsonText, type FileReader } from '../data/loadDataset';
import type { ProjectedTopology } from '../model/projectedTopology';
import type { Dataset } from '../model/types';
import { prepareWorld, type World } from './prepare';
import { worldFromTopology, type ProjectedWorld } from './worldFromTopology';

/**
 * How the page turns its map file into the world it draws: fetch it, check it as strictly as
 * the data, write its path strings. In the browser this runs in a worker (src/ui/fileWorkers.ts),
 * beside the dataset's own worker; in Node, tests and the single file it runs here. Every
 * failure is a LoadFailure naming the file.
 */
export type WorldReader = FileReader<ProjectedWorld>;

/** The map file's parsed JSON as the world the map draws. */
export function worldFromJson(json: unknown, file: string): ProjectedWorld {
  try {
    return worldFromTopology(checkTopology(json));
  } catch (e) {
    throw asLoadFailure(e, file);
  }
}

/** The map file's text as the world the map draws. */
export function worldFromText(text: string, file: string): ProjectedWorld {
  return worldFromJson(parseJsonText(text, file), file);
}

/** Reads the map file on this thread. */
export const readWorldHere: WorldReader = async (url, file, fetcher, timeoutMs) =>
  worldFromJson(await fetchJson(url, file, fetcher, timeoutMs), file);

/** Joins the dataset to the projected topology by ISO numeric code, and indexes the measures. */
export function prepare(dataset: Dataset, topology: ProjectedTopology, now: Date): World {
  return prepareWorld(dataset, worldFromTopology(topology), now);
}
