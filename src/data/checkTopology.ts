import type { ProjectedTopology } from '../model/projectedTopology';
import { DecodeFailure, preview, record } from './decode';

/**
 * The projected world topology (built by scripts from world-atlas, see src/map/projectTopology.ts),
 * checked for every part the map reads, as strictly as the dataset: the arcs, each country's
 * geometry and the arcs it points to, its properties, and the map's size, dots and regions. A
 * damaged file is refused here, naming where and why, rather than failing later as a TypeError
 * inside topojson-client or the map.
 */
export function checkTopology(json: unknown): ProjectedTopology {
  const topo = record(json, '');
  if (topo.type !== 'Topology') {
    throw new DecodeFailure('/type', `${preview(topo.type)} is not "Topology"`);
  }
  if (topo.transform !== undefined) checkTransform(topo.transform);
  const arcCount = checkArcs(topo.arcs);
  const objects = record(topo.objects, '/objects');
  const countries = record(objects.countries, '/objects/countries');
  if (countries.type !== 'GeometryCollection' || !Array.isArray(countries.geometries)) {
    throw new DecodeFailure('/objects/countries', 'is not a collection of geometries');
  }
  countries.geometries.forEach((g, i) =>
    checkGeometry(g, `/objects/countries/geometries/${i}`, arcCount),
  );
  checkMap(topo.map);
  return json as ProjectedTopology;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function pair(value: unknown, path: string): void {
  if (!Array.isArray(value) || value.length < 2 || !isNumber(value[0]) || !isNumber(value[1])) {
    throw new DecodeFailure(path, `${preview(value)} is not a pair of numbers`);
  }
}

function checkTransform(value: unknown): void {
  const transform = record(value, '/transform');
  pair(transform.scale, '/transform/scale');
  pair(transform.translate, '/transform/translate');
}

/** Every arc a list of two or more positions; returns how many there are. */
function checkArcs(value: unknown): number {
  if (!Array.isArray(value))
    throw new DecodeFailure('/arcs', `expected a list, got ${preview(value)}`);
  for (let i = 0; i < value.length; i++) {
    const arc: unknown = value[i];
    if (!Array.isArray(arc) || arc.length < 2) {
      throw new DecodeFailure(`/arcs/${i}`, `${preview(arc)} is not a line of two points or more`);
    }
    for (let j = 0; j < arc.length; j++) pair(arc[j], `/arcs/${i}/${j}`);
  }
  return value.length;
}

/** A ring: arc indices, each within the list (a negative index ~i runs arc i backwards). */
function checkRing(value: unknown, path: string, arcCount: number): void {
  if (!Array.isArray(value) || value.length === 0) {
    throw new DecodeFailure(path, `${preview(value)} is not a list of arc indices`);
  }
  value.forEach((index: unknown, i) => {
    const arc = Number.isInteger(index) ? (index as number) : NaN;
    const at = arc < 0 ? ~arc : arc;
    if (!(at >= 0 && at < arcCount)) {
      throw new DecodeFailure(
        `${path}/${i}`,
        `${preview(index)} is not the index of one of the ${arcCount} arcs`,
      );
    }
  });
}

function checkPolygon(value: unknown, path: string, arcCount: number): void {
  if (!Array.isArray(value))
    throw new DecodeFailure(path, `expected a list, got ${preview(value)}`);
  value.forEach((ring, i) => checkRing(ring, `${path}/${i}`, arcCount));
}

const GEOMETRY_TYPES = ['Polygon', 'MultiPolygon', null];

function checkGeometry(value: unknown, path: string, arcCount: number): void {
  const g = record(value, path);
  if (!GEOMETRY_TYPES.includes(g.type as string | null)) {
    throw new DecodeFailure(
      `${path}/type`,
      `${preview(g.type)} is not Polygon, MultiPolygon or null`,
    );
  }
  if (g.id !== undefined && typeof g.id !== 'string' && !isNumber(g.id)) {
    throw new DecodeFailure(`${path}/id`, `${preview(g.id)} is not a code`);
  }
  if (g.type === 'Polygon') checkPolygon(g.arcs, `${path}/arcs`, arcCount);
  if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.arcs)) {
      throw new DecodeFailure(`${path}/arcs`, `expected a list, got ${preview(g.arcs)}`);
    }
    g.arcs.forEach((p, i) => checkPolygon(p, `${path}/arcs/${i}`, arcCount));
  }
  if (g.properties !== undefined) checkProperties(g.properties, `${path}/properties`);
}

function checkProperties(value: unknown, path: string): void {
  const p = record(value, path);
  if (p.area !== undefined && !isNumber(p.area)) {
    throw new DecodeFailure(`${path}/area`, `${preview(p.area)} is not a number`);
  }
  for (const key of ['dot', 'center']) {
    if (p[key] !== undefined && p[key] !== null) checkDot(p[key], `${path}/${key}`);
  }
}

function checkDot(value: unknown, path: string): void {
  const dot = record(value, path);
  if (!isNumber(dot.x) || !isNumber(dot.y)) {
    throw new DecodeFailure(path, `${preview(value)} is not a point {x, y}`);
  }
}

function checkMap(value: unknown): void {
  const map = record(value, '/map');
  for (const key of ['width', 'height']) {
    const size = map[key];
    if (!isNumber(size) || size <= 0) {
      throw new DecodeFailure(`/map/${key}`, `${preview(size)} is not a size`);
    }
  }
  const dots = record(map.extraDots, '/map/extraDots');
  for (const [id, dot] of Object.entries(dots)) checkDot(dot, `/map/extraDots/${id}`);
  // A map file from before regions were projected frames only the whole world.
  if (map.regions === undefined) return;
  const regions = record(map.regions, '/map/regions');
  for (const [name, value] of Object.entries(regions)) {
    const box = record(value, `/map/regions/${name}`);
    if (![box.x0, box.y0, box.x1, box.y1].every(isNumber)) {
      throw new DecodeFailure(`/map/regions/${name}`, `${preview(value)} is not a box`);
    }
  }
}
