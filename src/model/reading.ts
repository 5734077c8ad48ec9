import type { ActorId, ResearchStatus } from './types';
import type { Lens } from './view';

/** The actor the coalition's measures are aimed at: drawn apart on the map, never a member. */
export const TARGET_ID = 'PRK' as ActorId;

/**
 * What one state looks like under a lens. `level` is the number the map writes as `data-level`
 * (see the README for its meaning under each lens); `cls` names the legend entry it belongs to.
 */
export type StateReading =
  | { readonly kind: 'target' }
  | { readonly kind: 'unknown' }
  | {
      readonly kind: 'member';
      readonly research: ResearchStatus;
      readonly level: number;
      readonly cls: string;
    };

/** One legend entry: a class of the lens, in legend order. */
export interface LegendEntry {
  readonly cls: string;
  /** For numeric classes, the level it starts at; `orMore` when it covers higher ones too. */
  readonly level?: number;
  readonly orMore?: boolean;
  /** The one level a single-category filter can reach: "in force" rather than "1". */
  readonly single?: boolean;
}

/**
 * A lens's answer for every state at a view: the map, the legend, the summary sentence, the
 * tooltip, the table and the exports all read this one value, so their numbers agree.
 */
export interface Reading {
  readonly lens: Lens;
  readonly states: ReadonlyMap<ActorId, StateReading>;
  /** The lens's own classes, in order (the no-data, target and hatch entries are the map's). */
  readonly legend: readonly LegendEntry[];
  /** How many states are in each class. */
  readonly counts: ReadonlyMap<string, number>;
  /** The number the summary sentence gives: states "in" at the view (level above 0). */
  readonly count: number;
  /** Whether a state in the data is still not yet researched (the hatch is keyed only then). */
  readonly unresearched: boolean;
}

/** Builds a Reading from per-state readings, counting classes and members with a level. */
export function makeReading(
  lens: Lens,
  states: Map<ActorId, StateReading>,
  legend: readonly LegendEntry[],
): Reading {
  const counts = new Map<string, number>();
  let count = 0;
  let unresearched = false;
  for (const s of states.values()) {
    if (s.kind !== 'member') continue;
    counts.set(s.cls, (counts.get(s.cls) ?? 0) + 1);
    if (s.level > 0) count++;
    if (s.research === 'not-yet-researched') unresearched = true;
  }
  return { lens, states, legend, counts, count, unresearched };
}
