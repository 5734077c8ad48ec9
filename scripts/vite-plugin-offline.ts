import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { cacheVersion, precacheList } from './offline/precache';

/** Where the service worker is written, relative to the base path (src/ui/Offline registers it). */
export const SERVICE_WORKER_PATH = 'sw.js';

const TEMPLATE = join(import.meta.dirname, 'offline/sw.js');

/** The worker's source with its list of files and its version filled in. */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  const template = readFileSync(TEMPLATE, 'utf8');
  return [
    `self.__PRECACHE__ = ${JSON.stringify(files)};`,
    `self.__VERSION__ = ${JSON.stringify(version)};`,
    template,
  ].join('\n');
}

/**
 * Writes sw.js beside the built page: a service worker that stores the files of this build
 * (scripts/offline/precache.ts chooses them) so the app works offline after one visit. Runs
 * after every other plugin has added its files (the data, the topology, the page itself), so
 * the list and the version hash see the final bundle. Only `vite build` writes it: the dev
 * server has no worker, so a stale copy never hides an edit.
 */
export function offlineWorker(): Plugin {
  return {
    name: 'sanctions-offline-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const contents = new Map<string, string | Uint8Array>();
      for (const file of precacheList(Object.keys(bundle))) {
        const item = bundle[file];
        if (!item) continue;
        contents.set(file, item.type === 'chunk' ? item.code : item.source);
      }
      const files = [...contents.keys()];
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_PATH,
        source: serviceWorkerSource(files, cacheVersion(contents)),
      });
    },
  };
}
