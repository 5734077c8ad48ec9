import type { ProjectedTopology } from '../model/projectedTopology';
import { DecodeFailure } from './decode';

/**
 * The projected world topology (built by scripts from world-atlas, see src/map/projectTopology.ts),
 * checked for the shape the map reads; the rest is topojson-client's business.
 */
export function checkTopology(json: unknown): ProjectedTopology {
  const topo = json as Partial<ProjectedTopology> | null;
  const countries = topo?.objects?.countries as { geometries?: unknown } | undefined;
  if (
    topo?.type !== 'Topology' ||
    !Array.isArray(topo.arcs) ||
    !Array.isArray(countries?.geometries)
  ) {
    throw new DecodeFailure(
      '/objects/countries',
      'is not a TopoJSON topology with a countries layer',
    );
  }
  const map = topo.map;
  if (!map || !(map.width > 0) || !(map.height > 0) || typeof map.extraDots !== 'object') {
    throw new DecodeFailure('/map', 'is not the size of a projected map');
  }
  return json as ProjectedTopology;
}
