import type { Category } from './categories';
import type { Month } from './month';
import { spanContains } from './span';
import type { Actor, ActorId, AppliedMeasure, Dataset, ResearchStatus } from './types';

/** The actor the coalition's measures are aimed at: drawn apart on the map, never a member. */
export const TARGET_ID = 'PRK' as ActorId;

export type StateStatus =
  | { readonly kind: 'target' }
  | { readonly kind: 'unknown' }
  | {
      readonly kind: 'member';
      readonly research: ResearchStatus;
      /** Number of distinct categories (under the filter) with a measure in force. */
      readonly level: number;
    };

/** The measures of a state in force at the end of `month`, limited to `filter`. */
export function measuresInForce(
  applied: readonly AppliedMeasure[],
  month: Month,
  filter: ReadonlySet<Category>,
): AppliedMeasure[] {
  return applied.filter((a) => filter.has(a.measure.category) && spanContains(a, month));
}

/** How many kinds of measure a state had in force: the number the map colours by. */
export function levelAt(
  applied: readonly AppliedMeasure[],
  month: Month,
  filter: ReadonlySet<Category>,
): number {
  const kinds = new Set<Category>();
  for (const a of applied) {
    if (filter.has(a.measure.category) && spanContains(a, month)) kinds.add(a.measure.category);
  }
  return kinds.size;
}

export function statusOf(
  actor: Actor | undefined,
  applied: readonly AppliedMeasure[] | undefined,
  month: Month,
  filter: ReadonlySet<Category>,
): StateStatus {
  if (actor?.id === TARGET_ID) return { kind: 'target' };
  if (!actor || actor.kind !== 'state') return { kind: 'unknown' };
  return {
    kind: 'member',
    research: actor.research.status,
    level: levelAt(applied ?? [], month, filter),
  };
}

/** Status of every state in the dataset at a month: the whole map's colouring, as data. */
export function statusesAt(
  dataset: Dataset,
  month: Month,
  filter: ReadonlySet<Category>,
): Map<ActorId, StateStatus> {
  const result = new Map<ActorId, StateStatus>();
  for (const actor of dataset.actors.values()) {
    if (actor.kind !== 'state') continue;
    result.set(actor.id, statusOf(actor, dataset.applied.get(actor.id), month, filter));
  }
  return result;
}

/** Whether any state is still marked not yet researched (the legend keys the hatch only then). */
export function hasUnresearched(dataset: Dataset): boolean {
  for (const a of dataset.actors.values()) {
    if (a.kind === 'state' && a.research.status === 'not-yet-researched') return true;
  }
  return false;
}

/** How many states had at least one measure (of the filtered kinds) in force: the coalition's size. */
export function coalitionSize(statuses: ReadonlyMap<ActorId, StateStatus>): number {
  let count = 0;
  for (const s of statuses.values()) if (s.kind === 'member' && s.level > 0) count++;
  return count;
}
