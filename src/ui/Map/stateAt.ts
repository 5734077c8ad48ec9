import type { ActorId } from '../../model/types';

/** Finds the state under a pointer event: one handler for all shapes instead of 240. */
export function stateAt(target: EventTarget | null): ActorId | null {
  const el = target instanceof Element ? target.closest('[data-iso3]') : null;
  return (el?.getAttribute('data-iso3') as ActorId | null) ?? null;
}

/** How far from a tap (CSS pixels) a state still counts as tapped: a fingertip's width. */
const TAP_SLOP = [4, 8, 12];

/**
 * The state nearest a tap that landed on no state: a finger is wider than a sliver of coast
 * or a small state's dot, and a tap reports whole pixels. Looks around the point, nearest first.
 */
export function stateNear(x: number, y: number): ActorId | null {
  for (const r of TAP_SLOP) {
    for (let i = 0; i < 8; i++) {
      const a = (i * Math.PI) / 4;
      const id = stateAt(document.elementFromPoint(x + r * Math.cos(a), y + r * Math.sin(a)));
      if (id) return id;
    }
  }
  return null;
}
