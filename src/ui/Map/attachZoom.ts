import { boxOf, centreOn, frameBox, isShown, MAX_ZOOM, zoomAbout, type Box } from '../../map/frame';
import type { MapGeometry } from '../../map/geometry';
import type { ActorId } from '../../model/types';
import type { AppStore, ZoomControl } from '../../state/store';
import { applyZoom } from './applyZoom';
import { bindZoom } from './zoom';

/** A small state is shown this far in: its shape, not only its dot, can be clicked. */
const SMALL_STATE_ZOOM = 12;
/** A state split by the map's edge (Russia, Fiji) is shown about its largest piece, this far in. */
const SPLIT_STATE_ZOOM = 3;
/** Keyboard focus pans the map when a state's centre comes this close to the frame's edge. */
const EDGE_MARGIN = 12;

export interface MapParts {
  readonly svg: SVGSVGElement;
  readonly layer: SVGGElement;
  readonly geometry: MapGeometry;
  readonly nodes: ReadonlyMap<ActorId, SVGGElement>;
  /** What the frame shows at zoom 1, now. */
  readonly extent: () => Box;
  /** The screen size of a viewBox unit at zoom 1, now. */
  readonly scale: () => number;
}

export interface AttachedZoom {
  /** Pans so a state is in view, if the map is zoomed in and it is not (keyboard focus). */
  reveal(id: ActorId): void;
  destroy(): void;
}

/**
 * Puts d3-zoom on the map and offers it to the page through the store: the current transform is
 * reported as it changes, `zoomControl` lets the zoom buttons, the keys and a search zoom, and a
 * new focus region (a link, a story step) glides the map there.
 */
export function attachZoom(store: AppStore, parts: MapParts): AttachedZoom {
  const { svg, layer, geometry, nodes, extent } = parts;
  const bounds = boxOf(geometry.width, geometry.height);
  const focusFrame = () =>
    frameBox(geometry.regions[store.getState().view.focus], extent(), bounds);
  const binding = bindZoom(svg, {
    bounds,
    maxK: MAX_ZOOM,
    extent,
    initial: store.getState().zoom,
    reduceMotion: () =>
      typeof window.matchMedia === 'function' &&
      window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    onZoom: (t) => {
      applyZoom(svg, layer, t, parts.scale());
      store.getState().setZoom(t);
    },
  });
  const centreOf = (id: ActorId) => geometry.shapes.find((s) => s.id === id);

  const control: ZoomControl = {
    zoomBy: (factor, around) => {
      const t = store.getState().zoom;
      const centre = around && centreOf(around)?.center;
      binding.to(
        centre
          ? centreOn(centre, Math.max(1, Math.min(MAX_ZOOM, t.k * factor)), extent(), bounds)
          : zoomAbout(t, factor, extent(), bounds),
        true,
      );
    },
    reset: () => binding.to(focusFrame(), true),
    showActor: (id) => {
      const shape = centreOf(id);
      const node = nodes.get(id);
      if (!shape?.center) return;
      if (shape.marker || !node) {
        binding.to(centreOn(shape.center, SMALL_STATE_ZOOM, extent(), bounds), true);
        return;
      }
      const r = node.getBBox();
      binding.to(
        r.width > geometry.width / 2
          ? centreOn(shape.center, SPLIT_STATE_ZOOM, extent(), bounds)
          : frameBox({ x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height }, extent(), bounds),
        true,
      );
    },
  };
  store.getState().setZoomControl(control);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.view.focus !== prev.view.focus) binding.to(focusFrame(), true);
  });

  return {
    reveal: (id) => {
      const centre = centreOf(id)?.center;
      const t = store.getState().zoom;
      if (!centre || t.k <= 1 || isShown(centre, t, extent(), EDGE_MARGIN)) return;
      binding.to(centreOn(centre, t.k, extent(), bounds), true);
    },
    destroy: () => {
      unsubscribe();
      binding.destroy();
      if (store.getState().zoomControl === control) store.getState().setZoomControl(null);
    },
  };
}
