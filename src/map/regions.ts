import type { FocusRegion } from '../model/view';
import type { Box } from './frame';

/** A region as [west, south, east, north], in degrees of longitude and latitude. */
export type LonLatBox = readonly [number, number, number, number];

/**
 * The regions a view can frame (`?focus=europe`), as boxes on the globe: generous enough to hold
 * the region's small states (Cyprus in Europe, Seychelles in Africa), tight enough to make them
 * clickable. `world` frames the whole map. The map is cut at the antimeridian, so Oceania's box
 * stops at 180°: Samoa and Tonga, east of it, sit at the map's other edge.
 */
export const REGION_BOUNDS: Readonly<Record<FocusRegion, LonLatBox | null>> = {
  world: null,
  europe: [-25, 34, 45, 71],
  'east-asia': [73, 18, 146, 54],
  'south-east-asia': [92, -11, 141, 29],
  'middle-east': [25, 12, 63, 42],
  africa: [-26, -35, 58, 38],
  americas: [-170, -56, -30, 72],
  oceania: [110, -48, 180, 20],
};

/** Points along a box's edges: Equal Earth bends parallels, so the corners alone fall short. */
const SAMPLES = 16;

/**
 * A lon/lat box as the smallest box on the map that holds it, with a projection that maps
 * [longitude, latitude] to viewBox units (build time: see projectTopology.ts).
 */
export function projectBox(
  project: (point: [number, number]) => [number, number] | null,
  [west, south, east, north]: LonLatBox,
): Box | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i <= SAMPLES; i++) {
    const lon = west + ((east - west) * i) / SAMPLES;
    const lat = south + ((north - south) * i) / SAMPLES;
    for (const p of [
      [lon, south],
      [lon, north],
      [west, lat],
      [east, lat],
    ] as [number, number][]) {
      const xy = project(p);
      if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
      x0 = Math.min(x0, xy[0]);
      y0 = Math.min(y0, xy[1]);
      x1 = Math.max(x1, xy[0]);
      y1 = Math.max(y1, xy[1]);
    }
  }
  if (!(x1 > x0 && y1 > y0)) return null;
  const r = (n: number) => Math.round(n * 10) / 10;
  return { x0: r(x0), y0: r(y0), x1: r(x1), y1: r(y1) };
}
