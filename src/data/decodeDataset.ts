import { CATEGORIES, type Category } from '../model/categories';
import { applyBlocs } from '../model/applyBlocs';
import { SIZE_LIMITS } from '../model/dataBounds';
import type { Month } from '../model/month';
import {
  earliestMonth,
  latestMonth,
  parsePartialDate,
  partialDateProblem,
} from '../model/partialDate';
import {
  ACTOR_KINDS,
  BASES,
  END_REASONS,
  EVENT_KINDS,
  EVIDENCE,
  JOINT_KINDS,
  REGION_LEVELS,
  RESEARCH_STATUSES,
  START_BASES,
  type Actor,
  type ActorId,
  type Author,
  type Bloc,
  type CategoryInfo,
  type Dataset,
  type Deadline,
  type JointAction,
  type Measure,
  type Membership,
  type Region,
  type Resolution,
  type Source,
  type TimelineEvent,
} from '../model/types';
import {
  array,
  boundedArray,
  DecodeFailure,
  field,
  nonEmptyString,
  oneOf,
  optional,
  preview,
  record,
  refined,
  string,
  type Decoder,
} from './decode';
import { refuseOversize, refuseRepeatedIds } from './datasetGuards';

/** The compiled dataset format this app reads; `scripts/compileData.ts` writes it. */
export const DATASET_FORMAT = 1;

/** A partial date within the bounds of dateBounds.ts, as the data check holds it. */
const date: Decoder<string> = (value, path) => {
  const s = string(value, path);
  const problem = partialDateProblem(s);
  if (problem !== null) throw new DecodeFailure(path, `${preview(s)} ${problem}`);
  return s;
};
/** Sources whose page shows no date say so with the citation convention "n.d.". */
export const UNDATED = 'n.d.';
const sourceDate: Decoder<string> = (value, path) =>
  value === UNDATED ? UNDATED : date(value, path);
const actorId = refined(
  string,
  (s) => /^([A-Z]{3}|EU|UN)$/.test(s),
  'is not an actor id',
) as Decoder<ActorId>;
const category = oneOf<Category>(CATEGORIES);
const resolutionId = refined(string, (s) => /^\d{3,4}$/.test(s), 'is not a resolution number');
/** An ISO numeric or M49 code: three digits. */
const threeDigits = refined(string, (s) => /^\d{3}$/.test(s), 'is not a three-digit code');
const measureId = refined(string, (s) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s), 'is not a measure id');

/**
 * A source keeps whatever URL the file holds: the data check refuses any that is not https,
 * and the interface links only https ones, so a bad URL costs a link, not the whole map.
 */
const source: Decoder<Source> = (value, path) => {
  const o = record(value, path);
  const quote = optional(o, 'quote', string, path);
  return {
    title: field(o, 'title', nonEmptyString, path),
    publisher: field(o, 'publisher', nonEmptyString, path),
    date: field(o, 'date', sourceDate, path),
    url: field(o, 'url', nonEmptyString, path),
    ...(quote !== undefined && { quote }),
  };
};

const sources = refined(
  boundedArray(source, SIZE_LIMITS.sourcesPerItem, 'sources'),
  (l) => l.length > 0,
  'has no source',
);

/** A list of ids or codes, bounded, each at most once (the page keys its items by them). */
function idList<T extends string>(item: Decoder<T>, what: string): Decoder<T[]> {
  return refined(
    boundedArray(item, SIZE_LIMITS.listItems, what),
    (l) => new Set(l).size === l.length,
    `lists one of its ${what} twice`,
  );
}
/** A list of records: events, resolutions, joint actions, members, regions. */
function list<T>(item: Decoder<T>, what: string): Decoder<T[]> {
  return boundedArray(item, SIZE_LIMITS.listItems, what);
}

