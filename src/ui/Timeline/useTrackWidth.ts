import { useEffect, useState, type RefObject } from 'react';

/** The width in pixels of a row of marks on the track, kept up to date as it resizes. */
export function useTrackWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(1000);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** Marks closer than this many pixels share one, so none hides another. */
export const MIN_MARK_GAP_PX = 12;
