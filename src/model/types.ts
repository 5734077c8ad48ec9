import type { Category } from './categories';
import type { Month } from './month';

/**
 * Domain types: what the app reasons about once raw JSON has crossed the trust boundary in
 * `src/data`. Dates keep the text the source gave (`2016`, `2016-02`, `2016-02-10`) so the
 * interface can show their precision; `src/model/span.ts` turns them into months.
 */

/** An actor's id: an ISO 3166-1 alpha-3 code for a state, or `EU` / `UN`. */
export type ActorId = string & { readonly __brand: 'ActorId' };

export const EVIDENCE = ['official', 'press', 'secondary'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const START_BASES = ['effective', 'adopted', 'announced', 'reported'] as const;
export type StartBasis = (typeof START_BASES)[number];

export const END_REASONS = ['lifted', 'relaxed', 'expired', 'superseded'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const RESEARCH_STATUSES = ['researched', 'no-measure-found', 'not-yet-researched'] as const;
export type ResearchStatus = (typeof RESEARCH_STATUSES)[number];

/**
 * What a measure rests on: the actor's own decision, beyond what the UN required of it
 * (`autonomous`); giving effect to UN Security Council resolutions (`un_implementation`); or,
 * in the UN's own file, the Council's measure itself (`un_resolution`).
 */
export const BASES = ['autonomous', 'un_implementation', 'un_resolution'] as const;
export type Basis = (typeof BASES)[number];

export const JOINT_KINDS = ['mechanism', 'meeting', 'statement', 'report'] as const;
export type JointKind = (typeof JOINT_KINDS)[number];

export const ACTOR_KINDS = ['state', 'bloc', 'organisation'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const EVENT_KINDS = [
  'nuclear_test',
  'un_resolution',
  'attack',
  'closure',
  'un_measure',
  'deadline',
  'diplomacy',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  readonly url: string;
  readonly quote?: string;
}

export interface Alignment {
  readonly with: string;
  readonly act: string;
}

export interface Measure {
  readonly id: string;
  readonly state: ActorId;
  readonly category: Category;
  readonly summary: string;
  readonly start: string;
  readonly startBasis: StartBasis;
  readonly announced?: string;
  readonly end?: string;
  readonly endReason?: EndReason;
  readonly instrument: string;
  readonly evidence: Evidence;
  readonly caveat?: string;
  readonly alignment?: Alignment;
  readonly checked?: string;
  readonly basis: Basis;
  /** The resolutions it gives effect to (un_implementation) or is (un_resolution). */
  readonly resolutions?: readonly string[];
  /** Ids of measures this one replaced, so old links still open. */
  readonly aliases?: readonly string[];
  readonly sources: readonly Source[];
}

export interface Research {
  readonly status: ResearchStatus;
  readonly checked: string;
  readonly note?: string;
  /** Resolutions whose national implementation by this actor was searched for. */
  readonly resolutionsSearched?: readonly string[];
}

export interface Actor {
  readonly id: ActorId;
  readonly name: string;
  readonly kind: ActorKind;
  /** ISO 3166-1 numeric code, which joins the actor to its shape in the world topology. */
  readonly numeric?: string;
  /**
   * The UN M49 areas a state belongs to, broadest first: region, sub-region and, where M49 has
   * one, intermediate region (`["002", "202", "011"]`). Absent for a state M49 does not list.
   */
  readonly regions?: readonly string[];
  readonly research: Research;
  readonly measures: readonly Measure[];
}

export interface Membership {
  readonly state: ActorId;
  readonly from: string;
  readonly until?: string;
  /** When the bloc's measures stopped binding the state, if later than `until` (a transition). */
  readonly measuresApplyUntil?: string;
  readonly note?: string;
  readonly sources?: readonly Source[];
}

export interface Bloc {
  readonly id: ActorId;
  readonly name: string;
  readonly members: readonly Membership[];
  readonly sources: readonly Source[];
}

export interface TimelineEvent {
  readonly id: string;
  readonly date: string;
  readonly month: Month;
  readonly kind: EventKind;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly Source[];
}

/** A deadline a resolution set for states, as the timeline marks it. */
export interface Deadline {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly Source[];
}

/** A UN Security Council resolution on the DPRK. */
export interface Resolution {
  readonly id: string;
  readonly adopted: string;
  /** The month of adoption: from when a state can have given it effect. */
  readonly month: Month;
  readonly title: string;
  readonly summary: string;
  readonly deadlines: readonly Deadline[];
  readonly sources: readonly Source[];
}

/** A joint act of the coalition with named members (see data/README.md). */
export interface JointAction {
  readonly id: string;
  readonly date: string;
  /** The month it counts from: the last month its date could fall in, like a measure's start. */
  readonly month: Month;
  readonly kind: JointKind;
  readonly title: string;
  readonly commitment: string;
  readonly members: readonly ActorId[];
  readonly memberCount?: number;
  readonly partOf?: string;
  readonly note?: string;
  readonly sources: readonly Source[];
}

/** M49's tiers of geographic area, broadest first. */
export const REGION_LEVELS = ['region', 'subRegion', 'intermediateRegion'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** A geographic area of the UN M49 standard (data/reference/m49-regions.json). */
export interface Region {
  /** Its three-digit M49 code. */
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  /** The area one tier up; a region has none. */
  readonly parent?: string;
}

export interface CategoryInfo {
  readonly id: Category;
  readonly definition: string;
}

/**
 * A measure as it applies to one state: its own, or a bloc's for the months the state was a
 * member. In force for months `from <= m < until` (`until` null: still in force).
 */
export interface AppliedMeasure {
  readonly measure: Measure;
  /** The bloc the measure reaches this state through, or null for the state's own. */
  readonly via: ActorId | null;
  readonly from: Month;
  readonly until: Month | null;
}

/** Who made the dataset, as a citation names them: a person, or a group by one name. */
export type Author =
  { readonly family: string; readonly given: string } | { readonly name: string };

export interface Dataset {
  readonly version: string;
  readonly updated: string;
  /** The dataset's title, its authors and its licence, as data/meta.json gives them. */
  readonly title: string;
  readonly authors: readonly Author[];
  readonly license: string;
  readonly categories: readonly CategoryInfo[];
  /** Every actor, states and the EU/UN alike, by id. */
  readonly actors: ReadonlyMap<ActorId, Actor>;
  /** Per state: its own measures and those it inherits from blocs, sorted by start. */
  readonly applied: ReadonlyMap<ActorId, readonly AppliedMeasure[]>;
  readonly blocs: readonly Bloc[];
  readonly events: readonly TimelineEvent[];
  readonly resolutions: readonly Resolution[];
  readonly jointActions: readonly JointAction[];
  /** The M49 areas the states' `regions` name, regions first, then sub-regions, then intermediate. */
  readonly regions: readonly Region[];
  /** The month of the earliest measure: where the timeline begins. */
  readonly firstMonth: Month;
}
