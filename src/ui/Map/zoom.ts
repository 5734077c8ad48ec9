import { interpolateZoom } from 'd3-interpolate';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { constrain, type Box, type ZoomTransform } from '../../map/frame';

/**
 * d3-zoom bound to the map's React-owned <svg> (wheel, pinch, drag, double-click), in a chunk
 * of its own that loads right after the first map is drawn. It only handles gestures: what a
 * transform does to the picture (the layer's `transform`, the dots' sizes) is the caller's
 * `onZoom`, and its limits are the pure rules of map/frame.ts.
 */
export interface ZoomBinding {
  /** Moves to a transform, gliding there unless `animate` is false. */
  to(t: ZoomTransform, animate: boolean): void;
  destroy(): void;
}

export interface ZoomOptions {
  /** The map's own box: no pan past it. */
  readonly bounds: Box;
  readonly maxK: number;
  /** What the frame shows at zoom 1, now (it changes as the page resizes). */
  readonly extent: () => Box;
  readonly initial: ZoomTransform;
  readonly onZoom: (t: ZoomTransform) => void;
  /** Whether to jump rather than glide (the reader asked for less motion). */
  readonly reduceMotion: () => boolean;
}

type Pair = [[number, number], [number, number]];
const pair = (b: Box): Pair => [
  [b.x0, b.y0],
  [b.x1, b.y1],
];
const box = ([[x0, y0], [x1, y1]]: Pair): Box => ({ x0, y0, x1, y1 });
const d3Transform = (t: ZoomTransform) => zoomIdentity.translate(t.x, t.y).scale(t.k);

/** A click that moves less than this (pixels) is still a click, not a drag. */
const CLICK_DISTANCE = 4;
const MAX_GLIDE_MS = 450;

export function bindZoom(svg: SVGSVGElement, options: ZoomOptions): ZoomBinding {
  const selection = select<SVGSVGElement, unknown>(svg);
  let current = options.initial;
  let glide = 0;
  const stopGlide = () => {
    if (glide) cancelAnimationFrame(glide);
    glide = 0;
  };

  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, options.maxK])
    .extent(() => pair(options.extent()))
    .translateExtent(pair(options.bounds))
    .constrain((t, extent, translateExtent) => {
      const c = constrain(t, box(extent as Pair), box(translateExtent as Pair));
      return d3Transform(c);
    })
    .clickDistance(CLICK_DISTANCE)
    // One finger on a map at zoom 1 scrolls the page; two pinch; once zoomed in, one pans.
    .filter((event: Event) => {
      if (event.type === 'touchstart')
        return (event as TouchEvent).touches.length > 1 || current.k > 1;
      const e = event as MouseEvent;
      return (!e.ctrlKey || event.type === 'wheel') && !e.button;
    })
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent) stopGlide();
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k, x, y } = event.transform;
      current = { k, x, y };
      options.onZoom(current);
    });

  selection.call(behaviour).call(behaviour.transform, d3Transform(current));

  const to = (target: ZoomTransform, animate: boolean) => {
    stopGlide();
    const e = options.extent();
    const end = constrain(target, e, options.bounds);
    if (!animate || options.reduceMotion()) {
      behaviour.transform(selection, d3Transform(end));
      return;
    }
    // The glide d3's own transitions make (van Wijk and Nuij's smooth zoom), driven by frames
    // here so that no transition module joins the chunk.
    const cx = (e.x0 + e.x1) / 2;
    const cy = (e.y0 + e.y1) / 2;
    const width = e.x1 - e.x0;
    const view = (t: ZoomTransform): [number, number, number] => [
      (cx - t.x) / t.k,
      (cy - t.y) / t.k,
      width / t.k,
    ];
    const path = interpolateZoom(view(current), view(end));
    const duration = Math.min(MAX_GLIDE_MS, path.duration);
    const start = performance.now();
    const step = (now: number) => {
      const u = Math.min(1, (now - start) / duration);
      const [px, py, w] = path(u < 1 ? u * (2 - u) : 1);
      const k = width / w;
      behaviour.transform(selection, d3Transform({ k, x: cx - px * k, y: cy - py * k }));
      glide = u < 1 ? requestAnimationFrame(step) : 0;
      if (u >= 1) behaviour.transform(selection, d3Transform(end));
    };
    glide = requestAnimationFrame(step);
  };

  return {
    to,
    destroy: () => {
      stopGlide();
      selection.on('.zoom', null);
    },
  };
}
