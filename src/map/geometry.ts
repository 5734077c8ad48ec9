import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ActorId } from '../model/types';
import { MISSING_SHAPES } from './missingShapes';

/**
 * The map's geometry, projected once: an SVG path string per state, plus a dot for states too
 * small to see or click. Built when the topology arrives and never again; moving the timeline
 * only changes fills (see WorldMap). Coordinates are in a fixed viewBox; the SVG scales.
 */
export interface StateShape {
  readonly id: ActorId;
  readonly d: string;
  /** A dot for microstates and small islands, so every state can be seen and clicked. */
  readonly marker: { readonly x: number; readonly y: number } | null;
}

export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  /** States in the dataset, in drawing order. */
  readonly shapes: readonly StateShape[];
  /** Land with no state in the dataset (territories, disputed areas), drawn as one path. */
  readonly otherLand: string;
}

export const MAP_WIDTH = 960;
/** States whose projected area is below this (in square viewBox units) also get a dot. */
export const MIN_VISIBLE_AREA = 12;
const ANTARCTICA = '010';

type Shape = Feature<Polygon | MultiPolygon | null, { name?: string }>;

/** The polygon with the largest area: where a dot goes for a state made of scattered islands. */
function largestPart(
  f: Shape,
  area: (o: GeoPermissibleObjects) => number,
): Feature<Polygon> | null {
  const g = f.geometry;
  if (!g) return null;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const part: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    const a = area(part);
    if (a > bestArea) {
      best = part;
      bestArea = a;
    }
  }
  return best;
}

/**
 * Projects the world-atlas countries with Equal Earth (an equal-area projection, so no state
 * looks bigger than it is), joins them to actors through their ISO numeric codes, and merges
 * features that share a code (Australia and the Ashmore and Cartier Islands).
 */
export function buildGeometry(
  topology: Topology,
  actorByNumeric: ReadonlyMap<string, ActorId>,
  width = MAP_WIDTH,
): MapGeometry {
  const collection = feature(
    topology,
    topology.objects.countries as GeometryCollection<{ name?: string }>,
  ) as FeatureCollection<Polygon | MultiPolygon | null, { name?: string }>;
  const features = collection.features.filter((f) => String(f.id) !== ANTARCTICA) as Shape[];

  const projection = geoEqualEarth().fitWidth(width, {
    type: 'FeatureCollection',
    features,
  } as FeatureCollection<Geometry>);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds({
    type: 'FeatureCollection',
    features,
  } as FeatureCollection<Geometry>);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0 + 2]);
  const height = Math.ceil(y1 - y0 + 4);

  const byActor = new Map<ActorId, Shape[]>();
  const other: string[] = [];
  for (const f of features) {
    const id = f.id === undefined ? undefined : actorByNumeric.get(String(f.id));
    if (!id) {
      const d = path(f);
      if (d) other.push(d);
      continue;
    }
    const list = byActor.get(id);
    if (list) list.push(f);
    else byActor.set(id, [f]);
  }

  const shapes: StateShape[] = [];
  for (const [id, parts] of byActor) {
    const d = parts.map((p) => path(p) ?? '').join('');
    const area = parts.reduce((sum, p) => sum + path.area(p), 0);
    let marker: StateShape['marker'] = null;
    if (area < MIN_VISIBLE_AREA) {
      const main = parts
        .map((p) => largestPart(p, path.area))
        .filter((p): p is Feature<Polygon> => p !== null)
        .sort((a, b) => path.area(b) - path.area(a))[0];
      const [x, y] = main ? path.centroid(main) : [NaN, NaN];
      if (Number.isFinite(x) && Number.isFinite(y)) marker = { x: round(x), y: round(y) };
    }
    shapes.push({ id, d, marker });
  }
  for (const [id, [lon, lat]] of Object.entries(MISSING_SHAPES) as [ActorId, [number, number]][]) {
    if (byActor.has(id)) continue;
    const point = projection([lon, lat]);
    if (point) shapes.push({ id, d: '', marker: { x: round(point[0]), y: round(point[1]) } });
  }
  // Small states last, so their dots sit on top of their neighbours' shapes.
  shapes.sort(
    (a, b) => Number(a.marker !== null) - Number(b.marker !== null) || (a.id < b.id ? -1 : 1),
  );
  return { width, height, shapes, otherLand: other.join('') };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
