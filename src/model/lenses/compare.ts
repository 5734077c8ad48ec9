import { shownInForce } from '../inForce';
import type { Month } from '../month';
import { makeReading, type LegendEntry, type Reading } from '../reading';
import type { Category } from '../categories';
import type { AppliedMeasure, Dataset } from '../types';
import type { Scope, View } from '../view';
import { member, readStates } from './members';

export const COMPARE_LEGEND: readonly LegendEntry[] = [
  { cls: 'none', level: 0 },
  { cls: 'left', level: 1 },
  { cls: 'stayed', level: 2 },
  { cls: 'joined', level: 3 },
];

/** The two dates compared, earlier first, whichever order the view gives them in. */
export function compareSpan(view: View): { readonly from: Month; readonly to: Month } {
  const other = view.compare ?? view.date;
  return other < view.date ? { from: other, to: view.date } : { from: view.date, to: other };
}

/** A member at a month: any measure of the kinds shown (and the scope) in force. */
export function isMemberAt(
  applied: readonly AppliedMeasure[],
  month: Month,
  filter: ReadonlySet<Category>,
  scope: Scope,
): boolean {
  return applied.some((a) => shownInForce(a, month, filter, scope));
}

/**
 * Who joined the coalition between the two dates (a member at the later and not at the
 * earlier), who left, and who stayed.
 */
export function readCompare(dataset: Dataset, view: View): Reading {
  const filter = new Set(view.categories);
  const { from, to } = compareSpan(view);
  const states = readStates(dataset, (actor, applied) => {
    const before = isMemberAt(applied, from, filter, view.scope);
    const after = isMemberAt(applied, to, filter, view.scope);
    const level = after ? (before ? 2 : 3) : before ? 1 : 0;
    return member(actor, level, COMPARE_LEGEND[level]?.cls ?? 'none');
  });
  return makeReading('compare', states, COMPARE_LEGEND);
}
