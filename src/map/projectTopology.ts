import { geoArea, geoEqualEarth, geoPath } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryProperties, Dot, MapBox, ProjectedTopology } from '../model/projectedTopology';
import { MAP_WIDTH, MIN_VISIBLE_AREA } from './mapSize';
import { MISSING_SHAPES } from './missingShapes';
import { projectBox, REGION_BOUNDS } from './regions';

/**
 * The map's projection, done once, at build time: the world-atlas countries projected with
 * Equal Earth (an equal-area projection, so no state looks bigger than it is) by d3's spherical
 * pipeline (clipped at the antimeridian), then stored as a planar TopoJSON in viewBox units.
 * Shared borders stay shared arcs, so the file is smaller than the original, and the browser
 * only decodes it and writes path strings (worldFromTopology.ts): no trigonometry on the
 * reader's machine. A plain function, so Node draws the same map (tests, exports).
 */

/** Quantization of the planar topology: about a tenth of a viewBox unit across the map. */
const QUANTIZATION = 10_000;
const ANTARCTICA = '010';
/** Room around the world's outline, in viewBox units. */
const MARGIN = 2;

export type Shape = Feature<Polygon | MultiPolygon | null>;

function polygonsOf(f: Shape): Polygon['coordinates'][] {
  const g = f.geometry;
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * The part with the largest area (in steradians): where a dot goes for a state made of scattered
 * islands, and what decides whether it needs one.
 */
function largestPart(f: Shape): { part: Feature<Polygon>; area: number } | null {
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const coordinates of polygonsOf(f)) {
    const part: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    const a = geoArea(part);
    if (a > bestArea) {
      best = part;
      bestArea = a;
    }
  }
  return best && { part: best, area: bestArea };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The map's projection: Equal Earth fitted to the sphere's width and cropped to the land's
 * latitudes. Equal Earth is pseudocylindrical (y depends on latitude alone), so the crop needs
 * only the southernmost and northernmost points, not a projected pass over the world.
 */
export function fitProjection(features: readonly Shape[], width = MAP_WIDTH) {
  let south = 90;
  let north = -90;
  for (const f of features) {
    for (const polygon of polygonsOf(f)) {
      for (const ring of polygon) {
        for (const [, lat = 0] of ring) {
          if (lat < south) south = lat;
          if (lat > north) north = lat;
        }
      }
    }
  }
  const projection = geoEqualEarth().fitWidth(width - 2 * MARGIN, { type: 'Sphere' });
  const top = projection([0, north])?.[1] ?? 0;
  const bottom = projection([0, south])?.[1] ?? 0;
  const [tx, ty] = projection.translate();
  projection.translate([tx + MARGIN, ty - top + MARGIN]);
  return { projection, height: Math.ceil(bottom - top + 2 * MARGIN) };
}

/**
 * Projects the world-atlas topology into the planar topology the app loads. Antarctica is left
 * out: no state, and a fifth of the map's height.
 */
export function projectTopology(topology: Topology, width = MAP_WIDTH): ProjectedTopology {
  const countries = topology.objects.countries as GeometryCollection;
  const kept = countries.geometries.filter((g) => String(g.id) !== ANTARCTICA);
  const features = (
    feature(topology, { ...countries, geometries: kept }) as FeatureCollection<
      Polygon | MultiPolygon | null
    >
  ).features as Shape[];

  const { projection, height } = fitProjection(features, width);
  const path = geoPath(projection);
  const unitsPerSteradian = path.area({ type: 'Sphere' }) / (4 * Math.PI);

  const projected = features.map((f): Feature<Polygon | MultiPolygon | null, CountryProperties> => {
    const area = geoArea(f) * unitsPerSteradian;
    const main = largestPart(f);
    const [x, y] = main ? path.centroid(main.part) : [NaN, NaN];
    const center = Number.isFinite(x) && Number.isFinite(y) ? { x: round(x), y: round(y) } : null;
    // Too small to click when its largest piece is: a scatter of islands (Fiji, cut in two by
    // the map's edge) can add up to more than the threshold with no piece a pointer can find.
    const small = !main || main.area * unitsPerSteradian < MIN_VISIBLE_AREA;
    const dot: Dot | null = small ? center : null;
    const planar = geoProject(f, projection) as Shape;
    return {
      type: 'Feature',
      ...(f.id !== undefined && { id: f.id }),
      properties: { area: Math.round(area * 100) / 100, dot, center },
      geometry: planar.geometry,
    };
  });

  const extraDots: Record<string, Dot> = {};
  for (const [id, lonLat] of Object.entries(MISSING_SHAPES)) {
    const point = lonLat ? projection([lonLat[0], lonLat[1]]) : null;
    if (point) extraDots[id] = { x: round(point[0]), y: round(point[1]) };
  }

  const regions: Record<string, MapBox> = {};
  for (const [name, bounds] of Object.entries(REGION_BOUNDS)) {
    const box = bounds && projectBox((p) => projection(p), bounds);
    if (box) regions[name] = box;
  }

  const planar = toTopology(
    { countries: { type: 'FeatureCollection', features: projected } as FeatureCollection },
    QUANTIZATION,
  );
  return { ...planar, map: { width, height, extraDots, regions } } as ProjectedTopology;
}
