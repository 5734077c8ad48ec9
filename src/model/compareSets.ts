import { compareSpan, readCompare } from './lenses/compare';
import type { Month } from './month';
import type { Reading } from './reading';
import type { ActorId, Dataset } from './types';
import type { View } from './view';

/**
 * Who joined the coalition between two dates, who left and who stayed, by name: what the
 * compare lens colours, as lists. "Member" is the lens's: any measure of the kinds shown, under
 * the view's scope, in force at the month.
 */
export interface CompareSets {
  /** The earlier of the two dates. */
  readonly from: Month;
  /** The later. */
  readonly to: Month;
  /** Members at `to` that were not at `from`. */
  readonly joined: readonly ActorId[];
  /** Members at `from` that were not at `to`. */
  readonly left: readonly ActorId[];
  /** Members at both. */
  readonly stayed: readonly ActorId[];
}

/** The compare lens's classes (level 3, 1, 2) as three lists of states, each sorted by name. */
export function compareSets(
  dataset: Dataset,
  view: View,
  reading: Reading = readCompare(dataset, view),
): CompareSets {
  const joined: ActorId[] = [];
  const left: ActorId[] = [];
  const stayed: ActorId[] = [];
  const lists: Record<number, ActorId[]> = { 3: joined, 1: left, 2: stayed };
  for (const [id, state] of reading.states) {
    if (state.kind === 'member') lists[state.level]?.push(id);
  }
  const name = (id: ActorId) => dataset.actors.get(id)?.name ?? id;
  const byName = (a: ActorId, b: ActorId) => name(a).localeCompare(name(b), 'en');
  return {
    ...compareSpan(view),
    joined: joined.sort(byName),
    left: left.sort(byName),
    stayed: stayed.sort(byName),
  };
}
