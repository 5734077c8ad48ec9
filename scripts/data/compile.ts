import { createHash } from 'node:crypto';
import countries from 'i18n-iso-countries';
import { DATASET_FORMAT } from '../../src/data/decodeDataset';
import { applyBlocs } from '../../src/model/applyBlocs';
import { datasetCsv } from '../../src/model/csv';
import { STORIES_FORMAT } from '../../src/model/story';
import type { Actor } from '../../src/model/types';
import { checkData, type DataCounts } from './check';
import { formatProblem, type Problem } from './problem';
import type { RawRegionEntry, RawState } from './rawTypes';
import { timelineEvents } from './timelineEvents';

export class DataCheckFailed extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The data check failed:\n${problems.map(formatProblem).join('\n')}`);
  }
}

export interface CompiledData {
  /** A content hash of everything the app reads: changes whenever the data does. */
  readonly version: string;
  readonly updated: string;
  /** The one JSON file the app fetches. */
  readonly json: string;
  /** One row per measure, with its sources. */
  readonly csv: string;
  /** The guided stories, in one file the app fetches when a story is opened. */
  readonly stories: string;
  readonly counts: DataCounts;
}

/** A state's M49 areas, broadest first, or undefined for a state M49 does not list. */
function regionsOf(entry: RawRegionEntry | undefined): string[] | undefined {
  if (!entry || entry.region === null) return undefined;
  return [
    entry.region,
    entry.subRegion,
    ...(entry.intermediateRegion ? [entry.intermediateRegion] : []),
  ];
}

function toActor(data: RawState, region: RawRegionEntry | undefined): Actor {
  // The schema and rules have vouched for these fields; this is only the typed view of them.
  const numeric = countries.alpha3ToNumeric(data.actor);
  const regions = regionsOf(region);
  return {
    id: data.actor,
    name: data.name,
    kind: data.kind ?? 'state',
    ...(numeric !== undefined && { numeric }),
    ...(regions !== undefined && { regions }),
    research: data.research,
    measures: data.measures,
  } as unknown as Actor;
}

/**
 * Checks a data folder and, only if it is clean, compiles it into the single JSON bundle the
 * app loads and the CSV users download. Refusing to compile broken data is what keeps the build
 * from shipping it.
 */
export function compileData(dir: string): CompiledData {
  const { problems, input, stories, counts } = checkData(dir);
  if (problems.length > 0) throw new DataCheckFailed(problems);
  const regionOf = new Map((input.regions?.data.states ?? []).map((e) => [e.state, e]));
  const actors = input.states.map((s) => toActor(s.data, regionOf.get(s.data.actor)));
  const content = {
    categories: input.categories?.data.categories ?? [],
    actors,
    blocs: input.blocs?.data.blocs ?? [],
    events: timelineEvents(
      input.events?.data.events ?? [],
      input.resolutions?.data.resolutions ?? [],
    ),
    resolutions: input.resolutions?.data.resolutions ?? [],
    jointActions: input.jointActions?.data.jointActions ?? [],
    regions: input.regions?.data.areas ?? [],
  };
  const updated = input.meta?.data.updated ?? '';
  const about = {
    title: input.meta?.data.title ?? '',
    authors: input.meta?.data.authors ?? [],
    license: input.meta?.data.license ?? '',
  };
  const body = JSON.stringify({ updated, ...about, ...content });
  const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const json = JSON.stringify({ format: DATASET_FORMAT, version, updated, ...about, ...content });
  return {
    version,
    updated,
    json,
    csv: datasetCsv(
      actors,
      applyBlocs(
        new Map(actors.map((a) => [a.id, a])),
        content.blocs as unknown as Parameters<typeof applyBlocs>[1],
      ),
    ),
    stories: JSON.stringify({
      format: STORIES_FORMAT,
      stories: stories
        .map(({ data }) => ({
          id: data.id,
          title: data.title,
          summary: data.summary,
          steps: data.steps,
        }))
        .sort(
          (a, b) =>
            storyOrder(a.steps[0]?.view.date, b.steps[0]?.view.date) || (a.id < b.id ? -1 : 1),
        ),
    }),
    counts,
  };
}

/** Stories are listed in the order of the months they begin with. */
function storyOrder(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
