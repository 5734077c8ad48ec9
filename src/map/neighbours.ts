import type { ActorId } from '../model/types';

export const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface Point {
  readonly x: number;
  readonly y: number;
}

const UNIT: Readonly<Record<Direction, Point>> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** How much a step off the arrow's line costs against a step along it. */
const ACROSS_WEIGHT = 2;
/** A candidate counts as "in that direction" within about 63° of the arrow's line. */
const CONE = 2;

/**
 * The state an arrow key moves to from `from`: the nearest one ahead in that direction on the
 * map, measured between the centres of the states' largest pieces, where a step off the arrow's
 * line costs twice a step along it (so Right from France is Germany, not Algeria below it). A
 * state within the arrow's cone wins over one only ahead of it; null when nothing is ahead (the
 * map's edge). Ties go to the lower id, so the order is the same on every run.
 */
export function neighbourOf(
  points: ReadonlyMap<ActorId, Point>,
  from: ActorId,
  direction: Direction,
): ActorId | null {
  const origin = points.get(from);
  if (!origin) return null;
  const u = UNIT[direction];
  let best: { id: ActorId; score: number; inCone: boolean } | null = null;
  for (const [id, p] of points) {
    if (id === from) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * u.x + dy * u.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * u.y - dy * u.x);
    const inCone = across <= along * CONE;
    const score = along + ACROSS_WEIGHT * across;
    if (
      !best ||
      (inCone && !best.inCone) ||
      (inCone === best.inCone && (score < best.score || (score === best.score && id < best.id)))
    ) {
      best = { id, score, inCone };
    }
  }
  return best?.id ?? null;
}
