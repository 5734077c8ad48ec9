import type { ProjectedTopology } from '../model/projectedTopology';
import type { Dataset } from '../model/types';
import { DecodeFailure } from './decode';
import { checkTopology } from './checkTopology';
import { decodeDataset } from './decodeDataset';

/**
 * What went wrong loading a file, in words a reader can act on: which file, where in it, why.
 * `kind` lets the interface choose its wording; `retryable` is false only for data that will
 * be just as broken on a second try.
 */
export interface LoadError {
  readonly kind: 'network' | 'http' | 'parse' | 'invalid';
  readonly file: string;
  readonly path: string;
  readonly reason: string;
}

export class LoadFailure extends Error {
  constructor(readonly error: LoadError) {
    super(`${error.file}${error.path ? `: ${error.path}` : ''}: ${error.reason}`);
  }
}

export type Fetcher = (url: string) => Promise<Response>;

/** Fetches a file and parses it as JSON, turning every failure into a named LoadFailure. */
export async function fetchJson(url: string, file: string, fetcher: Fetcher): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (e) {
    throw new LoadFailure({ kind: 'network', file, path: '', reason: errorText(e) });
  }
  if (!response.ok) {
    throw new LoadFailure({
      kind: 'http',
      file,
      path: '',
      reason: `the server answered ${response.status} ${response.statusText}`.trim(),
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    throw new LoadFailure({ kind: 'network', file, path: '', reason: errorText(e) });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new LoadFailure({
      kind: 'parse',
      file,
      path: '',
      reason: `is not valid JSON (${errorText(e)})`,
    });
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Fetches a JSON file and decodes it, naming the file and JSON path of any failure. */
export async function loadDecoded<T>(
  url: string,
  file: string,
  fetcher: Fetcher,
  decode: (json: unknown) => T,
): Promise<T> {
  const json = await fetchJson(url, file, fetcher);
  try {
    return decode(json);
  } catch (e) {
    if (e instanceof DecodeFailure) {
      throw new LoadFailure({ kind: 'invalid', file, path: e.path, reason: e.reason });
    }
    throw e;
  }
}

export function loadDataset(url: string, file: string, fetcher: Fetcher): Promise<Dataset> {
  return loadDecoded(url, file, fetcher, decodeDataset);
}

/** The projected world topology, checked for the shape the map reads. */
export function loadTopology(
  url: string,
  file: string,
  fetcher: Fetcher,
): Promise<ProjectedTopology> {
  return loadDecoded(url, file, fetcher, checkTopology);
}
