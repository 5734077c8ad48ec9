import type { ActorId } from '../model/types';
import { MIN_VISIBLE_AREA } from './mapSize';
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
}

export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  /** States in the dataset, in drawing order. */
  readonly shapes: readonly StateShape[];
  /** Land with no state in the dataset (territories, disputed areas), drawn as one path. */
  readonly otherLand: string;
}

/**
 * Joins projected countries to the dataset's states by ISO numeric code. Countries that share a
 * code become one shape (Australia with the Ashmore and Cartier Islands); a state gets a dot if
 * its whole area is small; countries with no state in the data become "other land".
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
    const area = parts.reduce((sum, p) => sum + p.area, 0);
    const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
    shapes.push({
      id,
      d: parts.map((p) => p.d).join(''),
      marker: area < MIN_VISIBLE_AREA ? largest.dot : null,
    });
  }
  for (const [id, dot] of Object.entries(world.extraDots)) {
    if (!byActor.has(id as ActorId)) shapes.push({ id: id as ActorId, d: '', marker: dot });
  }
  // Small states last, so their dots sit on top of their neighbours' shapes.
  shapes.sort(
    (a, b) => Number(a.marker !== null) - Number(b.marker !== null) || (a.id < b.id ? -1 : 1),
  );
  return { width: world.width, height: world.height, shapes, otherLand: other.join('') };
}
