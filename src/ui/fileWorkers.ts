import { fetchBytes, LoadFailure, LOAD_TIMEOUT_MS, type Fetcher } from '../data/loadDataset';
import type { DatasetReader } from '../data/readDataset';
import type { WorldReader } from '../map/readWorld';
import type { FileKind, FileReply, FileValues } from './fileReader.worker';
import type { TrustedTypesLike } from './Offline/workerUrl';
import workerUrl from './fileReader.worker.ts?worker&url';

/**
 * Reads the dataset and the map file in workers, one each, so their parsing and checking (the
 * dataset's decoding and the map's path strings: about 250 ms together on a school laptop, 4x
 * CPU) run side by side and off the page's thread. The page fetches the bytes itself (the
 * preloads have them, and tests' routes see the requests), hands them over and takes back what
 * was read, or the file's failure in the same words as before. A worker that cannot start,
 * breaks or does not answer leaves the page reading the bytes itself, as the single file and a
 * browser without workers do.
 */
let policy: { createScriptURL(input: string): unknown } | null = null;

/** The workers' address as a TrustedScriptURL: the page requires them, and vouches for one. */
function trustedWorkerUrl(): string {
  const expected = new URL(workerUrl, window.location.href).href;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return expected;
  policy ??= tt.createPolicy('file-workers', {
    createScriptURL: (input) => {
      if (new URL(input, window.location.href).href !== expected)
        throw new Error(`not the page's file reader: ${input}`);
      return input;
    },
  });
  return policy.createScriptURL(expected) as string;
}

const workers = new Map<FileKind, Worker | null>();

function workerFor(kind: FileKind): Worker | null {
  if (workers.has(kind)) return workers.get(kind) ?? null;
  const started = startWorker(kind);
  workers.set(kind, started);
  return started;
}

function startWorker(kind: FileKind): Worker | null {
  try {
    const worker = new Worker(trustedWorkerUrl(), { type: 'module' });
    // A script that fails to load says so here, perhaps before any file is handed over.
    worker.addEventListener('error', () => {
      if (workers.get(kind) === worker) workers.set(kind, null);
    });
    return worker;
  } catch {
    return null;
  }
}

/** Starts both workers, so their script loads while the files download. */
export function startFileWorkers(): void {
  workerFor('dataset');
  workerFor('world');
}

/** The bytes read on this thread, by readers loaded only when they are needed. */
async function readHere<K extends FileKind>(
  kind: K,
  bytes: ArrayBuffer,
  file: string,
): Promise<FileValues[K]> {
  const text = new TextDecoder().decode(bytes);
  if (kind === 'dataset') {
    const { datasetFromText } = await import('../data/readDataset');
    return datasetFromText(text, file) as FileValues[K];
  }
  const { worldFromText } = await import('../map/readWorld');
  return worldFromText(text, file) as FileValues[K];
}

async function readInWorker<K extends FileKind>(
  kind: K,
  url: string,
  file: string,
  fetcher: Fetcher,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<FileValues[K]> {
  const bytes = await fetchBytes(url, file, fetcher, timeoutMs);
  const w = workerFor(kind);
  if (!w) return readHere(kind, bytes, file);
  return new Promise((resolve, reject) => {
    let timer = 0;
    const finish = () => {
      window.clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onFailure);
      w.removeEventListener('messageerror', onFailure);
    };
    const onMessage = ({ data }: MessageEvent<FileReply<FileValues[K]>>) => {
      finish();
      if ('error' in data) reject(new LoadFailure(data.error));
      else resolve(data.value);
    };
    // The worker broke or went quiet: read the bytes here instead (they were copied to it).
    const onFailure = () => {
      finish();
      if (workers.get(kind) === w) workers.set(kind, null);
      w.terminate();
      readHere(kind, bytes, file).then(resolve, reject);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onFailure);
    w.addEventListener('messageerror', onFailure);
    timer = window.setTimeout(onFailure, timeoutMs);
    w.postMessage({ kind, bytes, file });
  });
}

export const readWorldInWorker: WorldReader = (url, file, fetcher, timeoutMs) =>
  readInWorker('world', url, file, fetcher, timeoutMs);

export const readDatasetInWorker: DatasetReader = (url, file, fetcher, timeoutMs) =>
  readInWorker('dataset', url, file, fetcher, timeoutMs);
