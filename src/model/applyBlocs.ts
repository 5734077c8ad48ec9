import { CATEGORIES } from './categories';
import { comparePartialDates, parsePartialDate } from './partialDate';
import { intersectSpans, spanOfDates, type MonthSpan } from './span';
import type { Actor, ActorId, AppliedMeasure, Bloc, Membership } from './types';

/**
 * The months a bloc's measures bind a member: from accession to exit, or to the end of a
 * transition during which the bloc's law still applied (the UK until 31 December 2020).
 */
export function membershipSpan(member: Membership): MonthSpan | null {
  return spanOfDates(member.from, member.measuresApplyUntil ?? member.until);
}

/**
 * Every state's measures as they apply to it: its own, plus each bloc measure for the months
 * the state was a member. Blocs themselves (the EU) and organisations (the UN) keep only their
 * own measures; UN measures are not spread to members, since the map shows what each state
 * itself put in place and many never implemented the UN's.
 */
export function applyBlocs(
  actors: ReadonlyMap<ActorId, Actor>,
  blocs: readonly Bloc[],
): Map<ActorId, AppliedMeasure[]> {
  const applied = new Map<ActorId, AppliedMeasure[]>();
  for (const actor of actors.values()) {
    const own: AppliedMeasure[] = [];
    for (const measure of actor.measures) {
      const span = spanOfDates(measure.start, measure.end);
      if (span) own.push({ measure, via: null, ...span });
    }
    applied.set(actor.id, own);
  }
  for (const bloc of blocs) {
    const blocActor = actors.get(bloc.id);
    if (!blocActor) continue;
    for (const member of bloc.members) {
      const list = applied.get(member.state);
      const membership = membershipSpan(member);
      if (!list || !membership) continue;
      for (const measure of blocActor.measures) {
        const span = spanOfDates(measure.start, measure.end);
        const shared = span && intersectSpans(span, membership);
        if (shared) list.push({ measure, via: bloc.id, ...shared });
      }
    }
  }
  for (const list of applied.values()) list.sort(compareApplied);
  return applied;
}

const categoryOrder = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));

/** By start date, then category, then id: a stable order for panels, tables and tests. */
export function compareApplied(a: AppliedMeasure, b: AppliedMeasure): number {
  const sa = parsePartialDate(a.measure.start);
  const sb = parsePartialDate(b.measure.start);
  const byDate = sa && sb ? comparePartialDates(sa, sb) : 0;
  return (
    byDate ||
    (categoryOrder.get(a.measure.category) ?? 0) - (categoryOrder.get(b.measure.category) ?? 0) ||
    (a.measure.id < b.measure.id ? -1 : a.measure.id > b.measure.id ? 1 : 0)
  );
}
