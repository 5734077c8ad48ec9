import type { Category } from './categories';
import type { Month } from './month';
import type { ActorId } from './types';

/**
 * The picture's lens: what question the map answers about each state.
 * - `kinds`: how many kinds of measure it had in force (the default);
 * - `basis`: measures beyond what the UN required, only UN implementation, or none;
 * - `resolution`: whether it had given one resolution national effect;
 * - `joint`: how many of the coalition's joint actions it had joined;
 * - `compare`: whether it joined, left or stayed between two dates.
 */
export const LENSES = ['kinds', 'basis', 'resolution', 'joint', 'compare'] as const;
export type Lens = (typeof LENSES)[number];

/** Which measures count: all of them, or only those beyond what the UN required. */
export const SCOPES = ['all', 'autonomous'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * The lenses the scope changes. The others ask about the basis itself (basis, resolution) or
 * about no measure at all (joint), so a scope would change nothing in them.
 */
export function lensReadsScope(lens: Lens): boolean {
  return lens === 'kinds' || lens === 'compare';
}

/**
 * The named regions a view can frame: the whole map, or a part of the world a story step or a
 * link zooms to. Their extents live with the map (src/map/regions.ts); this is the vocabulary.
 */
export const FOCUS_REGIONS = [
  'world',
  'europe',
  'east-asia',
  'south-east-asia',
  'middle-east',
  'africa',
  'americas',
  'oceania',
] as const;
export type FocusRegion = (typeof FOCUS_REGIONS)[number];

/**
 * What the picture shows: everything a permalink reproduces, and what a story step, an embed
 * and an export are made of. Page chrome (embed, timeline, presentation, language) is not part
 * of it (see src/state/chrome.ts). `src/state/viewFields.ts` says, field by field, how each is
 * written in the URL and whether it travels to an embed, an export and a story step.
 */
export interface View {
  readonly date: Month;
  /** Categories shown, in canonical order; all of them by default. */
  readonly categories: readonly Category[];
  readonly scope: Scope;
  readonly lens: Lens;
  /** The compare lens's other date. */
  readonly compare: Month | null;
  /** The resolution lens's resolution, by number. */
  readonly resolution: string | null;
  /** The actor (a state, the EU or the UN) whose details panel is open. */
  readonly actor: ActorId | null;
  /** States outlined, with the rest dimmed (a story step's focus). */
  readonly highlight: readonly ActorId[];
  /** The region the map frames ('world': all of it). The reader's own zoom is not part of it. */
  readonly focus: FocusRegion;
}
