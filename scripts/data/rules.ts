import { UNDATED } from '../../src/data/decodeDataset';
import { CATEGORIES } from '../../src/model/categories';
import {
  parsePartialDate,
  partialDateProblem,
  startNotAfterEnd,
} from '../../src/model/partialDate';
import { isIso3 } from './isoCodes';
import { pointer, show, type Problem } from './problem';
import { checkRegions } from './regionRules';
import { urlProblem } from './urlRules';
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
} from './rawTypes';

/**
 * The checks a JSON Schema cannot make: codes that exist, dates that exist and run forward, ids
 * used once, https links that parse, memberships that do not overlap, references that resolve,
 * every listed state accounted for. Each problem names file, JSON path and reason.
 */
export interface Checked<T> {
  readonly file: string;
  readonly name: string;
  readonly data: T;
}

export interface CheckInput {
  readonly states: Checked<RawState>[];
  readonly references: Checked<RawReference>[];
  readonly regions: Checked<RawRegions> | null;
  readonly categories: Checked<RawCategories> | null;
  readonly blocs: Checked<RawBlocs> | null;
  readonly events: Checked<RawEvents> | null;
  readonly resolutions: Checked<RawResolutions> | null;
  readonly jointActions: Checked<RawJointActions> | null;
  readonly meta: Checked<RawMeta> | null;
  /** Display name of the states folder, for "has no file" messages. */
  readonly statesDir: string;
  /** Every actor that has a file, valid or not, so a broken file is not also reported missing. */
  readonly stateFiles: ReadonlySet<string>;
}

const SPECIAL_ACTORS = new Set(['EU', 'UN']);

