import { neighbourOf, type Direction, type Point } from '../../map/neighbours';
import type { ActorId } from '../../model/types';
import type { AppStore } from '../../state/store';

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export interface MapKeyContext {
  readonly store: AppStore;
  /** Each state's centre, for the arrow keys. */
  readonly centres: ReadonlyMap<ActorId, Point>;
  /** The states by name, for Home and End. */
  readonly byName: readonly ActorId[];
  /** Moves keyboard focus to a state. */
  readonly focusState: (id: ActorId) => void;
}

/**
 * What a key does on the map, with focus on the state `id`: the arrows move to the neighbouring
 * state (an edge of the map keeps focus where it is), Home and End to the first and last state
 * by name, Enter or Space opens the state's panel, + and − zoom about the state and 0 resets
 * the zoom. Returns
 * whether the key was the map's, so the caller stops it there.
 */
export function mapKey(key: string, id: ActorId | null, ctx: MapKeyContext): boolean {
  const state = ctx.store.getState();
  const direction = ARROWS[key];
  const go = (next: ActorId | null | undefined) => {
    if (next) ctx.focusState(next);
  };
  if (direction) go(id && neighbourOf(ctx.centres, id, direction));
  else if (key === 'Home') go(ctx.byName[0]);
  else if (key === 'End') go(ctx.byName[ctx.byName.length - 1]);
  else if ((key === 'Enter' || key === ' ') && id) state.openActor(id);
  else if (key === '+' || key === '=') state.zoomBy(2, id ?? undefined);
  else if (key === '-' || key === '_') state.zoomBy(0.5, id ?? undefined);
  else if (key === '0') state.resetZoom();
  else return false;
  return true;
}
