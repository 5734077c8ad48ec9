import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { decodeDataset } from '../src/data/decodeDataset';
import type { World } from '../src/map/prepare';
import { prepare } from '../src/map/readWorld';
import { projectTopology } from '../src/map/projectTopology';
import type { ProjectedTopology } from '../src/model/projectedTopology';
import { compileData } from './data/compile';

const require = createRequire(import.meta.url);
export const ROOT = join(import.meta.dirname, '..');

/** The raw world-atlas topology the build projects. */
export function readRawTopology(): string {
  return readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8');
}

let projected: ProjectedTopology | null = null;
/** The map projected as the build projects it (once per process). */
export function projectedTopology(): ProjectedTopology {
  projected ??= projectTopology(JSON.parse(readRawTopology()) as Topology);
  return projected;
}

/**
 * The world as the app sees it, made in Node from the data folder and world-atlas: the same
 * compile, decode and prepare steps as the build and the browser. For the snapshot command,
 * the social image and tests.
 */
export function loadWorld(dataDir = join(ROOT, 'data'), now = new Date()): World {
  const dataset = decodeDataset(JSON.parse(compileData(dataDir).json));
  return prepare(dataset, projectedTopology(), now);
}