export function checkRules(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, path: string, reason: string) => problems.push({ file, path, reason });
  const ids = new Map<string, string>();
  const useId = (id: string, file: string, path: string) => {
    const first = ids.get(id);
    if (first) add(file, path, `${show(id)} is already used (${first})`);
    else ids.set(id, `${file} ${path}`);
  };
  const checkDate = (file: string, path: string, value: string | undefined) => {
    const problem = value === undefined ? null : partialDateProblem(value);
    if (problem !== null) add(file, path, `${show(value)} ${problem}`);
  };
  const checkUrl = (file: string, path: string, url: string) => {
    const problem = urlProblem(url);
    if (problem !== null) add(file, path, `${show(url)} ${problem}`);
  };
  const checkSources = (
    file: string,
    base: string,
    sources: RawState['measures'][number]['sources'],
  ) => {
    sources.forEach((s, i) => {
      if (s.date !== UNDATED) checkDate(file, `${base}/${i}/date`, s.date);
      checkUrl(file, `${base}/${i}/url`, s.url);
    });
  };

  const resolutionDates = new Map<string, string>();
  if (input.resolutions) {
    const { file, data } = input.resolutions;
    data.resolutions.forEach((r, i) => {
      const base = pointer('resolutions', i);
      if (resolutionDates.has(r.id)) add(file, `${base}/id`, `${show(r.id)} is listed twice`);
      resolutionDates.set(r.id, r.adopted);
      checkDate(file, `${base}/adopted`, r.adopted);
      checkSources(file, `${base}/sources`, r.sources);
      (r.deadlines ?? []).forEach((d, j) => {
        const at = `${base}/deadlines/${j}`;
        useId(d.id, file, `${at}/id`);
        checkDate(file, `${at}/date`, d.date);
        const due = parsePartialDate(d.date);
        const adopted = parsePartialDate(r.adopted);
        if (due && adopted && !startNotAfterEnd(adopted, due))
          add(file, `${at}/date`, `${show(d.date)} is before the resolution's adoption`);
        checkSources(file, `${at}/sources`, d.sources);
      });
    });
  }
  const checkResolution = (file: string, path: string, id: string) => {
    if (input.resolutions && !resolutionDates.has(id))
      add(file, path, `${show(id)} is not a resolution in resolutions.json`);
  };
  /**
   * What a measure rests on: its actor's own decision (autonomous), or giving effect to named
   * UN resolutions (un_implementation); the UN's own file records the Council's measures.
   */
  const checkBasis = (
    file: string,
    base: string,
    kind: string,
    m: RawState['measures'][number],
  ) => {
    const isUn = kind === 'organisation';
    if (isUn && m.basis !== 'un_resolution') {
      add(file, `${base}/basis`, `${show(m.basis)}: the UN's own measures are "un_resolution"`);
    } else if (!isUn && m.basis === 'un_resolution') {
      add(file, `${base}/basis`, '"un_resolution" is only for the UN\'s own measures');
    }
    const needs = m.basis === 'un_implementation' || m.basis === 'un_resolution';
    if (needs && m.resolutions === undefined) {
      add(file, `${base}/resolutions`, `is missing: a ${m.basis} measure names its resolutions`);
    }
    if (m.basis === 'autonomous' && m.resolutions !== undefined) {
      add(
        file,
        `${base}/resolutions`,
        'is not for an autonomous measure: one that also gives effect to a resolution is two measures',
      );
    }
    const start = parsePartialDate(m.start);
    (m.resolutions ?? []).forEach((r, j) => {
      const path = `${base}/resolutions/${j}`;
      checkResolution(file, path, r);
      const adoptedText = resolutionDates.get(r);
      const adopted = adoptedText === undefined ? null : parsePartialDate(adoptedText);
      if (start && adopted && !startNotAfterEnd(adopted, start)) {
        add(file, path, `UNSCR ${r} was adopted on ${adoptedText}, after the start ${m.start}`);
      }
    });
  };

  const actors = new Map<string, Checked<RawState>>();
  for (const s of input.states) {
    const { file, data } = s;
    if (data.actor !== s.name) {
      add(file, '/actor', `${show(data.actor)} does not match the file name ${s.name}.json`);
    }
    if (!SPECIAL_ACTORS.has(data.actor) && !isIso3(data.actor)) {
      add(file, '/actor', `${show(data.actor)} is not an ISO 3166-1 alpha-3 code`);
    }
    actors.set(data.actor, s);
    checkDate(file, '/research/checked', data.research.checked);
    const hasMeasures = data.measures.length > 0;
    if (data.research.status === 'researched' && !hasMeasures) {
      add(file, '/research/status', '"researched" but the file holds no measure');
    }
    if (data.research.status !== 'researched' && hasMeasures) {
      add(file, '/research/status', `${show(data.research.status)} but the file holds measures`);
    }
    data.measures.forEach((m, i) => {
      const base = pointer('measures', i);
      useId(m.id, file, `${base}/id`);
      if (m.state !== data.actor) {
        add(file, `${base}/state`, `${show(m.state)} is not this file's actor ${data.actor}`);
      }
      for (const key of ['start', 'announced', 'end', 'checked'] as const) {
        checkDate(file, `${base}/${key}`, m[key]);
      }
      const start = parsePartialDate(m.start);
      const end = m.end === undefined ? null : parsePartialDate(m.end);
      if (start && end && !startNotAfterEnd(start, end)) {
        add(file, `${base}/end`, `${show(m.end)} is before the start ${show(m.start)}`);
      }
      if (m.end !== undefined && m.endReason === undefined) {
        add(
          file,
          `${base}/endReason`,
          'is missing: a measure that ended says why (lifted, relaxed, expired, superseded)',
        );
      }
      if (m.end === undefined && m.endReason !== undefined) {
        add(file, `${base}/end`, `is missing: endReason ${show(m.endReason)} needs an end date`);
      }
      checkSources(file, `${base}/sources`, m.sources);
      checkBasis(file, base, data.kind ?? 'state', m);
      (m.aliases ?? []).forEach((alias, j) => useId(alias, file, `${base}/aliases/${j}`));
    });
    (data.research.resolutionsSearched ?? []).forEach((r, j) =>
      checkResolution(file, `/research/resolutionsSearched/${j}`, r),
    );
  }

  const blocIds = new Set<string>();
  if (input.blocs) {
    const { file, data } = input.blocs;
    data.blocs.forEach((bloc, b) => {
      const base = pointer('blocs', b);
      if (blocIds.has(bloc.id)) add(file, `${base}/id`, `${show(bloc.id)} is listed twice`);
      blocIds.add(bloc.id);
      const blocActor = actors.get(bloc.id);
      if (!input.stateFiles.has(bloc.id))
        add(file, `${base}/id`, `${show(bloc.id)} has no file ${input.statesDir}/${bloc.id}.json`);
      else if (blocActor && blocActor.data.kind !== 'bloc')
        add(file, `${base}/id`, `${show(bloc.id)} is not of kind "bloc" in its file`);
      checkSources(file, `${base}/sources`, bloc.sources);
      const spans = new Map<string, { path: string; from: string; to: string | undefined }[]>();
      bloc.members.forEach((m, i) => {
        const path = `${base}/members/${i}`;
        if (!input.stateFiles.has(m.state))
          add(
            file,
            `${path}/state`,
            `${show(m.state)} has no file ${input.statesDir}/${m.state}.json`,
          );
        checkDate(file, `${path}/from`, m.from);
        checkDate(file, `${path}/until`, m.until);
        checkDate(file, `${path}/measuresApplyUntil`, m.measuresApplyUntil);
        const from = parsePartialDate(m.from);
        const until = m.until === undefined ? null : parsePartialDate(m.until);
        const applyUntil =
          m.measuresApplyUntil === undefined ? null : parsePartialDate(m.measuresApplyUntil);
        if (from && until && !startNotAfterEnd(from, until)) {
          add(file, `${path}/until`, `${show(m.until)} is before ${show(m.from)}`);
        }
        if (m.measuresApplyUntil !== undefined && m.until === undefined) {
          add(file, `${path}/until`, 'is missing: measuresApplyUntil needs an exit date');
        }
        if (until && applyUntil && !startNotAfterEnd(until, applyUntil)) {
          add(
            file,
            `${path}/measuresApplyUntil`,
            `${show(m.measuresApplyUntil)} is before the exit ${show(m.until)}`,
          );
        }
        if (m.sources) checkSources(file, `${path}/sources`, m.sources);
        const to = m.measuresApplyUntil ?? m.until;
        const list = spans.get(m.state) ?? [];
        for (const other of list) {
          if (overlaps(m.from, to, other.from, other.to)) {
            add(
              file,
              path,
              `${m.state}'s membership from ${m.from} overlaps the one at ${other.path}`,
            );
          }
        }
        list.push({ path, from: m.from, to });
        spans.set(m.state, list);
      });
    });
  }
  for (const s of input.states) {
    // Without a valid blocs.json there is nothing to check these against; its own problems say why.
    if (!input.blocs) break;
    if (s.data.kind === 'bloc' && !blocIds.has(s.data.actor)) {
      add(s.file, '/kind', `"bloc" but ${s.data.actor} is not in blocs.json`);
    }
    s.data.measures.forEach((m, i) => {
      if (m.alignment && !blocIds.has(m.alignment.with)) {
        add(
          s.file,
          `${pointer('measures', i)}/alignment/with`,
          `${show(m.alignment.with)} is not a bloc in blocs.json`,
        );
      }
    });
  }

  if (input.events) {
    const { file, data } = input.events;
    data.events.forEach((e, i) => {
      const base = pointer('events', i);
      useId(e.id, file, `${base}/id`);
      checkDate(file, `${base}/date`, e.date);
      (e.actors ?? []).forEach((a, j) => {
        if (!input.stateFiles.has(a))
          add(file, `${base}/actors/${j}`, `${show(a)} has no file ${input.statesDir}/${a}.json`);
      });
      checkSources(file, `${base}/sources`, e.sources);
    });
  }

  if (input.jointActions) {
    const { file, data } = input.jointActions;
    const jointIds = new Set(data.jointActions.map((a) => a.id));
    data.jointActions.forEach((a, i) => {
      const base = pointer('jointActions', i);
      useId(a.id, file, `${base}/id`);
      checkDate(file, `${base}/date`, a.date);
      a.members.forEach((member, j) => {
        if (!input.stateFiles.has(member))
          add(
            file,
            `${base}/members/${j}`,
            `${show(member)} has no file ${input.statesDir}/${member}.json`,
          );
      });
      if (a.memberCount !== undefined && a.memberCount < a.members.length) {
        add(
          file,
          `${base}/memberCount`,
          `${a.memberCount} is fewer than the ${a.members.length} members listed`,
        );
      }
      if (a.partOf !== undefined && (a.partOf === a.id || !jointIds.has(a.partOf))) {
        add(file, `${base}/partOf`, `${show(a.partOf)} is not another joint action in this file`);
      }
      checkSources(file, `${base}/sources`, a.sources);
    });
  }

  if (input.categories) {
    const listed = input.categories.data.categories.map((c) => c.id);
    if (listed.join(',') !== CATEGORIES.join(',')) {
      add(
        input.categories.file,
        '/categories',
        `must list exactly ${CATEGORIES.join(', ')} in that order, not ${listed.join(', ')}`,
      );
    }
  }

  for (const ref of input.references) {
    ref.data.members.forEach((code, i) => {
      if (!input.stateFiles.has(code))
        add(ref.file, `/members/${i}`, `${show(code)} has no file ${input.statesDir}/${code}.json`);
    });
    checkSources(ref.file, '/sources', ref.data.sources);
  }

  if (input.regions) {
    checkRegions(input.regions, input.states, input.stateFiles, input.statesDir, add, checkSources);
  }

  if (input.meta) {
    const { file, data } = input.meta;
    const named = new Map<string, number>();
    data.authors.forEach((a, i) => {
      const key = ('name' in a ? a.name : `${a.family}, ${a.given}`).trim().toLowerCase();
      const first = named.get(key);
      if (first !== undefined) add(file, `/authors/${i}`, `repeats /authors/${first}`);
      else named.set(key, i);
    });
    checkDate(file, '/updated', data.updated);
    const updated = parsePartialDate(data.updated);
    const later = (value: string | undefined, where: string, path: string) => {
      const d = value === undefined ? null : parsePartialDate(value);
      if (updated && d && !startNotAfterEnd(d, updated)) {
        add(
          where,
          path,
          `${show(value)} is after the dataset's updated date ${data.updated} (${file})`,
        );
      }
    };
    input.events?.data.events.forEach((e, i) =>
      later(e.date, input.events?.file ?? '', `${pointer('events', i)}/date`),
    );
    input.resolutions?.data.resolutions.forEach((r, i) =>
      later(r.adopted, input.resolutions?.file ?? '', `${pointer('resolutions', i)}/adopted`),
    );
    input.jointActions?.data.jointActions.forEach((a, i) =>
      later(a.date, input.jointActions?.file ?? '', `${pointer('jointActions', i)}/date`),
    );
    for (const s of input.states) {
      later(s.data.research.checked, s.file, '/research/checked');
      s.data.measures.forEach((m, i) => {
        // A measure that starts after the data was last updated would never show on the map.
        for (const key of ['start', 'announced', 'checked'] as const) {
          later(m[key], s.file, `${pointer('measures', i)}/${key}`);
        }
      });
    }
  }
  return problems;
}

/** Whether two date spans (end exclusive, open-ended if absent) share any day. */
function overlaps(
  aFrom: string,
  aTo: string | undefined,
  bFrom: string,
  bTo: string | undefined,
): boolean {
  const key = (d: string | undefined, open: string) =>
    d === undefined ? open : d.padEnd(10, d.length === 4 ? '-01-01' : '-01');
  return key(aFrom, '') < key(bTo, '9999') && key(bFrom, '') < key(aTo, '9999');
}
