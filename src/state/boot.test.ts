import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileData } from '../../scripts/data/compile';
import { projectedTopology, ROOT } from '../../scripts/world';
import type { Fetcher } from '../data/loadDataset';
import { boot, DATASET_FILE, TOPOLOGY_FILE } from './boot';
import { createAppStore } from './store';

const NOW = new Date('2026-11-15T12:00:00Z');
const DATASET = compileData(join(ROOT, 'data')).json;
const TOPOLOGY = JSON.stringify(projectedTopology());

type Topo = {
  arcs: unknown[];
  objects: { countries: { geometries: unknown[] } };
  map: { extraDots: unknown };
};

/** Serves the real files, with the topology changed by `change`. */
function serving(change: (t: Topo) => void = () => {}): Fetcher {
  const topo = JSON.parse(TOPOLOGY) as Topo;
  change(topo);
  const body = JSON.stringify(topo);
  return async (url) => new Response(url.endsWith(TOPOLOGY_FILE) ? body : DATASET);
}

async function bootWith(fetcher: Fetcher, timeoutMs?: number) {
  const store = createAppStore(NOW);
  await boot(store, {
    base: '/',
    search: '',
    now: NOW,
    fetcher,
    ...(timeoutMs !== undefined && { timeoutMs }),
  });
  return store;
}

describe('boot', () => {
  it('draws the real files', async () => {
    const store = await bootWith(serving());
    expect(store.getState().load.status).toBe('ready');
  });

  it.each([
    [
      'extraDots: null',
      (t: Topo) => (t.map.extraDots = null),
      '/map/extraDots',
      'expected an object, got null',
    ],
    [
      'a truncated arcs list',
      (t: Topo) => (t.arcs = t.arcs.slice(0, 100)),
      expect.stringMatching(/^\/objects\/countries\/geometries\/\d+\/arcs\//),
      expect.stringMatching(/is not the index of one of the 100 arcs$/),
    ],
    [
      'a null geometry',
      (t: Topo) => (t.objects.countries.geometries[5] = null),
      '/objects/countries/geometries/5',
      'expected an object, got null',
    ],
  ])(
    'blames a broken map file on the map file, not the data: %s',
    async (_, change, path, reason) => {
      const store = await bootWith(serving(change));
      expect(store.getState().load).toEqual({
        status: 'error',
        error: { kind: 'invalid', file: TOPOLOGY_FILE, path, reason },
      });
    },
  );

  it('gives up on a file that never arrives, names it, and a retry loads the page', async () => {
    const working = serving();
    const stalled: Fetcher = (url, init) =>
      url.endsWith(DATASET_FILE) ? new Promise<Response>(() => {}) : working(url, init);
    const store = await bootWith(stalled, 20);
    expect(store.getState().load).toEqual({
      status: 'error',
      error: { kind: 'timeout', file: DATASET_FILE, path: '', reason: 'no answer after 0.02 s' },
    });
    await boot(store, { base: '/', search: '', now: NOW, fetcher: working });
    expect(store.getState().load.status).toBe('ready');
  });
});
