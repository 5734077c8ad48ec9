import { scanTexts, SIZE_LIMITS } from '../model/dataBounds';
import type {
  Actor,
  Bloc,
  CategoryInfo,
  JointAction,
  Region,
  Resolution,
  TimelineEvent,
} from '../model/types';
import { DecodeFailure, requireUnique } from './decode';

/**
 * What the decoder re-checks, beyond the shape, whatever the data check said: sizes the page can
 * show, texts it can show (textRules.ts with the lengths of dataBounds.ts), and the ids it tells
 * things apart by. A failure names the JSON path and the reason, as every decoding failure does.
 */

/**
 * Run before anything is decoded: the counts of actors and measures first, so that a dataset too
 * big to show is refused for what makes it so (20,000 measures for one state), then every text.
 */
export function refuseOversize(o: Record<string, unknown>): void {
  refuseAbsurdCounts(o.actors);
  const characters = scanTexts(o, (issue) => {
    throw new DecodeFailure(issue.path, issue.reason);
  });
  if (characters > SIZE_LIMITS.textCharacters) {
    throw new DecodeFailure(
      '',
      `holds ${characters} characters of text; this app reads at most ${SIZE_LIMITS.textCharacters}`,
    );
  }
}

/**
 * The counts of actors and measures, checked before anything else is read, so that a dataset
 * too big to show is refused for what makes it so (20,000 measures for one state), at once.
 */
function refuseAbsurdCounts(actors: unknown): void {
  if (!Array.isArray(actors)) return;
  if (actors.length > SIZE_LIMITS.actors) {
    throw new DecodeFailure(
      '/actors',
      `holds ${actors.length} actors; this app reads at most ${SIZE_LIMITS.actors}`,
    );
  }
  let total = 0;
  actors.forEach((a: unknown, i) => {
    const measures =
      typeof a === 'object' && a !== null ? (a as { measures?: unknown }).measures : [];
    if (!Array.isArray(measures)) return;
    if (measures.length > SIZE_LIMITS.measuresPerActor) {
      throw new DecodeFailure(
        `/actors/${i}/measures`,
        `holds ${measures.length} measures; this app reads at most ${SIZE_LIMITS.measuresPerActor}`,
      );
    }
    total += measures.length;
  });
  if (total > SIZE_LIMITS.measures) {
    throw new DecodeFailure(
      '/actors',
      `hold ${total} measures; this app reads at most ${SIZE_LIMITS.measures}`,
    );
  }
}

interface Decoded {
  readonly actors: readonly Actor[];
  readonly blocs: readonly Bloc[];
  readonly events: readonly TimelineEvent[];
  readonly resolutions: readonly Resolution[];
  readonly jointActions: readonly JointAction[];
  readonly categories: readonly CategoryInfo[];
  readonly regions: readonly Region[];
}

/**
 * The ids the page keys its items by, and the numeric codes that join states to their shapes
 * (one code for every state left two shapes on the map), each used once. A measure's aliases
 * share its id's namespace: a permalink names either.
 */
export function refuseRepeatedIds(d: Decoded): void {
  const each = <T>(items: readonly T[], base: string, key: (item: T) => string, name = 'id') =>
    items.map((item, i) => [key(item), `${base}/${i}/${name}`] as const);
  requireUnique(
    d.actors.flatMap((a, i) =>
      a.numeric === undefined ? [] : [[a.numeric, `/actors/${i}/numeric`] as const],
    ),
    'the numeric code',
  );
  requireUnique(
    d.actors.flatMap((a, i) =>
      a.measures.flatMap((m, j) => [
        [m.id, `/actors/${i}/measures/${j}/id`] as const,
        ...(m.aliases ?? []).map(
          (alias, k) => [alias, `/actors/${i}/measures/${j}/aliases/${k}`] as const,
        ),
      ]),
    ),
    'the measure id',
  );
  requireUnique(
    each(d.blocs, '/blocs', (b) => b.id),
    'the bloc',
  );
  requireUnique(
    each(d.events, '/events', (e) => e.id),
    'the event id',
  );
  requireUnique(
    each(d.resolutions, '/resolutions', (r) => r.id),
    'the resolution',
  );
  requireUnique(
    d.resolutions.flatMap((r, i) => each(r.deadlines, `/resolutions/${i}/deadlines`, (x) => x.id)),
    'the deadline id',
  );
  requireUnique(
    each(d.jointActions, '/jointActions', (a) => a.id),
    'the joint action id',
  );
  requireUnique(
    each(d.categories, '/categories', (c) => c.id),
    'the category',
  );
  requireUnique(
    each(d.regions, '/regions', (r) => r.code, 'code'),
    'the region code',
  );
}
