import { levelAt } from '../inForce';
import { makeReading, type LegendEntry, type Reading } from '../reading';
import type { Dataset } from '../types';
import type { View } from '../view';
import { member, readStates } from './members';

/** Levels at or above this share the darkest colour and one legend entry ("5 or more"). */
export const TOP_KINDS = 5;

export function kindsClass(level: number): string {
  return level <= 0 ? 'none' : `k${Math.min(level, TOP_KINDS)}`;
}

/** The legend for a filter of `filterSize` categories: none, 1, 2, ... up to "5 or more". */
export function kindsLegend(filterSize: number): LegendEntry[] {
  const top = Math.min(filterSize, TOP_KINDS);
  const entries: LegendEntry[] = [{ cls: 'none', level: 0 }];
  for (let level = 1; level <= top; level++) {
    entries.push({
      cls: kindsClass(level),
      level,
      ...(level === TOP_KINDS && filterSize > TOP_KINDS && { orMore: true }),
      ...(filterSize === 1 && { single: true }),
    });
  }
  return entries;
}

/** The default lens: each state by how many kinds of measure (of those shown) it had in force. */
export function readKinds(dataset: Dataset, view: View): Reading {
  const filter = new Set(view.categories);
  const states = readStates(dataset, (actor, applied) => {
    const level = levelAt(applied, view.date, filter, view.scope);
    return member(actor, level, kindsClass(level));
  });
  return makeReading('kinds', states, kindsLegend(view.categories.length));
}
