import { fetchBytes, LoadFailure, LOAD_TIMEOUT_MS } from '../data/loadDataset';
import type { WorldReader } from '../map/readWorld';
import type { WorldReply } from '../map/topology.worker';
import workerUrl from '../map/topology.worker.ts?worker&url';

/**
 * Reads the map file in a worker, so its parsing, checking and path writing (about 150 ms on a
 * school laptop) run beside the dataset's decoding rather than after it. The page fetches the
 * bytes itself (the preload has them, and tests' routes see the request), hands them over and
 * takes back the world. A worker that cannot start or does not answer leaves the page reading
 * the file itself, as the single file and a browser without workers do.
 */
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): { createScriptURL(input: string): unknown };
}

/** The worker's address as a TrustedScriptURL: the page requires them, and vouches for one. */
function trustedWorkerUrl(): string | URL {
  const expected = new URL(workerUrl, window.location.href).href;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return expected;
  const policy = tt.createPolicy('map-worker', {
    createScriptURL: (input) => {
      if (new URL(input, window.location.href).href !== expected)
        throw new Error(`not the map's worker: ${input}`);
      return input;
    },
  });
  return policy.createScriptURL(expected) as string;
}

let worker: Worker | null | undefined;

/** Starts the worker (once), so its script loads while the files download. */
export function startWorldWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const started = new Worker(trustedWorkerUrl(), { type: 'module' });
    // A script that fails to load says so here, perhaps before any file is handed over.
    started.addEventListener('error', () => {
      if (worker === started) worker = null;
    });
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

/** The bytes read on this thread, by a reader loaded only when it is needed. */
const here = (bytes: ArrayBuffer, file: string) =>
  import('../map/readWorld').then((m) => m.worldFromText(new TextDecoder().decode(bytes), file));

export const readWorldInWorker: WorldReader = async (
  url,
  file,
  fetcher,
  timeoutMs = LOAD_TIMEOUT_MS,
) => {
  const bytes = await fetchBytes(url, file, fetcher, timeoutMs);
  const w = startWorldWorker();
  if (!w) return here(bytes, file);
  return new Promise((resolve, reject) => {
    let timer = 0;
    const finish = () => {
      window.clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onFailure);
      w.removeEventListener('messageerror', onFailure);
    };
    const onMessage = ({ data }: MessageEvent<WorldReply>) => {
      finish();
      if ('error' in data) reject(new LoadFailure(data.error));
      else resolve(data.world);
    };
    // The worker broke or went quiet: read the bytes here instead (they were copied to it).
    const onFailure = () => {
      finish();
      if (worker === w) worker = null;
      w.terminate();
      here(bytes, file).then(resolve, reject);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onFailure);
    w.addEventListener('messageerror', onFailure);
    timer = window.setTimeout(onFailure, timeoutMs);
    w.postMessage({ bytes, file });
  });
};
