import { asLoadFailure, type LoadError } from '../data/loadDataset';
import { datasetFromText } from '../data/readDataset';
import { worldFromText } from '../map/readWorld';
import type { Dataset } from '../model/types';
import type { ProjectedWorld } from '../map/worldFromTopology';

/**
 * The page's two big files read off its thread: the page hands over a file's bytes, and this
 * decodes, parses and checks them (the dataset as decodeDataset does, the map file as
 * readWorld.ts does, path strings and all) and sends back what it read or what was wrong with
 * the file. The page runs one of these per file, so the two are read side by side.
 */
export type FileKind = 'dataset' | 'world';

export interface FileRequest {
  readonly kind: FileKind;
  readonly bytes: ArrayBuffer;
  readonly file: string;
}

export type FileReply<T> = { readonly value: T } | { readonly error: LoadError };

export interface FileValues {
  readonly dataset: Dataset;
  readonly world: ProjectedWorld;
}

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<FileRequest>) => void): void;
  postMessage(message: FileReply<unknown>): void;
}

const READERS: { [K in FileKind]: (text: string, file: string) => FileValues[K] } = {
  dataset: datasetFromText,
  world: worldFromText,
};

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', ({ data: { kind, bytes, file } }) => {
  try {
    scope.postMessage({ value: READERS[kind](new TextDecoder().decode(bytes), file) });
  } catch (e) {
    scope.postMessage({ error: asLoadFailure(e, file).error });
  }
});
