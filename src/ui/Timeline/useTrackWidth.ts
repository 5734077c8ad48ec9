import { useEffect, useState, type RefObject } from 'react';

/** The share of the track's width it must change by before the marks are grouped anew. */
const WIDTH_SLACK = 0.05;

/**
 * The width in pixels of a row of marks on the track, kept up to date as it resizes. Small
 * changes are ignored: a popup that makes the page scroll takes a scrollbar's width off the
 * track, and regrouping the marks under the pointer then closed the popup, which gave the width
 * back, and so on.
 */
export function useTrackWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(1000);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = entry?.contentRect.width ?? 0;
      if (next > 0) setWidth((w) => (Math.abs(next - w) > w * WIDTH_SLACK ? next : w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * Marks closer than this many pixels share one, so none hides another: each mark is a 24-pixel
 * target (WCAG 2.2's minimum, and enough for a thumb), so they sit at least that far apart.
 */
export const MIN_MARK_GAP_PX = 24;
