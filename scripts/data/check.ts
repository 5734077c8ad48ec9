import { join, relative } from 'node:path';
import { CATEGORIES, type Category } from '../../src/model/categories';
import { scanTexts } from '../../src/model/dataBounds';
import type { Problem } from './problem';
import { readDataDir, type DataDir, type DataFile } from './readDataDir';
import type {
  RawBlocs,
  RawCategories,
  RawEvents,
  RawJointActions,
  RawMeta,
  RawReference,
  RawRegions,
  RawResolutions,
  RawState,
  RawStory,
} from './rawTypes';
import { checkRules, type CheckInput, type Checked } from './rules';
import { validateAgainst, type SchemaName } from './schemas';
import { checkSizes } from './sizeRules';
import { checkStories, withStepNumber, type StoryFacts } from './storyRules';
import { timelineEvents } from './timelineEvents';

export interface DataCounts {
  actors: number;
  states: number;
  statesByResearch: Record<'researched' | 'no-measure-found' | 'not-yet-researched', number>;
  measures: number;
  measuresByCategory: Record<Category, number>;
  measuresByBasis: Record<string, number>;
  citations: number;
  distinctSourceUrls: number;
  events: number;
  blocMemberships: number;
  stories: number;
  storySteps: number;
}

export interface CheckResult {
  readonly problems: Problem[];
  /** The files, parsed and schema-valid, for compiling; only complete when problems is empty. */
  readonly input: CheckInput;
  /** The guided stories, parsed and schema-valid. */
  readonly stories: Checked<RawStory>[];
  readonly counts: DataCounts;
}

/** Runs every check on a data folder: JSON syntax, the schemas, then the rules. */
export function checkData(dir: string, displayRoot = process.cwd()): CheckResult {
  const problems: Problem[] = [];
  const raw = readDataDir(dir, problems, displayRoot);
  // The same text rules and lengths as the runtime decoder (src/model/dataBounds.ts).
  let characters = 0;
  for (const f of allFiles(raw)) {
    characters += scanTexts(f.json, ({ path, reason }) =>
      problems.push({ file: f.file, path, reason }),
    );
  }
  const valid = <T>(schema: SchemaName, f: DataFile | null): Checked<T> | null => {
    if (!f) return null;
    const found = validateAgainst(schema, f.file, f.json);
    problems.push(...found);
    return found.length === 0 ? { file: f.file, name: f.name, data: f.json as T } : null;
  };
  const states = raw.states
    .map((f) => valid<RawState>('state', f))
    .filter((s): s is Checked<RawState> => s !== null);
  const input: CheckInput = {
    states,
    references: raw.references
      .map((f) => valid<RawReference>('reference', f))
      .filter((r): r is Checked<RawReference> => r !== null),
    regions: valid<RawRegions>('regions', raw.regions),
    categories: valid<RawCategories>('categories', raw.categories),
    blocs: valid<RawBlocs>('blocs', raw.blocs),
    events: valid<RawEvents>('events', raw.events),
    resolutions: valid<RawResolutions>('resolutions', raw.resolutions),
    jointActions: valid<RawJointActions>('joint-actions', raw.jointActions),
    meta: valid<RawMeta>('meta', raw.meta),
    statesDir: relative(displayRoot, join(dir, 'states')) || 'states',
    stateFiles: new Set(raw.stateNames),
  };
  problems.push(...checkRules(input));
  problems.push(...checkSizes(input, characters, relative(displayRoot, dir) || dir));
  const storyProblems: Problem[] = [];
  const stories = raw.stories
    .map((f) => {
      const found = validateAgainst('story', f.file, f.json);
      storyProblems.push(...found);
      return found.length === 0 ? { file: f.file, name: f.name, data: f.json as RawStory } : null;
    })
    .filter((s): s is Checked<RawStory> => s !== null);
  storyProblems.push(...checkStories(stories, storyFacts(input)));
  problems.push(...storyProblems.map(withStepNumber));
  return { problems, input, stories, counts: countData(input, stories) };
}

function allFiles(raw: DataDir): DataFile[] {
  const single = [
    raw.regions,
    raw.categories,
    raw.blocs,
    raw.events,
    raw.resolutions,
    raw.jointActions,
    raw.meta,
  ];
  return [
    ...raw.states,
    ...raw.references,
    ...single.filter((f): f is DataFile => f !== null),
    ...raw.stories,
  ];
}

/** What stories may cite and name, from the rest of the folder. */
function storyFacts(input: CheckInput): StoryFacts {
  const measures = new Map<string, string>();
  for (const { data } of input.states) {
    for (const m of data.measures) {
      measures.set(m.id, m.start);
      for (const alias of m.aliases ?? []) measures.set(alias, m.start);
    }
  }
  const resolutions = input.resolutions?.data.resolutions ?? [];
  const events = timelineEvents(input.events?.data.events ?? [], resolutions);
  return {
    measures,
    events: new Map(events.map((e) => [e.id, e.date])),
    actors: input.stateFiles,
    resolutions: new Set(resolutions.map((r) => r.id)),
    updated: input.meta?.data.updated ?? null,
    statesDir: input.statesDir,
  };
}

export function countData(
  input: CheckInput,
  stories: readonly Checked<RawStory>[] = [],
): DataCounts {
  const statesByResearch = { researched: 0, 'no-measure-found': 0, 'not-yet-researched': 0 };
  const measuresByCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<
    Category,
    number
  >;
  const urls = new Set<string>();
  const measuresByBasis: Record<string, number> = {};
  let measures = 0;
  let citations = 0;
  let states = 0;
  for (const { data } of input.states) {
    if ((data.kind ?? 'state') === 'state') {
      states++;
      const status = data.research.status as keyof typeof statesByResearch;
      if (status in statesByResearch) statesByResearch[status]++;
    }
    for (const m of data.measures) {
      measures++;
      if (m.category in measuresByCategory) measuresByCategory[m.category as Category]++;
      const basis = m.basis ?? 'not stated';
      measuresByBasis[basis] = (measuresByBasis[basis] ?? 0) + 1;
      for (const s of m.sources) {
        citations++;
        urls.add(s.url);
      }
    }
  }
  return {
    actors: input.states.length,
    states,
    statesByResearch,
    measures,
    measuresByCategory,
    measuresByBasis,
    citations,
    distinctSourceUrls: urls.size,
    events: input.events?.data.events.length ?? 0,
    blocMemberships: input.blocs?.data.blocs.reduce((n, b) => n + b.members.length, 0) ?? 0,
    stories: stories.length,
    storySteps: stories.reduce((n, s) => n + s.data.steps.length, 0),
  };
}

export function formatCounts(c: DataCounts): string {
  const byCategory = CATEGORIES.map(
    (cat) => `  ${cat.padEnd(22)} ${c.measuresByCategory[cat]}`,
  ).join('\n');
  return [
    `actors: ${c.actors} (states: ${c.states}; researched ${c.statesByResearch.researched}, no measure found ${c.statesByResearch['no-measure-found']}, not yet researched ${c.statesByResearch['not-yet-researched']})`,
    `measures: ${c.measures}`,
    byCategory,
    `by basis: ${Object.entries(c.measuresByBasis)
      .map(([b, n]) => `${b} ${n}`)
      .join(', ')}`,
    `sources: ${c.citations} citations of ${c.distinctSourceUrls} distinct URLs`,
    `events: ${c.events}`,
    `bloc memberships: ${c.blocMemberships}`,
    `stories: ${c.stories} (${c.storySteps} steps)`,
  ].join('\n');
}
