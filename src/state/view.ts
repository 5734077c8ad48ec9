import { CATEGORIES, type Category } from '../model/categories';
import type { Month } from '../model/month';
import type { ActorId } from '../model/types';

/**
 * What the reader is looking at: everything a permalink reproduces. A story step, an embed and
 * an export are all a View, so each new feature adds a field here, a default, and a pair of
 * lines in the URL codec, and the rest follows.
 *
 * | field    | URL        | embed | export |
 * |----------|------------|-------|--------|
 * | date     | `date`     | yes   | yes    |
 * | measures | `measures` | yes   | yes    |
 * | country  | `country`  | yes   | no (the panel is not part of the picture) |
 * | embed    | `embed`    | yes   | n/a    |
 */
export interface View {
  readonly date: Month;
  /** Categories shown, in canonical order; all of them by default. */
  readonly measures: readonly Category[];
  /** The state (or EU/UN) whose details panel is open. */
  readonly country: ActorId | null;
  /** Compact chrome for an iframe, which reports its height to the parent page. */
  readonly embed: boolean;
}

/** What decoding needs to know to keep every value valid: the timeline and the actors. */
export interface ViewContext {
  readonly minMonth: Month;
  readonly maxMonth: Month;
  /** The date a view gets when none (or a bad one) is given: the current month. */
  readonly defaultMonth: Month;
  readonly isActor: (id: string) => boolean;
}

export function defaultView(ctx: ViewContext): View {
  return { date: ctx.defaultMonth, measures: CATEGORIES, country: null, embed: false };
}

export function sameMeasures(a: readonly Category[], b: readonly Category[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

export function sameView(a: View, b: View): boolean {
  return (
    a.date === b.date &&
    a.country === b.country &&
    a.embed === b.embed &&
    sameMeasures(a.measures, b.measures)
  );
}
