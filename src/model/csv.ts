import { inForce } from './inForce';
import { jointActionsOf } from './lenses/joint';
import { parsePartialDate, precisionOf } from './partialDate';
import type { Reading } from './reading';
import type { Actor, ActorId, AppliedMeasure, Dataset, Measure } from './types';
import type { View } from './view';

/**
 * The dataset as CSV, and the view as CSV. RFC 4180 quoting; cells that a spreadsheet would run
 * as a formula (or that start with what some spreadsheets trim before deciding so) are prefixed
 * with an apostrophe, since the text comes from data we do not fully control. "What they trim"
 * is any space, line break or invisible format character (`\s` and `\p{Cf}`); the formula
 * starts are `= + - @` and their full-width, small and minus-sign look-alikes, which some
 * spreadsheets fold to ASCII first.
 */
const FORMULA_START = /^[=+\-@\s\p{Cf}\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B\u2212]/u;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One row per measure as it applies to an actor: each actor's own, and, for a state, each bloc
 * measure for the months it was a member (`via` names the bloc). Counting the state rows in
 * force at a month gives the map's numbers. `in_force_from`/`in_force_until` are the months the
 * map shows it (until is exclusive), after the precision rule and the membership clipping.
 */
const MEASURE_COLUMNS = [
  'id',
  'actor',
  'actor_name',
  'actor_kind',
  'via',
  'category',
  'basis',
  'resolutions',
  'summary',
  'start',
  'start_precision',
  'start_basis',
  'announced',
  'end',
  'end_reason',
  'in_force_from',
  'in_force_until',
  'instrument',
  'evidence',
  'alignment_with',
  'alignment_act',
  'caveat',
  'aliases',
  'checked',
] as const;

const SOURCE_FIELDS = ['title', 'publisher', 'date', 'url', 'quote'] as const;

function precision(date: string): string {
  const parsed = parsePartialDate(date);
  return parsed ? precisionOf(parsed) : '';
}

function measureCells(actor: Actor, a: AppliedMeasure, sourceCount: number): string[] {
  const m: Measure = a.measure;
  const cells = [
    m.id,
    actor.id,
    actor.name,
    actor.kind,
    a.via ?? '',
    m.category,
    m.basis ?? '',
    (m.resolutions ?? []).join(';'),
    m.summary,
    m.start,
    precision(m.start),
    m.startBasis,
    m.announced ?? '',
    m.end ?? '',
    m.endReason ?? '',
    a.from,
    a.until ?? '',
    m.instrument,
    m.evidence,
    m.alignment?.with ?? '',
    m.alignment?.act ?? '',
    m.caveat ?? '',
    (m.aliases ?? []).join(';'),
    m.checked ?? '',
  ];
  for (let i = 0; i < sourceCount; i++) {
    const s = m.sources[i];
    for (const field of SOURCE_FIELDS) cells.push(s?.[field] ?? '');
  }
  return cells;
}

export function datasetCsv(
  actors: Iterable<Actor>,
  applied: ReadonlyMap<ActorId, readonly AppliedMeasure[]>,
): string {
  const list = [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sourceCount = Math.max(1, ...list.flatMap((a) => a.measures.map((m) => m.sources.length)));
  const header: string[] = [...MEASURE_COLUMNS];
  for (let i = 1; i <= sourceCount; i++) {
    for (const field of SOURCE_FIELDS) header.push(`source_${i}_${field}`);
  }
  const rows = [header];
  for (const actor of list) {
    for (const a of applied.get(actor.id) ?? []) rows.push(measureCells(actor, a, sourceCount));
  }
  return toCsv(rows);
}

const VIEW_COLUMNS = [
  'month',
  'lens',
  'iso3',
  'name',
  'research',
  'class',
  'level',
  'kinds_in_force',
  'measures_in_force',
  'via_bloc',
  'joint_actions',
  'data_version',
] as const;

/**
 * What the map shows at a view, one row per state: its class and level under the lens, and the
 * measures it had in force at the month (its own and those it had through a bloc), whatever the
 * filter, so a reader can check the colour. The students' table downloads this same file.
 */
export function viewCsv(dataset: Dataset, view: View, reading: Reading): string {
  const rows: string[][] = [[...VIEW_COLUMNS]];
  const states = [...dataset.actors.values()]
    .filter((a) => a.kind === 'state')
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const actor of states) {
    const state = reading.states.get(actor.id);
    const inForceNow = (dataset.applied.get(actor.id) ?? []).filter(
      (a) => view.categories.includes(a.measure.category) && inForce(a, view.date),
    );
    rows.push([
      view.date,
      view.lens,
      actor.id,
      actor.name,
      state?.kind === 'member' ? state.research : (state?.kind ?? 'unknown'),
      state?.kind === 'member' ? state.cls : (state?.kind ?? ''),
      state?.kind === 'member' ? String(state.level) : '',
      [...new Set(inForceNow.map((a) => a.measure.category))].join(';'),
      inForceNow
        .filter((a) => a.via === null)
        .map((a) => a.measure.id)
        .join(';'),
      inForceNow
        .filter((a) => a.via !== null)
        .map((a) => a.measure.id)
        .join(';'),
      jointActionsOf(dataset.jointActions, actor.id, view.date)
        .map((j) => j.id)
        .join(';'),
      dataset.version,
    ]);
  }
  return toCsv(rows);
}
