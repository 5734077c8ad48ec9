import type { ActorId, AppliedMeasure } from '../model/types';
import type { MeasureRef } from './prepare';

/**
 * A measure's permalink is the panel's address plus the measure's id as the fragment:
 * `?country=JPN#jpn-2006-port-ban`. A fragment, not a parameter, so it can never be mistaken for
 * the `measures=` filter, and the view's own parameters keep their meaning.
 */

/** The measure id a fragment names (`#id`, percent-encoded or not), or null if it names none. */
export function fragmentId(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Where a fragment leads: the measure it names now (an alias leads to the measure that replaced
 * it) and the panel to show it in. The open panel keeps it when that actor's record holds the
 * measure (a bloc's measure in a member's panel); otherwise the measure's own actor opens.
 * Null when the fragment names no measure.
 */
export function measureTarget(
  index: ReadonlyMap<string, MeasureRef>,
  applied: ReadonlyMap<ActorId, readonly AppliedMeasure[]>,
  open: ActorId | null,
  hash: string,
): MeasureRef | null {
  const key = fragmentId(hash);
  const ref = key === null ? undefined : index.get(key);
  if (!ref) return null;
  const holds = open !== null && (applied.get(open) ?? []).some((a) => a.measure.id === ref.id);
  return holds ? { actor: open, id: ref.id } : ref;
}
