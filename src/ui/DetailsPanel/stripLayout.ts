import { CATEGORIES, type Category } from '../../model/categories';
import { monthIndex, type Month } from '../../model/month';
import type { TimelineRange } from '../../model/timeline';
import type { AppliedMeasure } from '../../model/types';

/**
 * The panel's timeline strip as positions: each measure a bar from the month it came into force
 * to the month it ended (or the timeline's end), in a lane of its kind's rows, so a lifted
 * measure shows as a gap and a reinstated one as a new bar after it (Japan, 2014 and 2016).
 */
export interface StripBar {
  readonly key: string;
  readonly measureId: string;
  readonly category: Category;
  /** The strip's row, from the top. */
  readonly row: number;
  /** Where the bar starts and ends along the timeline, 0 at its first month and 1 at its end. */
  readonly start: number;
  readonly end: number;
  /** Still in force at the timeline's end. */
  readonly ongoing: boolean;
}

export interface StripRow {
  readonly category: Category;
  /** Its lane among its kind's rows. */
  readonly lane: number;
}

export interface StripLayout {
  readonly rows: readonly StripRow[];
  readonly bars: readonly StripBar[];
}

/** A kind never takes more rows than this; further overlapping bars share the freest lane. */
export const MAX_LANES = 3;

/** The timeline's months, its last one included, as a length. */
const spanOf = (range: TimelineRange) => monthIndex(range.max) + 1 - monthIndex(range.min);

/** Where a month starts along the timeline, 0 to 1. */
export function stripPosition(range: TimelineRange, month: Month): number {
  const at = (monthIndex(month) - monthIndex(range.min)) / spanOf(range);
  return Math.max(0, Math.min(1, at));
}

/**
 * Lays out a state's measures: kinds in the categories' order, each kind's measures packed into
 * lanes by start (a bar takes the first lane free by its start month), at most `maxLanes` lanes
 * per kind, so a record of a hundred designation rounds stays a strip.
 */
export function stripLayout(
  applied: readonly AppliedMeasure[],
  range: TimelineRange,
  maxLanes: number = MAX_LANES,
): StripLayout {
  const rows: StripRow[] = [];
  const bars: StripBar[] = [];
  for (const category of CATEGORIES) {
    const own = applied
      .filter((a) => a.measure.category === category)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    if (own.length === 0) continue;
    const first = rows.length;
    /** Each lane's end, as a month index; Infinity while its last bar is still in force. */
    const ends: number[] = [];
    for (const a of own) {
      const from = monthIndex(a.from);
      const until = a.until === null ? Infinity : monthIndex(a.until);
      let lane = ends.findIndex((end) => end <= from);
      if (lane < 0 && ends.length < Math.max(1, maxLanes)) lane = ends.push(-Infinity) - 1;
      if (lane < 0) lane = ends.indexOf(Math.min(...ends));
      ends[lane] = Math.max(ends[lane] ?? -Infinity, until);
      const start = stripPosition(range, a.from);
      bars.push({
        key: `${a.measure.id}-${a.via ?? ''}`,
        measureId: a.measure.id,
        category,
        row: first + lane,
        start,
        end: a.until === null ? 1 : Math.max(start, stripPosition(range, a.until)),
        ongoing: a.until === null,
      });
    }
    for (let lane = 0; lane < ends.length; lane++) rows.push({ category, lane });
  }
  return { rows, bars };
}

/** The years the strip's axis names: its first and last, and each multiple of `every` between. */
export function stripTicks(
  range: TimelineRange,
  every = 5,
): { readonly year: number; readonly at: number }[] {
  const first = Number(range.min.slice(0, 4));
  const last = Number(range.max.slice(0, 4));
  const years = new Set<number>([first]);
  for (let y = Math.ceil((first + 1) / every) * every; y < last; y += every) {
    // A label too close to the first or last one would overlap it.
    if (y - first >= 2 && last - y >= 2) years.add(y);
  }
  years.add(last);
  return [...years].map((year) => ({
    year,
    at: year === first ? 0 : year === last ? 1 : stripPosition(range, `${year}-01` as Month),
  }));
}
