import { embeddedFetcher } from '../data/embeddedFiles';
import type { Fetcher } from '../data/loadDataset';

// `init` carries the loader's abort signal (its time-out), so a stalled download can be dropped.
const download: Fetcher = (url, init) => window.fetch(url, init);

/**
 * How the page reads its files (the data, the topology, the stories): downloads them, or, in
 * the single-file build, reads them from the page itself (file:// allows no fetch).
 */
export const fetchFile: Fetcher = import.meta.env.SINGLE_FILE
  ? embeddedFetcher(document, import.meta.env.BASE_URL, download)
  : download;
