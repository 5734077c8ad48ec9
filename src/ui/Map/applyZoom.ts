import { dotRadius, transformAttr, type ZoomTransform } from '../../map/frame';

/** A dot is never drawn smaller than this radius, in CSS pixels: a phone's map keeps its dots. */
export const MIN_DOT_PX = 3;

/**
 * Writes a zoom onto the map: one `transform` on the layer that holds every shape (strokes keep
 * their width through `vector-effect: non-scaling-stroke`), and each dot's radius, so dots stay
 * the same size on screen while the states grow under them. Circles carry their style's radius
 * as `data-r`. `pxPerUnit` is the screen size of one viewBox unit at zoom 1.
 */
export function applyZoom(
  svg: SVGSVGElement,
  layer: SVGGElement,
  t: ZoomTransform,
  pxPerUnit: number,
): void {
  layer.setAttribute('transform', transformAttr(t));
  for (const circle of layer.querySelectorAll<SVGCircleElement>('circle[data-r]')) {
    const r = dotRadius(Number(circle.dataset.r), t.k, pxPerUnit, MIN_DOT_PX);
    circle.setAttribute('r', r.toFixed(3));
  }
  svg.dataset.zoom = t.k.toFixed(2);
  // One finger pans a zoomed map; at zoom 1 it scrolls the page (see map.css).
  svg.classList.toggle('zoomed', t.k > 1.001);
}

/** The screen size of one viewBox unit, for an SVG that fits its viewBox into its box. */
export function pxPerUnit(svg: SVGSVGElement, width: number, height: number): number {
  const w = svg.clientWidth;
  const h = svg.clientHeight;
  return w > 0 && h > 0 ? Math.min(w / width, h / height) : 0;
}
