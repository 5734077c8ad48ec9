import { useEffect, useState } from 'react';

/** Items rendered in the first frame; the rest follow a slice per frame. */
export const FIRST_SLICE = 24;
export const SLICE = 24;

/**
 * How many of `total` items to render now: the first slice at once, then a slice more per
 * animation frame until all are in, so a long list never blocks a frame. Starts again when
 * `key` changes (another state's panel).
 */
export function useIncremental(total: number, key: string): number {
  const [state, setState] = useState({ key, limit: FIRST_SLICE });
  const limit = state.key === key ? state.limit : FIRST_SLICE;
  useEffect(() => {
    if (limit >= total) return;
    const frame = requestAnimationFrame(() => setState({ key, limit: limit + SLICE }));
    return () => cancelAnimationFrame(frame);
  }, [key, limit, total]);
  return Math.min(limit, total);
}
