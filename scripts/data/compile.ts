import { createHash } from 'node:crypto';
import countries from 'i18n-iso-countries';
import { DATASET_FORMAT } from '../../src/data/decodeDataset';
import { applyBlocs } from '../../src/model/applyBlocs';
import { datasetCsv } from '../../src/model/csv';
import type { Actor } from '../../src/model/types';
import { checkData, type DataCounts } from './check';
import { formatProblem, type Problem } from './problem';
import type { RawEvent, RawRegionEntry, RawResolution, RawState } from './rawTypes';

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
 * The timeline's events: those of events.json, plus each resolution's adoption and deadlines
 * from resolutions.json (one home for a resolution's facts), in date order.
 */
export function timelineEvents(events: readonly RawEvent[], resolutions: readonly RawResolution[]) {
  const fromResolutions = resolutions.flatMap((r): RawEvent[] => [
    {
      id: `unscr-${r.id}`,
      date: r.adopted,
      kind: 'un_resolution',
      title: `${r.title} adopted`,
      description: r.summary,
      sources: r.sources,
    },
    ...(r.deadlines ?? []).map((d): RawEvent => ({
      id: d.id,
      date: d.date,
      kind: 'deadline',
      title: d.title,
      description: d.description,
      sources: d.sources,
    })),
  ]);
  return [...events, ...fromResolutions].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
  );
}

/**
 * Checks a data folder and, only if it is clean, compiles it into the single JSON bundle the
 * app loads and the CSV users download. Refusing to compile broken data is what keeps the build
 * from shipping it.
 */
export function compileData(dir: string): CompiledData {
  const { problems, input, counts } = checkData(dir);
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
  const body = JSON.stringify({ updated, ...content });
  const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const json = JSON.stringify({ format: DATASET_FORMAT, version, updated, ...content });
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
    counts,
  };
}
