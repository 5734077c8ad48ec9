import { TARGET_ID, type StateReading } from '../reading';
import type { Actor, ActorId, AppliedMeasure, Dataset } from '../types';

/**
 * Calls `read` for each state of the dataset with its applied measures, and gives the target its
 * own reading: the common frame of every lens. Blocs and organisations are not on the map.
 */
export function readStates(
  dataset: Dataset,
  read: (actor: Actor, applied: readonly AppliedMeasure[]) => StateReading,
): Map<ActorId, StateReading> {
  const states = new Map<ActorId, StateReading>();
  for (const actor of dataset.actors.values()) {
    if (actor.kind !== 'state') continue;
    if (actor.id === TARGET_ID) states.set(actor.id, { kind: 'target' });
    else states.set(actor.id, read(actor, dataset.applied.get(actor.id) ?? []));
  }
  return states;
}

/** A member reading; a state with nothing (level 0) that nobody has researched shows as such. */
export function member(actor: Actor, level: number, cls: string): StateReading {
  const research = actor.research.status;
  return {
    kind: 'member',
    research,
    level,
    cls: level === 0 && research === 'not-yet-researched' ? 'unresearched' : cls,
  };
}
