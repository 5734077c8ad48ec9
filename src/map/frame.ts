import type { MapBox } from '../model/projectedTopology';

/**
 * The arithmetic of zooming the map, apart from d3-zoom's event handling: which part of the map
 * a frame shows, how a region is framed, how a pan is held inside the map. Everything is in the
 * map's viewBox units, so resizing the page is a change of scale the browser does, never a new
 * projection. d3-zoom (ui/Map/zoom.ts) uses `constrain` as its own, so a region framed here and a
 * wheel turn there agree on where the map's edges stop.
 */

/** A rectangle in viewBox units. */
export type Box = MapBox;

/** A zoom as d3-zoom has it: a point p of the map is drawn at k·p + (x, y). */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };
/** Far enough in that Malta and Luxembourg are shapes to click, not only dots. */
export const MAX_ZOOM = 20;
/** Room left around a framed region, as a share of the frame. */
const PADDING = 0.04;

export const boxOf = (width: number, height: number): Box => ({
  x0: 0,
  y0: 0,
  x1: width,
  y1: height,
});

/**
 * The part of the viewBox a frame of `clientWidth` x `clientHeight` pixels shows at zoom 1. The
 * SVG scales its viewBox to fit (`xMidYMid meet`), so a frame taller than the map (a phone held
 * upright) shows bands above and below it, which zooming in fills.
 */
export function visibleExtent(
  clientWidth: number,
  clientHeight: number,
  width: number,
  height: number,
): Box {
  if (!(clientWidth > 0 && clientHeight > 0)) return boxOf(width, height);
  const scale = Math.min(clientWidth / width, clientHeight / height);
  const w = clientWidth / scale;
  const h = clientHeight / scale;
  return {
    x0: (width - w) / 2,
    y0: (height - h) / 2,
    x1: (width + w) / 2,
    y1: (height + h) / 2,
  };
}

/**
 * Holds a transform inside the map: no pan past its edges, and a map smaller than the frame is
 * centred. The same rule as d3-zoom's default, written out so a framed region obeys it too.
 */
export function constrain(t: ZoomTransform, extent: Box, bounds: Box): ZoomTransform {
  const dx0 = (extent.x0 - t.x) / t.k - bounds.x0;
  const dx1 = (extent.x1 - t.x) / t.k - bounds.x1;
  const dy0 = (extent.y0 - t.y) / t.k - bounds.y0;
  const dy1 = (extent.y1 - t.y) / t.k - bounds.y1;
  const tx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
  const ty = dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1);
  return { k: t.k, x: t.x + t.k * tx, y: t.y + t.k * ty };
}

const clampK = (k: number, maxK: number) => Math.max(1, Math.min(maxK, k));

/** The transform that centres a point of the map in the frame at zoom k, within the map. */
export function centreOn(
  point: { readonly x: number; readonly y: number },
  k: number,
  extent: Box,
  bounds: Box,
): ZoomTransform {
  const cx = (extent.x0 + extent.x1) / 2;
  const cy = (extent.y0 + extent.y1) / 2;
  return constrain({ k, x: cx - k * point.x, y: cy - k * point.y }, extent, bounds);
}

/**
 * The transform that frames a box (a region): as large as the frame allows with a little room,
 * never below zoom 1 (the whole map) nor past `maxK`, centred on the box, within the map.
 * `null` frames the whole map.
 */
export function frameBox(
  box: Box | null,
  extent: Box,
  bounds: Box,
  maxK: number = MAX_ZOOM,
): ZoomTransform {
  if (!box) return constrain(IDENTITY, extent, bounds);
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (!(w > 0 && h > 0)) return constrain(IDENTITY, extent, bounds);
  const k = clampK(
    Math.min((extent.x1 - extent.x0) / w, (extent.y1 - extent.y0) / h) * (1 - PADDING),
    maxK,
  );
  return centreOn({ x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 }, k, extent, bounds);
}

/** Zooms by a factor about the middle of the frame, between zoom 1 and `maxK`, within the map. */
export function zoomAbout(
  t: ZoomTransform,
  factor: number,
  extent: Box,
  bounds: Box,
  maxK: number = MAX_ZOOM,
): ZoomTransform {
  const cx = (extent.x0 + extent.x1) / 2;
  const cy = (extent.y0 + extent.y1) / 2;
  const middle = { x: (cx - t.x) / t.k, y: (cy - t.y) / t.k };
  return centreOn(middle, clampK(t.k * factor, maxK), extent, bounds);
}

/** Whether a point of the map is drawn inside the frame, `margin` viewBox units in from its edge. */
export function isShown(
  point: { readonly x: number; readonly y: number },
  t: ZoomTransform,
  extent: Box,
  margin = 0,
): boolean {
  const x = t.k * point.x + t.x;
  const y = t.k * point.y + t.y;
  return (
    x >= extent.x0 + margin &&
    x <= extent.x1 - margin &&
    y >= extent.y0 + margin &&
    y <= extent.y1 - margin
  );
}

/** The transform as an SVG attribute. */
export function transformAttr(t: ZoomTransform): string {
  return `translate(${t.x},${t.y}) scale(${t.k})`;
}

/**
 * A dot's radius in viewBox units: its style's radius on screen at any zoom (the dot stays the
 * same size as the map grows under it), and never under `minPx` pixels across half, so a phone's
 * narrow map still shows, and takes taps on, every small state.
 */
export function dotRadius(base: number, k: number, pxPerUnit: number, minPx: number): number {
  const floor = pxPerUnit > 0 ? minPx / pxPerUnit : 0;
  return Math.max(base, floor) / k;
}
