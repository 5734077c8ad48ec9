import { adoptionEventId } from '../../src/model/timeline';
import type { RawEvent, RawResolution } from './rawTypes';

/**
 * The timeline's events: those of events.json, plus each resolution's adoption and deadlines
 * from resolutions.json (one home for a resolution's facts), in date order.
 */
export function timelineEvents(events: readonly RawEvent[], resolutions: readonly RawResolution[]) {
  const fromResolutions = resolutions.flatMap((r): RawEvent[] => [
    {
      id: adoptionEventId(r.id),
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
