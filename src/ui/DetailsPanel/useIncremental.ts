import { useEffect, useState } from 'react';

/**
 * Items rendered in the first frame (more than a screenful); the rest follow a slice per frame.
 * A measure with its sources costs about 2 ms of script and DOM work on a school laptop (4x
 * CPU slow-down, in the bench's 500-measure panel), so 24 a frame made tasks of 250 ms; 8 keep
 * each slice well under the 50 ms of a long task's threshold there.
 */
export const FIRST_SLICE = 12;
export const SLICE = 8;

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
