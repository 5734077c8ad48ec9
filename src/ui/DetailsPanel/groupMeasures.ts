import { CATEGORIES, type Category } from '../../model/categories';
import { inForce, inScope } from '../../model/inForce';
import type { Month } from '../../model/month';
import type { AppliedMeasure } from '../../model/types';
import type { Scope } from '../../model/view';

/** Where a measure stands at the panel's month, under the filter. */
export type MeasureState = 'in-force' | 'hidden' | 'ended' | 'later';

export interface MeasureGroup {
  readonly category: Category;
  readonly measures: readonly AppliedMeasure[];
  /** Those rendered so far, when the list renders in slices (all of them otherwise). */
  readonly shown?: readonly AppliedMeasure[];
}

export interface PanelSections {
  /** In force and shown by the filter, by kind, in the categories' order. */
  readonly shown: readonly MeasureGroup[];
  /** In force, but of kinds (or a basis) the filter leaves out. */
  readonly hidden: readonly MeasureGroup[];
  /** Not in force at the month: ended before it, or started after it. */
  readonly notInForce: readonly AppliedMeasure[];
}

export function measureState(
  a: AppliedMeasure,
  month: Month,
  filter: ReadonlySet<Category>,
  scope: Scope,
): MeasureState {
  if (inForce(a, month))
    return filter.has(a.measure.category) && inScope(a, scope) ? 'in-force' : 'hidden';
  return a.from > month ? 'later' : 'ended';
}

function byCategory(list: readonly AppliedMeasure[]): MeasureGroup[] {
  return CATEGORIES.map((category) => ({
    category,
    measures: list.filter((a) => a.measure.category === category),
  })).filter((g) => g.measures.length > 0);
}

/** The panel's order: what is in force first, grouped by kind, then the rest by date. */
export function panelSections(
  applied: readonly AppliedMeasure[],
  month: Month,
  filter: ReadonlySet<Category>,
  scope: Scope,
): PanelSections {
  const shown: AppliedMeasure[] = [];
  const hidden: AppliedMeasure[] = [];
  const notInForce: AppliedMeasure[] = [];
  for (const a of applied) {
    const state = measureState(a, month, filter, scope);
    if (state === 'in-force') shown.push(a);
    else if (state === 'hidden') hidden.push(a);
    else notInForce.push(a);
  }
  return { shown: byCategory(shown), hidden: byCategory(hidden), notInForce };
}

/**
 * The sections cut to the first `limit` measures, in panel order, for a long record rendered in
 * slices; groups keep their full counts for their headings.
 */
export function limitSections(sections: PanelSections, limit: number): PanelSections {
  let budget = limit;
  const take = <T>(list: readonly T[]): readonly T[] => {
    const out = list.slice(0, Math.max(0, budget));
    budget -= out.length;
    return out;
  };
  const groups = (gs: readonly MeasureGroup[]) =>
    gs.map((g) => ({ ...g, shown: take(g.measures) })).filter((g) => g.shown.length > 0);
  const shown = groups(sections.shown);
  const hidden = groups(sections.hidden);
  return { shown, hidden, notInForce: take(sections.notInForce) };
}
