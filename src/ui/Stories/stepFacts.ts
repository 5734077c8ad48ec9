import { actorName } from '../../i18n/catalog';
import type { Lang } from '../../i18n/lang';
import type { World } from '../../map/prepare';
import type { Source } from '../../model/types';

/** A measure or an event a story step cites, as the step shows it with its sources. */
export interface StepFact {
  readonly id: string;
  readonly kind: 'measure' | 'event';
  /** The actor's name (in the page's language) for a measure; the event's title. */
  readonly heading: string;
  readonly date: string;
  readonly text: string;
  readonly sources: readonly Source[];
}

/**
 * The facts a step cites, resolved in the dataset (a measure by its id or an alias; an event by
 * its id), in the order cited. The decoder has refused a story that cites anything else, so
 * `missing` is empty unless the data changed under an open page.
 */
export function stepFacts(
  world: World,
  ids: readonly string[],
  lang: Lang = 'en',
): { facts: StepFact[]; missing: string[] } {
  const facts: StepFact[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const ref = world.measureIndex.get(id);
    const actor = ref && world.dataset.actors.get(ref.actor);
    const measure = actor?.measures.find((m) => m.id === ref?.id);
    if (actor && measure) {
      facts.push({
        id: measure.id,
        kind: 'measure',
        heading: actorName(actor, lang),
        date: measure.start,
        text: measure.summary,
        sources: measure.sources,
      });
      continue;
    }
    const event = world.dataset.events.find((e) => e.id === id);
    if (event) {
      facts.push({
        id: event.id,
        kind: 'event',
        heading: event.title,
        date: event.date,
        text: event.description,
        sources: event.sources,
      });
    } else missing.push(id);
  }
  return { facts, missing };
}
