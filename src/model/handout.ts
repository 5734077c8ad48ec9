import { CATEGORIES, type Category } from './categories';
import { measuresInForce } from './inForce';
import { TARGET_ID } from './reading';
import type { ActorId, Dataset, Source } from './types';
import type { View } from './view';

/**
 * The printed handout's pages after the map: each actor with a measure in force at the view's
 * month (of the kinds shown, under the scope), states and the EU and the UN alike, by name; its
 * own measures with the numbers of their sources; the measures a state has through a bloc
 * counted by bloc (the EU's are listed once, under the EU, not under each of its members); then
 * the sources, each once, numbered in the order first cited. Pure: the component renders it.
 */
export interface HandoutMeasure {
  readonly id: string;
  readonly category: Category;
  readonly summary: string;
  /** 1-based numbers into `Handout.sources`. */
  readonly sources: readonly number[];
}

export interface HandoutState {
  readonly id: ActorId;
  readonly name: string;
  /** The kinds of measure it had in force, in the categories' order (the map's level is their count). */
  readonly kinds: readonly Category[];
  readonly own: readonly HandoutMeasure[];
  /** Measures it has as a member of a bloc, counted per bloc, in the blocs' id order. */
  readonly through: readonly { readonly bloc: ActorId; readonly count: number }[];
}

export interface Handout {
  readonly states: readonly HandoutState[];
  readonly sources: readonly Source[];
}

export function handoutOf(dataset: Dataset, view: View, locale = 'en'): Handout {
  const filter = new Set(view.categories);
  const sources: Source[] = [];
  const numbers = new Map<string, number>();
  const cite = (source: Source): number => {
    const key = `${source.url}\n${source.title}`;
    let n = numbers.get(key);
    if (n === undefined) {
      sources.push(source);
      n = sources.length;
      numbers.set(key, n);
    }
    return n;
  };
  const actors = [...dataset.actors.values()]
    .filter((a) => a.id !== TARGET_ID)
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const states: HandoutState[] = [];
  for (const actor of actors) {
    const now = measuresInForce(dataset.applied.get(actor.id) ?? [], view.date, filter, view.scope);
    if (now.length === 0) continue;
    const kinds = new Set(now.map((a) => a.measure.category));
    const through = new Map<ActorId, number>();
    const own: HandoutMeasure[] = [];
    for (const a of now) {
      if (a.via !== null) through.set(a.via, (through.get(a.via) ?? 0) + 1);
      else
        own.push({
          id: a.measure.id,
          category: a.measure.category,
          summary: a.measure.summary,
          sources: [...new Set(a.measure.sources.map(cite))],
        });
    }
    states.push({
      id: actor.id,
      name: actor.name,
      kinds: CATEGORIES.filter((c) => kinds.has(c)),
      own,
      through: [...through]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([bloc, count]) => ({ bloc, count })),
    });
  }
  return { states, sources };
}
