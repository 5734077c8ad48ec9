import { makeReading, type LegendEntry, type Reading } from '../reading';
import type { ActorId, Dataset, JointAction } from '../types';
import type { Month } from '../month';
import type { View } from '../view';
import { member, readStates } from './members';

/** Counts at or above this share one colour and one legend entry ("4 or more"). */
export const TOP_JOINT = 4;

export function jointClass(count: number): string {
  return count <= 0 ? 'none' : `j${Math.min(count, TOP_JOINT)}`;
}

export const JOINT_LEGEND: readonly LegendEntry[] = [
  { cls: 'none', level: 0 },
  ...[1, 2, 3, 4].map((level) => ({
    cls: jointClass(level),
    level,
    ...(level === TOP_JOINT && { orMore: true }),
  })),
];

/** The joint actions a state had joined by the end of `month`, in date order. */
export function jointActionsOf(
  actions: readonly JointAction[],
  id: ActorId,
  month: Month,
): JointAction[] {
  return actions
    .filter((a) => a.month <= month && a.members.includes(id))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Each state by how many of the coalition's joint actions it had joined by the month. */
export function readJoint(dataset: Dataset, view: View): Reading {
  const joined = new Map<ActorId, number>();
  for (const action of dataset.jointActions) {
    if (action.month > view.date) continue;
    for (const id of action.members) joined.set(id, (joined.get(id) ?? 0) + 1);
  }
  const states = readStates(dataset, (actor) => {
    const count = joined.get(actor.id) ?? 0;
    return member(actor, count, jointClass(count));
  });
  return makeReading('joint', states, JOINT_LEGEND);
}
