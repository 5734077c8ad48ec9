import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { boxOf, frameBox, IDENTITY, visibleExtent, type ZoomTransform } from '../../map/frame';
import type { MapGeometry } from '../../map/geometry';
import type { ActorId } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { applyZoom, pxPerUnit } from './applyZoom';
import type { AttachedZoom } from './attachZoom';
import type * as MapExtrasChunk from './mapExtras';

export type MapExtrasModule = typeof MapExtrasChunk;

export interface MapExtras {
  /** The map's later chunk (zoom, keys, zoom buttons, live region), once it has loaded. */
  readonly extras: MapExtrasModule | null;
  /** Pans so a state is in view, if the map is zoomed in and it is not (keyboard focus). */
  readonly reveal: (id: ActorId) => void;
  /** Writes the zoom again, after new dots (an overlay) were drawn at their style's size. */
  readonly refresh: () => void;
}

const sameZoom = (a: ZoomTransform, b: ZoomTransform) => a.k === b.k && a.x === b.x && a.y === b.y;

/**
 * The map's zoom, in two steps. The first picture frames the view's focus region at once, with
 * no d3 (a layer transform from map/frame.ts, written before the browser paints); then the
 * map's later chunk loads and d3-zoom takes over gestures (see attachZoom.ts). Resizing is a
 * change of scale the SVG does itself: only the dots' sizes follow it.
 */
export function useMapExtras(
  svg: RefObject<SVGSVGElement | null>,
  layer: RefObject<SVGGElement | null>,
  geometry: MapGeometry,
  nodes: RefObject<Map<ActorId, SVGGElement>>,
): MapExtras {
  const [extras, setExtras] = useState<MapExtrasModule | null>(null);
  const attached = useRef<AttachedZoom | null>(null);
  const scale = useRef(0);
  const { width, height } = geometry;

  const extent = useCallback(() => {
    const el = svg.current;
    return el
      ? visibleExtent(el.clientWidth, el.clientHeight, width, height)
      : boxOf(width, height);
  }, [svg, width, height]);

  // The first frame: the store's zoom if the map was zoomed before it remounted, else the
  // view's region.
  useLayoutEffect(() => {
    const el = svg.current;
    const g = layer.current;
    if (!el || !g) return;
    const s = useAppStore.getState();
    // The whole world at zoom 1 needs no measure: reading the map's size here would force a
    // layout of the page in the task that drew it (a quarter of a second on a slow laptop), only
    // for the browser to lay it out again to paint. The resize observer, which reads sizes
    // after the browser's own layout, sets the dots' floor size a frame later.
    if (s.view.focus === 'world' && sameZoom(s.zoom, IDENTITY)) return;
    scale.current = pxPerUnit(el, width, height);
    const first = sameZoom(s.zoom, IDENTITY)
      ? frameBox(geometry.regions[s.view.focus], extent(), boxOf(width, height))
      : s.zoom;
    applyZoom(el, g, first, scale.current);
    s.setZoom(first);
  }, [svg, layer, geometry, extent, width, height]);

  useEffect(() => {
    const el = svg.current;
    const g = layer.current;
    if (!el || !g || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      scale.current = pxPerUnit(el, width, height);
      applyZoom(el, g, useAppStore.getState().zoom, scale.current);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [svg, layer, width, height]);

  useEffect(() => {
    const el = svg.current;
    const g = layer.current;
    if (!el || !g) return;
    let cancelled = false;
    void import('./mapExtras').then((module) => {
      if (cancelled) return;
      attached.current = module.attachZoom(useAppStore, {
        svg: el,
        layer: g,
        geometry,
        nodes: nodes.current,
        extent,
        scale: () => scale.current,
      });
      el.dataset.zoomReady = 'true';
      setExtras(module);
    });
    return () => {
      cancelled = true;
      attached.current?.destroy();
      attached.current = null;
      delete el.dataset.zoomReady;
    };
  }, [svg, layer, geometry, nodes, extent]);

  const reveal = useCallback((id: ActorId) => attached.current?.reveal(id), []);
  const refresh = useCallback(() => {
    if (svg.current && layer.current)
      applyZoom(svg.current, layer.current, useAppStore.getState().zoom, scale.current);
  }, [svg, layer]);

  return { extras, reveal, refresh };
}
