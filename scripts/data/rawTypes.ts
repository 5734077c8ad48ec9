/**
 * The shapes of the raw data files once they pass their JSON Schema (`data/schema/`). Kept by
 * hand beside the schemas; the schema is the contract, these are its TypeScript reading.
 */
export interface RawSource {
  title: string;
  publisher: string;
  date: string;
  url: string;
  quote?: string;
}

export interface RawMeasure {
  id: string;
  state: string;
  category: string;
  summary: string;
  start: string;
  startBasis: string;
  announced?: string;
  end?: string;
  endReason?: string;
  instrument: string;
  evidence: string;
  caveat?: string;
  alignment?: { with: string; act: string };
  checked?: string;
  basis: 'autonomous' | 'un_implementation' | 'un_resolution';
  resolutions?: string[];
  aliases?: string[];
  sources: RawSource[];
}

export interface RawState {
  $schema?: string;
  actor: string;
  name: string;
  kind?: 'state' | 'bloc' | 'organisation';
  research: { status: string; checked: string; note?: string; resolutionsSearched?: string[] };
  measures: RawMeasure[];
}

export interface RawMembership {
  state: string;
  from: string;
  until?: string;
  measuresApplyUntil?: string;
  note?: string;
  sources?: RawSource[];
}

export interface RawBlocs {
  blocs: { id: string; name: string; members: RawMembership[]; sources: RawSource[] }[];
}

export interface RawEvent {
  id: string;
  date: string;
  kind: string;
  title: string;
  description: string;
  actors?: string[];
  sources: RawSource[];
}

export interface RawEvents {
  events: RawEvent[];
}

export interface RawCategories {
  categories: { id: string; definition: string }[];
}

export type RawAuthor = { family: string; given: string } | { name: string };

export interface RawMeta {
  title: string;
  authors: RawAuthor[];
  updated: string;
  license: string;
}

export interface RawReference {
  title: string;
  members: string[];
  sources: RawSource[];
}

export interface RawArea {
  code: string;
  name: string;
  level: 'region' | 'subRegion' | 'intermediateRegion';
  parent?: string;
}

/** A state's M49 areas, or (for a state M49 does not list) no region and a note. */
export type RawRegionEntry =
  | { state: string; m49: string; region: string; subRegion: string; intermediateRegion?: string }
  | { state: string; region: null; note: string };

export interface RawRegions {
  title: string;
  areas: RawArea[];
  states: RawRegionEntry[];
  sources: RawSource[];
}

export interface RawDeadline {
  id: string;
  date: string;
  title: string;
  description: string;
  sources: RawSource[];
}

export interface RawResolution {
  id: string;
  adopted: string;
  title: string;
  summary: string;
  deadlines?: RawDeadline[];
  sources: RawSource[];
}

export interface RawResolutions {
  resolutions: RawResolution[];
}

export interface RawJointAction {
  id: string;
  date: string;
  kind: 'mechanism' | 'meeting' | 'statement' | 'report';
  title: string;
  commitment: string;
  members: string[];
  memberCount?: number;
  partOf?: string;
  note?: string;
  sources: RawSource[];
}

export interface RawJointActions {
  jointActions: RawJointAction[];
}

export interface RawStoryView {
  date: string;
  measures?: string[];
  scope?: string;
  lens?: string;
  compare?: string;
  resolution?: string;
  country?: string;
  highlight?: string[];
}

export interface RawStory {
  $schema?: string;
  id: string;
  title: string;
  summary: string;
  steps: { title: string; caption: string; view: RawStoryView; backing: string[] }[];
}
