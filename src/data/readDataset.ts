import { decodeDataset } from './decodeDataset';
import { asLoadFailure, loadDecoded, parseJsonText, type FileReader } from './loadDataset';
import type { Dataset } from '../model/types';

/**
 * How the page turns its dataset file into the Dataset: fetch it and decode it, re-checking
 * what would break the page (decodeDataset.ts). The browser does this in a worker
 * (src/ui/fileWorkers.ts); Node, tests and the single file do it here. Every failure is a
 * LoadFailure naming the file.
 */
export type DatasetReader = FileReader<Dataset>;

export const loadDataset: DatasetReader = (url, file, fetcher, timeoutMs) =>
  loadDecoded(url, file, fetcher, decodeDataset, timeoutMs);

/** The dataset file's text as the Dataset, or a LoadFailure naming the file. */
export function datasetFromText(text: string, file: string): Dataset {
  const json = parseJsonText(text, file);
  try {
    return decodeDataset(json);
  } catch (e) {
    throw asLoadFailure(e, file);
  }
}
