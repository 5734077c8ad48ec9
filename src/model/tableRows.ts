import { CATEGORIES, type Category } from './categories';
import { measuresInForce, shownInForce } from './inForce';
import type { Month } from './month';
import { TARGET_ID, type Reading } from './reading';
import type { ActorId, Dataset, Region } from './types';
import type { View } from './view';

/**
 * The table: one row per state at a view, the map's reading written out. Pure, so the table
 * component only sorts, filters and renders what this returns.
 */
export interface TableRow {
  readonly id: ActorId;
  readonly name: string;
  /** Its M49 areas, broadest first (empty for a state M49 does not list). */
  readonly regions: readonly string[];
  /** How many kinds of measure (of those shown, under the scope) it had in force: the map's level. */
  readonly kinds: number;
  /** The measures in force at the month, shown by the filter and the scope, by kind. */
  readonly byKind: readonly { readonly category: Category; readonly count: number }[];
  /** The first month a measure of the kinds shown (under the scope) was in force, up to the view's month. */
  readonly first: Month | null;
  /** The class and level the map's lens gives it (its legend entry), for the lens's own column. */
  readonly cls: string;
  readonly level: number;
}

export function tableRows(dataset: Dataset, view: View, reading: Reading): TableRow[] {
  const filter = new Set(view.categories);
  const rows: TableRow[] = [];
  for (const actor of dataset.actors.values()) {
    if (actor.kind !== 'state' || actor.id === TARGET_ID) continue;
    const applied = dataset.applied.get(actor.id) ?? [];
    const now = measuresInForce(applied, view.date, filter, view.scope);
    const counts = new Map<Category, number>();
    for (const a of now) counts.set(a.measure.category, (counts.get(a.measure.category) ?? 0) + 1);
    let first: Month | null = null;
    for (const a of applied) {
      // Started by the month and shown: in force at its own first month.
      if (a.from > view.date || !shownInForce(a, a.from, filter, view.scope)) continue;
      if (first === null || a.from < first) first = a.from;
    }
    const state = reading.states.get(actor.id);
    rows.push({
      id: actor.id,
      name: actor.name,
      regions: actor.regions ?? [],
      kinds: counts.size,
      byKind: CATEGORIES.filter((c) => counts.has(c)).map((c) => ({
        category: c,
        count: counts.get(c) ?? 0,
      })),
      first,
      cls: state?.kind === 'member' ? state.cls : (state?.kind ?? 'unknown'),
      level: state?.kind === 'member' ? state.level : 0,
    });
  }
  return rows;
}

export const SORT_KEYS = ['name', 'kinds', 'first'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/**
 * Rows in the order asked for; ties (and states with no first measure, always last) by name, so
 * the order is total and the same on every machine.
 */
export function sortRows(
  rows: readonly TableRow[],
  key: SortKey,
  direction: SortDirection,
  locale = 'en',
): TableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: TableRow, b: TableRow) => a.name.localeCompare(b.name, locale);
  const compare = (a: TableRow, b: TableRow): number => {
    if (key === 'name') return sign * byName(a, b);
    if (key === 'kinds') return sign * (a.kinds - b.kinds) || byName(a, b);
    if (a.first === b.first) return byName(a, b);
    if (a.first === null) return 1;
    if (b.first === null) return -1;
    return sign * (a.first < b.first ? -1 : 1);
  };
  return [...rows].sort(compare);
}

/** Lower case without accents, so "cote" finds Côte d'Ivoire and "turkiye" Türkiye. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Rows whose name contains the text (case- and accent-blind) and that lie in the M49 area. */
export function filterRows(
  rows: readonly TableRow[],
  text: string,
  region: string | null,
): TableRow[] {
  const wanted = foldText(text.trim());
  return rows.filter(
    (r) =>
      (wanted === '' || foldText(r.name).includes(wanted)) &&
      (region === null || r.regions.includes(region)),
  );
}

/** M49 areas in the order of a picker: each region, then its sub-regions, each followed by its own. */
export function regionTree(regions: readonly Region[]): { region: Region; depth: number }[] {
  const children = new Map<string | undefined, Region[]>();
  for (const r of regions) {
    const list = children.get(r.parent) ?? [];
    list.push(r);
    children.set(r.parent, list);
  }
  const out: { region: Region; depth: number }[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, 'en'),
    );
    for (const r of list) {
      out.push({ region: r, depth });
      walk(r.code, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}
