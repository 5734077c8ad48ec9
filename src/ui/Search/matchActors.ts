import { matchSorter, rankings, type RankedItem } from 'match-sorter';
import { foldText } from '../../model/tableRows';
import type { Actor, ActorId } from '../../model/types';
import { alternatesOf } from './alternates';

/** An actor as the search box knows it: its name, and the other names it answers to. */
export interface SearchEntry {
  readonly id: ActorId;
  readonly name: string;
  readonly alternates: readonly string[];
}

export interface SearchHit {
  readonly id: ActorId;
  readonly name: string;
  /** The other name that matched, when the name does not hold the text: "South Korea" as "ROK". */
  readonly alias: string | null;
}

/** Every actor (states, the EU, the UN) with its other names, its own name left out of them. */
export function searchEntries(actors: Iterable<Actor>): SearchEntry[] {
  return [...actors].map((a) => ({
    id: a.id,
    name: a.name,
    alternates: [...new Set(alternatesOf(a.id))].filter((n) => n !== a.name),
  }));
}

/**
 * The actors that match what was typed, best first: match-sorter's ranks (exact, then starts
 * with, then a word starts with, contains, acronym), case- and accent-blind, with a match on the
 * name before one on another name at the same rank, then by name. "Malta" is Malta, never Macao.
 */
export function matchActors(
  entries: readonly SearchEntry[],
  query: string,
  limit = 8,
): SearchHit[] {
  if (query.trim() === '') return [];
  let ranked: RankedItem<SearchEntry>[] = [];
  matchSorter(entries, query.trim(), {
    keys: ['name', { key: 'alternates', threshold: rankings.CONTAINS }],
    threshold: rankings.ACRONYM,
    sorter: (items) => {
      ranked = [...items].sort(
        (a, b) =>
          b.rank - a.rank ||
          Number(a.keyIndex > 0) - Number(b.keyIndex > 0) ||
          a.item.name.localeCompare(b.item.name, 'en'),
      );
      return ranked;
    },
  });
  const typed = foldText(query.trim());
  return ranked.slice(0, limit).map((r) => ({
    id: r.item.id,
    name: r.item.name,
    alias: r.keyIndex === 0 || foldText(r.item.name).includes(typed) ? null : r.rankedValue,
  }));
}