const measure: Decoder<Measure> = (value, path) => {
  const o = record(value, path);
  const announced = optional(o, 'announced', date, path);
  const end = optional(o, 'end', date, path);
  const endReason = optional(o, 'endReason', oneOf(END_REASONS), path);
  const caveat = optional(o, 'caveat', string, path);
  const checked = optional(o, 'checked', date, path);
  const alignmentRaw = optional(o, 'alignment', record, path);
  const resolutions = optional(o, 'resolutions', idList(resolutionId, 'resolutions'), path);
  const aliases = optional(o, 'aliases', idList(measureId, 'aliases'), path);
  return {
    id: field(o, 'id', nonEmptyString, path),
    state: field(o, 'state', actorId, path),
    category: field(o, 'category', category, path),
    summary: field(o, 'summary', nonEmptyString, path),
    start: field(o, 'start', date, path),
    startBasis: field(o, 'startBasis', oneOf(START_BASES), path),
    instrument: field(o, 'instrument', nonEmptyString, path),
    evidence: field(o, 'evidence', oneOf(EVIDENCE), path),
    basis: field(o, 'basis', oneOf(BASES), path),
    sources: field(o, 'sources', sources, path),
    ...(announced !== undefined && { announced }),
    ...(end !== undefined && { end }),
    ...(endReason !== undefined && { endReason }),
    ...(caveat !== undefined && { caveat }),
    ...(checked !== undefined && { checked }),
    ...(resolutions !== undefined && { resolutions }),
    ...(aliases !== undefined && { aliases }),
    ...(alignmentRaw !== undefined && {
      alignment: {
        with: field(alignmentRaw, 'with', nonEmptyString, `${path}/alignment`),
        act: field(alignmentRaw, 'act', nonEmptyString, `${path}/alignment`),
      },
    }),
  };
};

const actor: Decoder<Actor> = (value, path) => {
  const o = record(value, path);
  const r = field(o, 'research', record, path);
  const note = optional(r, 'note', string, `${path}/research`);
  const resolutionsSearched = optional(
    r,
    'resolutionsSearched',
    idList(resolutionId, 'resolutions'),
    `${path}/research`,
  );
  const numeric = optional(o, 'numeric', threeDigits, path);
  const regions = optional(o, 'regions', idList(threeDigits, 'regions'), path);
  return {
    id: field(o, 'id', actorId, path),
    name: field(o, 'name', nonEmptyString, path),
    kind: field(o, 'kind', oneOf(ACTOR_KINDS), path),
    ...(numeric !== undefined && { numeric }),
    ...(regions !== undefined && { regions }),
    research: {
      status: field(r, 'status', oneOf(RESEARCH_STATUSES), `${path}/research`),
      checked: field(r, 'checked', date, `${path}/research`),
      ...(note !== undefined && { note }),
      ...(resolutionsSearched !== undefined && { resolutionsSearched }),
    },
    measures: field(
      o,
      'measures',
      boundedArray(measure, SIZE_LIMITS.measuresPerActor, 'measures'),
      path,
    ),
  };
};

const membership: Decoder<Membership> = (value, path) => {
  const o = record(value, path);
  const until = optional(o, 'until', date, path);
  const measuresApplyUntil = optional(o, 'measuresApplyUntil', date, path);
  const note = optional(o, 'note', string, path);
  const memberSources = optional(o, 'sources', sources, path);
  return {
    state: field(o, 'state', actorId, path),
    from: field(o, 'from', date, path),
    ...(until !== undefined && { until }),
    ...(measuresApplyUntil !== undefined && { measuresApplyUntil }),
    ...(note !== undefined && { note }),
    ...(memberSources !== undefined && { sources: memberSources }),
  };
};

const bloc: Decoder<Bloc> = (value, path) => {
  const o = record(value, path);
  return {
    id: field(o, 'id', actorId, path),
    name: field(o, 'name', nonEmptyString, path),
    members: field(o, 'members', list(membership, 'members'), path),
    sources: field(o, 'sources', sources, path),
  };
};

const timelineEvent: Decoder<TimelineEvent> = (value, path) => {
  const o = record(value, path);
  const when = field(o, 'date', date, path);
  return {
    id: field(o, 'id', nonEmptyString, path),
    date: when,
    month: monthOf(when),
    kind: field(o, 'kind', oneOf(EVENT_KINDS), path),
    title: field(o, 'title', nonEmptyString, path),
    description: field(o, 'description', string, path),
    sources: field(o, 'sources', sources, path),
  };
};

/** The month a partial date counts from: its last possible month, as for a measure's start. */
function monthOf(text: string): Month {
  const parsed = parsePartialDate(text);
  return parsed ? latestMonth(parsed) : (text as Month);
}

const deadline: Decoder<Deadline> = (value, path) => {
  const o = record(value, path);
  return {
    id: field(o, 'id', nonEmptyString, path),
    date: field(o, 'date', date, path),
    title: field(o, 'title', nonEmptyString, path),
    description: field(o, 'description', string, path),
    sources: field(o, 'sources', sources, path),
  };
};

const resolution: Decoder<Resolution> = (value, path) => {
  const o = record(value, path);
  const adopted = field(o, 'adopted', date, path);
  return {
    id: field(o, 'id', resolutionId, path),
    adopted,
    month: monthOf(adopted),
    title: field(o, 'title', nonEmptyString, path),
    summary: field(o, 'summary', nonEmptyString, path),
    deadlines: optional(o, 'deadlines', list(deadline, 'deadlines'), path) ?? [],
    sources: field(o, 'sources', sources, path),
  };
};

