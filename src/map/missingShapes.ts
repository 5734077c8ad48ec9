import type { ActorId } from '../model/types';

/**
 * States that Natural Earth's 1:50m countries (world-atlas countries-50m) leave out, with a
 * point to place their dot: [longitude, latitude] of the capital.
 * Tuvalu: Funafuti, 8°31′S 179°12′E.
 */
export const MISSING_SHAPES: Readonly<Partial<Record<ActorId, readonly [number, number]>>> = {
  ['TUV' as ActorId]: [179.2, -8.52],
};
