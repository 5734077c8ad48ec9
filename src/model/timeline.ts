import { MAX_YEAR } from './dateBounds';
import { makeMonth, monthIndex, type Month } from './month';
import type { ActorId, JointAction, Resolution, TimelineEvent } from './types';

export interface TimelineRange {
  readonly min: Month;
  readonly max: Month;
}

/** The last month any date may name (dateBounds.ts): a clock past it stops the timeline there. */
const LAST_MONTH = makeMonth(MAX_YEAR, 12);

/**
 * The timeline runs from the month of the first measure to the current month. If the clock
 * is wrong and says a month before the data begins, the range still holds one month; if it
 * says a year past the bounds of every date, the range stops at their end, so every month on
 * the timeline is one a link can carry.
 */
export function timelineRange(firstMonth: Month, currentMonth: Month): TimelineRange {
  const current = currentMonth > LAST_MONTH ? LAST_MONTH : currentMonth;
  return { min: firstMonth, max: current < firstMonth ? firstMonth : current };
}

/** Position of a month on the timeline, 0 at the first month and 1 at the last. */
export function positionOf(range: TimelineRange, month: Month): number {
  const span = monthIndex(range.max) - monthIndex(range.min);
  return span === 0 ? 0 : (monthIndex(month) - monthIndex(range.min)) / span;
}

/** Events grouped by month, in date order: one timeline marker per month that has any. */
export function eventsByMonth(events: readonly TimelineEvent[]): Map<Month, TimelineEvent[]> {
  const byMonth = new Map<Month, TimelineEvent[]>();
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const event of sorted) {
    const list = byMonth.get(event.month);
    if (list) list.push(event);
    else byMonth.set(event.month, [event]);
  }
  return byMonth;
}

/** The nearest month after (direction 1) or before (-1) `month` that has an event. */
export function adjacentEventMonth(
  eventMonths: readonly Month[],
  month: Month,
  direction: 1 | -1,
): Month | null {
  if (direction === 1) return eventMonths.find((m) => m > month) ?? null;
  for (let i = eventMonths.length - 1; i >= 0; i--) {
    const m = eventMonths[i];
    if (m !== undefined && m < month) return m;
  }
  return null;
}

/**
 * Groups event months into clusters whose markers would sit closer than `minGap` (a fraction
 * of the timeline's length) to the first month of their cluster, so that every marker can be
 * seen, hovered and clicked. Each cluster is listed by its months in order.
 */
export function clusterMonths(
  range: TimelineRange,
  months: readonly Month[],
  minGap: number,
): Month[][] {
  const clusters: Month[][] = [];
  let current: Month[] = [];
  let start = -Infinity;
  for (const month of [...months].sort()) {
    if (month < range.min || month > range.max) continue;
    const at = positionOf(range, month);
    if (current.length > 0 && at - start < minGap) {
      current.push(month);
      continue;
    }
    if (current.length > 0) clusters.push(current);
    current = [month];
    start = at;
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

/** The id of the timeline event that marks a resolution's adoption. */
export function adoptionEventId(resolution: string): string {
  return `unscr-${resolution}`;
}

/** The timeline events of one resolution: its adoption and each of its deadlines. */
export function resolutionEventIds(resolution: Resolution): Set<string> {
  return new Set([adoptionEventId(resolution.id), ...resolution.deadlines.map((d) => d.id)]);
}

/** One mark on the timeline for the joint actions of a month, or of months too close to part. */
export interface JointMark {
  /** The first month of the mark, where it sits. */
  readonly month: Month;
  /** Its place on the timeline, 0 at the first month and 1 at the last. */
  readonly position: number;
  /** Its joint actions, in date order. */
  readonly actions: readonly JointAction[];
}

/**
 * The joint actions as timeline marks: one per month that has any, months closer than `minGap`
 * (a fraction of the timeline's length) sharing one, so each can be seen, hovered and focused.
 * Actions outside the timeline get no mark.
 */
export function jointMarks(
  range: TimelineRange,
  actions: readonly JointAction[],
  minGap: number,
): JointMark[] {
  const byMonth = new Map<Month, JointAction[]>();
  const sorted = [...actions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const action of sorted) {
    const list = byMonth.get(action.month);
    if (list) list.push(action);
    else byMonth.set(action.month, [action]);
  }
  return clusterMonths(range, [...byMonth.keys()], minGap).map((months) => {
    const month = months[0] as Month;
    return {
      month,
      position: positionOf(range, month),
      actions: months.flatMap((m) => byMonth.get(m) ?? []),
    };
  });
}

/** Every member of a mark's actions, once each, in the order they first appear. */
export function membersOf(actions: readonly JointAction[]): ActorId[] {
  return [...new Set(actions.flatMap((a) => a.members))];
}
