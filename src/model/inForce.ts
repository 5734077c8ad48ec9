import type { Category } from './categories';
import type { Month } from './month';
import { spanContains } from './span';
import type { AppliedMeasure } from './types';
import type { Scope } from './view';

/**
 * The one test of "in force": an applied measure holds at the end of `month`. Everything that
 * says what a state had in force (map, panel, tooltip, table, chart, CSV) goes through here.
 */
export function inForce(applied: AppliedMeasure, month: Month): boolean {
  return spanContains(applied, month);
}

/** Whether a measure counts under a scope: every measure, or only autonomous ones. */
export function inScope(applied: AppliedMeasure, scope: Scope): boolean {
  return scope === 'all' || applied.measure.basis === 'autonomous';
}

/** Whether a measure is in force and shown by the filter and the scope. */
export function shownInForce(
  applied: AppliedMeasure,
  month: Month,
  filter: ReadonlySet<Category>,
  scope: Scope = 'all',
): boolean {
  return filter.has(applied.measure.category) && inScope(applied, scope) && inForce(applied, month);
}

/** The measures of a state in force at the end of `month`, limited to the filter and scope. */
export function measuresInForce(
  applied: readonly AppliedMeasure[],
  month: Month,
  filter: ReadonlySet<Category>,
  scope: Scope = 'all',
): AppliedMeasure[] {
  return applied.filter((a) => shownInForce(a, month, filter, scope));
}

/** How many kinds of measure a state had in force: the number the default map colours by. */
export function levelAt(
  applied: readonly AppliedMeasure[],
  month: Month,
  filter: ReadonlySet<Category>,
  scope: Scope = 'all',
): number {
  const kinds = new Set<Category>();
  for (const a of applied) if (shownInForce(a, month, filter, scope)) kinds.add(a.measure.category);
  return kinds.size;
}
