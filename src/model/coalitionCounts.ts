import { CATEGORIES, type Category } from './categories';
import { inForce, inScope } from './inForce';
import { monthFromIndex, monthIndex, type Month } from './month';
import { TARGET_ID } from './reading';
import type { Dataset } from './types';
import type { Scope } from './view';

/**
 * How the coalition grew: for every month of a range, how many states had each kind of measure
 * in force. A state counts for a kind exactly when the map, filtered to that one kind, gives it
 * a level above 0 (the same `inForce` and `inScope` tests, the same states: the target is never
 * counted).
 */
export interface CoalitionCounts {
  readonly months: readonly Month[];
  /** Per category, one count per month of `months`. */
  readonly byCategory: Readonly<Record<Category, readonly number[]>>;
  /**
   * Per month, one bit mask per state of the kinds it had in force (bit i is CATEGORIES[i]):
   * what the coalition's size under any filter is counted from, without reading the data again.
   */
  readonly masks: readonly Uint16Array[];
}

const BIT = new Map<Category, number>(CATEGORIES.map((c, i) => [c, 1 << i]));

const cache = new WeakMap<Dataset, Map<string, CoalitionCounts>>();

/**
 * The counts per category per month from `from` to `to` (both included) under a scope. Computed
 * once per dataset, range and scope, whoever asks: the chart reads it on every render.
 */
export function coalitionCounts(
  dataset: Dataset,
  from: Month,
  to: Month,
  scope: Scope = 'all',
): CoalitionCounts {
  let byKey = cache.get(dataset);
  if (!byKey) {
    byKey = new Map();
    cache.set(dataset, byKey);
  }
  const key = `${from}|${to}|${scope}`;
  let counts = byKey.get(key);
  if (!counts) {
    counts = count(dataset, from, to, scope);
    byKey.set(key, counts);
  }
  return counts;
}

function count(dataset: Dataset, from: Month, to: Month, scope: Scope): CoalitionCounts {
  // Each state's measures within the scope, with the bit of their kind: the loop below then asks
  // only the one "in force" question, month by month.
  const states = [...dataset.actors.values()]
    .filter((a) => a.kind === 'state' && a.id !== TARGET_ID)
    .map((a) =>
      (dataset.applied.get(a.id) ?? [])
        .filter((m) => inScope(m, scope))
        .map((m) => ({ applied: m, bit: BIT.get(m.measure.category) ?? 0 })),
    );
  const first = monthIndex(from);
  const length = Math.max(0, monthIndex(to) - first + 1);
  const months: Month[] = [];
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, new Array<number>(length).fill(0)]),
  ) as Record<Category, number[]>;
  const masks: Uint16Array[] = [];
  for (let i = 0; i < length; i++) {
    const month = monthFromIndex(first + i);
    months.push(month);
    const row = new Uint16Array(states.length);
    states.forEach((measures, s) => {
      let mask = 0;
      for (const m of measures) if (!(mask & m.bit) && inForce(m.applied, month)) mask |= m.bit;
      row[s] = mask;
    });
    CATEGORIES.forEach((c, bit) => {
      let n = 0;
      for (const mask of row) if (mask & (1 << bit)) n++;
      byCategory[c][i] = n;
    });
    masks.push(row);
  }
  return { months, byCategory, masks };
}

const sizes = new WeakMap<CoalitionCounts, Map<string, readonly number[]>>();

/**
 * Per month, the number of states with any of the `categories` in force: the coalition's size
 * the map's summary gives for that filter. Memoised per counts and filter.
 */
export function coalitionSize(
  counts: CoalitionCounts,
  categories: readonly Category[],
): readonly number[] {
  let byFilter = sizes.get(counts);
  if (!byFilter) {
    byFilter = new Map();
    sizes.set(counts, byFilter);
  }
  const key = categories.join(',');
  let size = byFilter.get(key);
  if (!size) {
    let filter = 0;
    for (const c of categories) filter |= BIT.get(c) ?? 0;
    size = counts.masks.map((row) => {
      let n = 0;
      for (const mask of row) if (mask & filter) n++;
      return n;
    });
    byFilter.set(key, size);
  }
  return size;
}
