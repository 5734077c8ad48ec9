import { addMonths, clampMonth, type Month } from './month';
import type { Resolution } from './types';

/**
 * The argument a lens opens with when a reader picks it: what is most likely to be asked next,
 * so one click gives a meaningful map.
 */

/** The latest resolution adopted by `month` (the first one before any was), or null if none. */
export function defaultResolution(resolutions: readonly Resolution[], month: Month): string | null {
  const sorted = [...resolutions].sort((a, b) =>
    a.month < b.month ? -1 : a.month > b.month ? 1 : 0,
  );
  const adopted = sorted.filter((r) => r.month <= month);
  return (adopted[adopted.length - 1] ?? sorted[0])?.id ?? null;
}

/** How far back the compare lens looks first: a year, the usual question ("since last year"). */
export const COMPARE_BACK = 12;

/**
 * The other date the compare lens opens with: a year before the date, or a year after it when
 * the date is at the timeline's start; always inside the timeline and never the date itself
 * unless the timeline has only one month.
 */
export function defaultCompareMonth(date: Month, min: Month, max: Month): Month {
  const back = clampMonth(addMonths(date, -COMPARE_BACK), min, max);
  return back !== date ? back : clampMonth(addMonths(date, COMPARE_BACK), min, max);
}
