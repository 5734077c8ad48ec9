import { createHash } from 'node:crypto';
import { DATASET_PATH, STORIES_PATH, TOPOLOGY_PATH } from '../vite-plugin-data';

/**
 * What the service worker stores when it installs: everything the page needs to work with no
 * network. The page itself, every script and stylesheet (the lazy chunks too: a story or the
 * table opened offline must load), the topology, the data and the stories, and the Latin fonts
 * the page's stylesheet names, with the two Korean slices the language switch draws with. Left out: source maps, the CSV download, the social preview image, the embed script (for other sites' pages), and the Korean font slices
 * (about 9 MB, of which a page uses a few): those are kept when first fetched instead.
 */
export function precacheList(files: readonly string[]): string[] {
  return files.filter(isPrecached).sort();
}

const FILES = new Set(['index.html', DATASET_PATH, STORIES_PATH, TOPOLOGY_PATH]);
const PATTERNS = [
  /^assets\/[^/]+\.(js|css)$/,
  /^assets\/inter-[^/]+\.woff2$/,
  // The two small slices that draw the language switch's 한국어 on every page (language.css).
  /^assets\/noto-sans-kr-11[78]-400-normal-[^/]+\.woff2$/,
];

function isPrecached(file: string): boolean {
  return FILES.has(file) || PATTERNS.some((pattern) => pattern.test(file));
}

/**
 * A hash of every stored file's name and content: a new deployment with any change gets a new
 * version, so browsers see a changed sw.js and install it (which is what shows the prompt).
 */
export function cacheVersion(files: ReadonlyMap<string, string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) {
    hash.update(name);
    hash.update('\0');
    hash.update(files.get(name) ?? '');
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
