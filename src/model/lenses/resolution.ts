import { shownInForce } from '../inForce';
import { makeReading, type LegendEntry, type Reading } from '../reading';
import type { AppliedMeasure, Dataset } from '../types';
import type { View } from '../view';
import { member, readStates } from './members';

export const RESOLUTION_LEGEND: readonly LegendEntry[] = [
  { cls: 'not-researched', level: 0 },
  { cls: 'none-found', level: 0 },
  { cls: 'implemented', level: 1 },
];

/** Whether an applied measure gives the resolution national effect. */
export function implementsResolution(a: AppliedMeasure, resolution: string): boolean {
  return (
    a.measure.basis === 'un_implementation' && (a.measure.resolutions ?? []).includes(resolution)
  );
}

/**
 * One resolution's national implementation at the month, in three classes, never two: an
 * implementing measure (of the kinds shown) in force (level 1); searched, with no implementing
 * act found; not researched for this resolution. Its own measures or the EU's both count.
 */
export function readResolution(dataset: Dataset, view: View): Reading {
  const filter = new Set(view.categories);
  const id = view.resolution ?? '';
  const states = readStates(dataset, (actor, applied) => {
    const done = applied.some(
      (a) => implementsResolution(a, id) && shownInForce(a, view.date, filter),
    );
    if (done) return member(actor, 1, 'implemented');
    const searched = actor.research.resolutionsSearched?.includes(id) ?? false;
    return member(actor, 0, searched ? 'none-found' : 'not-researched');
  });
  return makeReading('resolution', states, RESOLUTION_LEGEND);
}
