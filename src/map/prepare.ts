import { monthOfDate } from '../model/month';
import { timelineRange, type TimelineRange } from '../model/timeline';
import type { Actor, ActorId, Dataset } from '../model/types';
import { joinShapes, type MapGeometry } from './geometry';
import type { ProjectedWorld } from './worldFromTopology';

/** Where a measure id (or one of its aliases) leads: the actor whose file holds it, its own id. */
export interface MeasureRef {
  readonly actor: ActorId;
  readonly id: string;
}

/**
 * The data and the map joined once: everything a picture of any view is drawn from. Made by the
 * browser when both files arrive, by Node for exports and tests; never again as time moves.
 */
export interface World {
  readonly dataset: Dataset;
  readonly geometry: MapGeometry;
  /** From the month of the first measure to the current month. */
  readonly range: TimelineRange;
  readonly measureIndex: ReadonlyMap<string, MeasureRef>;
}

/** Every measure id, and every alias of one, to the measure it names now and its actor. */
export function indexMeasures(actors: Iterable<Actor>): Map<string, MeasureRef> {
  const measureIndex = new Map<string, MeasureRef>();
  for (const actor of actors) {
    for (const m of actor.measures) {
      measureIndex.set(m.id, { actor: actor.id, id: m.id });
      for (const alias of m.aliases ?? []) measureIndex.set(alias, { actor: actor.id, id: m.id });
    }
  }
  return measureIndex;
}

/**
 * The data joined to the map's shapes once the topology is decoded into path strings (readWorld.ts
 * has `prepare`, from the topology itself, for Node): the browser takes the two steps
 * apart, so a failure names the file it came from.
 */
export function prepareWorld(dataset: Dataset, projected: ProjectedWorld, now: Date): World {
  const byNumeric = new Map<string, ActorId>();
  for (const actor of dataset.actors.values()) {
    if (actor.kind === 'state' && actor.numeric) byNumeric.set(actor.numeric, actor.id);
  }
  return {
    dataset,
    geometry: joinShapes(projected, byNumeric),
    range: timelineRange(dataset.firstMonth, monthOfDate(now)),
    measureIndex: indexMeasures(dataset.actors.values()),
  };
}
