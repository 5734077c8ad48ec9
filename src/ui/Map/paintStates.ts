import type { StateStatus } from '../../model/levels';
import type { ActorId } from '../../model/types';
import { fillFor } from '../../map/palette';

/** The attributes a state's shape shows for its status: its colour and the test/CSS hooks. */
export interface StatePaint {
  readonly fill: string;
  readonly level: string;
  readonly status: string;
}

export function paintFor(status: StateStatus | undefined): StatePaint {
  return {
    fill: fillFor(status),
    level: status?.kind === 'member' ? String(status.level) : '',
    status: !status ? 'unknown' : status.kind === 'member' ? status.research : status.kind,
  };
}

/**
 * Applies each state's paint to its <g>, touching only the attributes that changed since the
 * last call (`applied` remembers them): a timeline step sets a few dozen attributes, not 240.
 */
export function paintStates(
  nodes: ReadonlyMap<ActorId, SVGGElement>,
  statuses: ReadonlyMap<ActorId, StateStatus>,
  applied: Map<ActorId, StatePaint>,
): void {
  for (const [id, node] of nodes) {
    const next = paintFor(statuses.get(id));
    const prev = applied.get(id);
    if (prev?.fill !== next.fill) node.setAttribute('fill', next.fill);
    if (prev?.level !== next.level) node.setAttribute('data-level', next.level);
    if (prev?.status !== next.status) node.setAttribute('data-status', next.status);
    applied.set(id, next);
  }
}
