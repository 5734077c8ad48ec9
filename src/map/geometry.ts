import type { MapBox } from '../model/projectedTopology';
import type { ActorId } from '../model/types';
import { FOCUS_REGIONS, type FocusRegion } from '../model/view';
import type { ProjectedWorld } from './worldFromTopology';

export { MAP_WIDTH, MIN_VISIBLE_AREA } from './mapSize';

/**
 * The map's geometry, projected once: an SVG path string per state, plus a dot for states too
 * small to see or click. Built when the data arrives and never again; moving the timeline only
 * changes fills (see WorldMap). Coordinates are in a fixed viewBox; the SVG scales.
 */
export interface StateShape {
  readonly id: ActorId;
  readonly d: string;
  /** A dot for microstates and small islands, so every state can be seen and clicked. */
  readonly marker: { readonly x: number; readonly y: number } | null;
  /** The centre of its largest part (its dot, for a state with no shape): keyboard steps. */
  readonly center: { readonly x: number; readonly y: number } | null;
}

export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  /** States in the dataset, in drawing order. */
  readonly shapes: readonly StateShape[];
  /** Land with no state in the dataset (territories, disputed areas), drawn as one path. */
  readonly otherLand: string;
  /** What each named region frames (null: the whole map), in viewBox units. */
  readonly regions: Readonly<Record<FocusRegion, MapBox | null>>;
}

/**
 * Joins projected countries to the dataset's states by ISO numeric code. Countries that share a
 * code become one shape (Australia with the Ashmore and Cartier Islands); a state gets a dot if
 * its largest country is too small to click (the build decides, see projectTopology.ts);
 * countries with no state in the data become "other land".
 */
export function joinShapes(
  world: ProjectedWorld,
  actorByNumeric: ReadonlyMap<string, ActorId>,
): MapGeometry {
  const byActor = new Map<ActorId, ProjectedWorld['countries'][number][]>();
  const other: string[] = [];
  for (const c of world.countries) {
    const id = c.numeric === null ? undefined : actorByNumeric.get(c.numeric);
    if (!id) {
      if (c.d) other.push(c.d);
      continue;
    }
    const list = byActor.get(id);
    if (list) list.push(c);
    else byActor.set(id, [c]);
  }

  const shapes: StateShape[] = [];
  for (const [id, parts] of byActor) {
    const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
    shapes.push({
      id,
      d: parts.map((p) => p.d).join(''),
      marker: largest.dot,
      center: largest.center,
    });
  }
  for (const [id, dot] of Object.entries(world.extraDots)) {
    if (!byActor.has(id as ActorId))
      shapes.push({ id: id as ActorId, d: '', marker: dot, center: dot });
  }
  // Small states last, so their dots sit on top of their neighbours' shapes.
  shapes.sort(
    (a, b) => Number(a.marker !== null) - Number(b.marker !== null) || (a.id < b.id ? -1 : 1),
  );
  const regions = Object.fromEntries(
    FOCUS_REGIONS.map((r) => [r, world.regions[r] ?? null]),
  ) as Record<FocusRegion, MapBox | null>;
  return {
    width: world.width,
    height: world.height,
    shapes,
    otherLand: other.join(''),
    regions,
  };
}
