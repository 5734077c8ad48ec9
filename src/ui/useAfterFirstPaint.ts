import { useEffect, useState } from 'react';

/**
 * False until the frame after `ready` first turned true has been painted: what loads only once
 * the first map is on screen (the chart under it, the search box) waits on this, so its chunk
 * never delays the map.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer = 0;
    // The callback runs before the frame is painted; the timeout after it.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