const jointAction: Decoder<JointAction> = (value, path) => {
  const o = record(value, path);
  const when = field(o, 'date', date, path);
  const memberCount = optional(
    o,
    'memberCount',
    (v, p) => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
        throw new DecodeFailure(p, 'is not a count');
      return v;
    },
    path,
  );
  const partOf = optional(o, 'partOf', nonEmptyString, path);
  const note = optional(o, 'note', string, path);
  return {
    id: field(o, 'id', nonEmptyString, path),
    date: when,
    month: monthOf(when),
    kind: field(o, 'kind', oneOf(JOINT_KINDS), path),
    title: field(o, 'title', nonEmptyString, path),
    commitment: field(o, 'commitment', nonEmptyString, path),
    members: field(o, 'members', idList(actorId, 'members'), path),
    sources: field(o, 'sources', sources, path),
    ...(memberCount !== undefined && { memberCount }),
    ...(partOf !== undefined && { partOf }),
    ...(note !== undefined && { note }),
  };
};

const author: Decoder<Author> = (value, path) => {
  const o = record(value, path);
  if ('name' in o) return { name: field(o, 'name', nonEmptyString, path) };
  return {
    family: field(o, 'family', nonEmptyString, path),
    given: field(o, 'given', nonEmptyString, path),
  };
};

const authors = refined(array(author), (l) => l.length > 0, 'names no author');

const region: Decoder<Region> = (value, path) => {
  const o = record(value, path);
  const parent = optional(o, 'parent', threeDigits, path);
  return {
    code: field(o, 'code', threeDigits, path),
    name: field(o, 'name', nonEmptyString, path),
    level: field(o, 'level', oneOf(REGION_LEVELS), path),
    ...(parent !== undefined && { parent }),
  };
};

const categoryInfo: Decoder<CategoryInfo> = (value, path) => {
  const o = record(value, path);
  return {
    id: field(o, 'id', category, path),
    definition: field(o, 'definition', nonEmptyString, path),
  };
};

/**
 * Raw compiled JSON -> Dataset, or a DecodeFailure naming the JSON path and the reason. Beyond
 * the shape, it re-checks what would break the page whatever the data check said: every text
 * (textRules.ts, with the lengths of dataBounds.ts), the sizes the app can read, and the ids the
 * page tells things apart by.
 */
export function decodeDataset(json: unknown): Dataset {
  const o = record(json, '');
  const format = o.format;
  if (format !== DATASET_FORMAT) {
    throw new DecodeFailure(
      '/format',
      `is ${String(format)}, this app reads format ${DATASET_FORMAT}`,
    );
  }
  refuseOversize(o);
  const actorList = field(o, 'actors', boundedArray(actor, SIZE_LIMITS.actors, 'actors'), '');
  const actors = new Map<ActorId, Actor>();
  actorList.forEach((a, i) => {
    if (actors.has(a.id)) throw new DecodeFailure(`/actors/${i}/id`, `${a.id} appears twice`);
    actors.set(a.id, a);
  });
  const blocs = field(o, 'blocs', list(bloc, 'blocs'), '');
  const starts = actorList.flatMap((a) => a.measures.map((m) => m.start)).sort();
  const first = starts[0] === undefined ? null : parsePartialDate(starts[0]);
  if (!first) throw new DecodeFailure('/actors', 'holds no measure');
  const events = field(o, 'events', list(timelineEvent, 'events'), '');
  const resolutions = field(o, 'resolutions', list(resolution, 'resolutions'), '');
  const jointActions = field(o, 'jointActions', list(jointAction, 'joint actions'), '');
  const categories = field(o, 'categories', list(categoryInfo, 'categories'), '');
  const regions = optional(o, 'regions', list(region, 'regions'), '') ?? [];
  refuseRepeatedIds({
    actors: actorList,
    blocs,
    events,
    resolutions,
    jointActions,
    categories,
    regions,
  });
  return {
    version: field(o, 'version', nonEmptyString, ''),
    updated: field(o, 'updated', date, ''),
    title: field(o, 'title', nonEmptyString, ''),
    authors: field(o, 'authors', authors, ''),
    license: field(o, 'license', nonEmptyString, ''),
    categories,
    actors,
    applied: applyBlocs(actors, blocs),
    blocs,
    events,
    resolutions,
    jointActions,
    regions,
    firstMonth: earliestMonth(first),
  };
}
