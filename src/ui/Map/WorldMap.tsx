import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { stateStatus } from '../../i18n/stateStatus';
import type { World } from '../../map/prepare';
import type { Point } from '../../map/neighbours';
import { buildScene } from '../../map/scene';
import type { ActorId } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import {
  selectMapStyle,
  selectOpenActor,
  selectReading,
  selectShownHighlight,
} from '../../state/selectors';
import type { AppState } from '../../state/store';
import { SceneSvg } from '../../export/SceneSvg';
import { useT } from '../useT';
import { MapCaption } from './MapCaption';
import { MapOverlays } from './MapOverlays';
import { paintScene, type Painted } from './paintScene';
import { stateAt, stateNear } from './stateAt';
import type { Hover } from './Tooltip';
import { TOOLTIP_ID } from './tooltipId';
import { useMapExtras } from './useMapExtras';
import './map.css';

interface Props {
  readonly world: World;
}

/**
 * The interactive map: the pure SceneSvg, drawn once with the view it opens on (so the first
 * picture is the requested one), plus pointer, touch and keyboard interaction, zoom, and the fast
 * fill painter, which keeps the fills in step with the store as time moves without re-rendering
 * a shape.
 *
 * Keyboard: the states are buttons with one tab stop between them (a roving tabindex); the
 * arrow keys move to the neighbouring state, Home and End to the first and last by name, Enter
 * or Space opens the panel, + and − zoom, 0 resets. Those keys stop at the map, so page-wide
 * keys (which step the month) do not also act. A state's status is written into its name when
 * it gets focus, and its tooltip is its description.
 */
export function WorldMap({ world }: Props) {
  const { geometry, dataset } = world;
  // The projector's style in presentation mode: the picture is drawn anew once, on the switch.
  const style = useAppStore(selectMapStyle);
  const t = useT();
  const selected = useAppStore(selectOpenActor);
  const highlight = useAppStore(selectShownHighlight);
  const openActor = useAppStore((s) => s.openActor);
  const [hover, setHover] = useState<Hover | null>(null);
  const [ring, setRing] = useState<ActorId | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const nodes = useRef(new Map<ActorId, SVGGElement>());
  /** The state with keyboard focus, whose name carries its status. */
  const focused = useRef<ActorId | null>(null);
  /** The one state in the tab order. */
  const tabStop = useRef<ActorId | null>(null);
  const pointerType = useRef<string>('mouse');
  const register = useCallback((id: ActorId, node: SVGGElement | null) => {
    if (node) nodes.current.set(id, node);
    else nodes.current.delete(id);
  }, []);
  const { extras, reveal, refresh } = useMapExtras(svg, layer, geometry, nodes);

  const names = useMemo(
    () => new Map(geometry.shapes.map((s) => [s.id, dataset.actors.get(s.id)?.name ?? s.id])),
    [geometry, dataset],
  );
  const centres = useMemo(() => {
    const map = new Map<ActorId, Point>();
    for (const s of geometry.shapes) if (s.center) map.set(s.id, s.center);
    return map;
  }, [geometry]);
  const byName = useMemo(
    () => [...names].sort((a, b) => a[1].localeCompare(b[1])).map(([id]) => id),
    [names],
  );
  const statusOf = useCallback(
    (id: ActorId, s: AppState) =>
      stateStatus(t, names.get(id) ?? id, selectReading(s).states.get(id), s.view.lens),
    [t, names],
  );
  const status = useRef(statusOf);
  useLayoutEffect(() => {
    status.current = statusOf;
  });

  // The picture as it first appears: built from the store's view when the map mounts (or its
  // style changes). Later views are painted onto it (below), so this is deliberately not
  // recomputed as time moves.
  const initial = useMemo(() => {
    const s = useAppStore.getState();
    return buildScene(geometry, selectReading(s), { highlight: s.view.highlight, style });
  }, [geometry, style]);

  useLayoutEffect(() => {
    const painted = new Map<ActorId, Painted>(
      initial.shapes.map((s) => [s.id, { ...s.paint, dim: s.dim }]),
    );
    const paint = (s: AppState) => {
      paintScene(nodes.current, selectReading(s), new Set(selectShownHighlight(s)), style, painted);
      // The one name that says a status follows the date: one attribute per step.
      const id = focused.current;
      if (id) nodes.current.get(id)?.setAttribute('aria-label', status.current(id, s));
    };
    let last = useAppStore.getState();
    paint(last);
    return useAppStore.subscribe((state) => {
      if (
        selectReading(state) === selectReading(last) &&
        selectShownHighlight(state) === selectShownHighlight(last)
      )
        return;
      last = state;
      paint(state);
    });
  }, [initial, style]);

  /** Makes a state the map's tab stop: Tab comes back to it, and the arrow keys start there. */
  const makeTabStop = useCallback((id: ActorId) => {
    if (tabStop.current === id) return;
    const prev = tabStop.current ? nodes.current.get(tabStop.current) : undefined;
    const next = nodes.current.get(id);
    if (!next) return;
    prev?.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    tabStop.current = id;
  }, []);

  // The tab stop is the open state if any (so Tab returns to it), else the first by name.
  useLayoutEffect(() => {
    const id = selected && nodes.current.has(selected) ? selected : (tabStop.current ?? byName[0]);
    const inMap = svg.current?.contains(document.activeElement) ?? false;
    if (id && !inMap) makeTabStop(id);
  }, [selected, byName, makeTabStop]);

  const selectedShape = useMemo(
    () => (selected ? geometry.shapes.find((s) => s.id === selected) : undefined),
    [geometry, selected],
  );
  const ringShape = useMemo(
    () => (ring ? geometry.shapes.find((s) => s.id === ring) : undefined),
    [geometry, ring],
  );
  const highlighted = useMemo(() => {
    const ids = new Set(highlight);
    return geometry.shapes.filter((s) => ids.has(s.id));
  }, [geometry, highlight]);

  // Dots are drawn at the style's radius (overlays, and every state's when the style changes,
  // in presentation mode); the zoom sizes them again.
  useLayoutEffect(refresh, [refresh, initial, selectedShape, ringShape, highlighted]);
  const hoverSource = useRef<Hover['source'] | null>(null);
  useLayoutEffect(() => {
    hoverSource.current = hover?.source ?? null;
  });

  /** Where a tooltip goes for an element: under it, in the frame's coordinates. */
  const anchorOf = useCallback((el: Element): Omit<Hover, 'id' | 'source'> | null => {
    const box = frame.current?.getBoundingClientRect();
    if (!box) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2 - box.left, y: r.bottom - box.top, width: box.width };
  }, []);

  // A tooltip under a focused state follows it as the map zooms and pans.
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        const id = focused.current;
        if (s.zoom === prev.zoom || hoverSource.current !== 'focus' || !id) return;
        const el = nodes.current.get(id);
        const anchor = el && anchorOf(el);
        if (anchor) setHover({ id, ...anchor, source: 'focus' });
      }),
    [anchorOf],
  );

  const onPointerDown = useCallback((e: PointerEvent<SVGSVGElement>) => {
    pointerType.current = e.pointerType;
  }, []);

  const onPointerMove = useCallback((e: PointerEvent<SVGSVGElement>) => {
    // A finger shows the tooltip by tapping (below), not by sliding over the map.
    if (e.pointerType === 'touch') return;
    const id = stateAt(e.target);
    const box = frame.current?.getBoundingClientRect();
    if (!id || !box) return setHover((h) => (h?.source === 'pointer' ? null : h));
    setHover({
      id,
      x: e.clientX - box.left,
      y: e.clientY - box.top,
      width: box.width,
      source: 'pointer',
    });
  }, []);

  const onPointerLeave = useCallback((e: PointerEvent<SVGSVGElement>) => {
    if (e.pointerType === 'touch') return;
    setHover((h) => (h?.source === 'pointer' ? null : h));
  }, []);

  const onClick = useCallback(
    (e: MouseEvent<SVGSVGElement>) => {
      const id =
        stateAt(e.target) ??
        (pointerType.current === 'touch' ? stateNear(e.clientX, e.clientY) : null);
      if (pointerType.current === 'touch') {
        const box = frame.current?.getBoundingClientRect();
        setHover(
          id && box
            ? {
                id,
                x: e.clientX - box.left,
                y: e.clientY - box.top,
                width: box.width,
                source: 'touch',
              }
            : null,
        );
      }
      if (id) openActor(id);
    },
    [openActor],
  );

  const onFocus = useCallback(
    (e: FocusEvent<SVGSVGElement>) => {
      const el = e.target instanceof Element ? e.target.closest('[data-iso3]') : null;
      const id = stateAt(el);
      if (!el || !id) return;
      makeTabStop(id);
      focused.current = id;
      el.setAttribute('aria-label', status.current(id, useAppStore.getState()));
      if (!el.matches(':focus-visible')) return;
      const anchor = anchorOf(el);
      // The tooltip is the state's description: it must exist when the name is read out.
      flushSync(() => {
        setRing(id);
        if (anchor) setHover({ id, ...anchor, source: 'focus' });
      });
      el.setAttribute('aria-describedby', TOOLTIP_ID);
      reveal(id);
    },
    [makeTabStop, anchorOf, reveal],
  );

  const onBlur = useCallback(
    (e: FocusEvent<SVGSVGElement>) => {
      const el = e.target instanceof Element ? e.target.closest('[data-iso3]') : null;
      const id = stateAt(el);
      if (!el || !id) return;
      el.setAttribute('aria-label', names.get(id) ?? id);
      el.removeAttribute('aria-describedby');
      focused.current = null;
      setRing(null);
      setHover((h) => (h?.source === 'focus' ? null : h));
    },
    [names],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<SVGSVGElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      let handled = false;
      if (e.key === 'Escape') {
        // A tooltip brought up by focus closes on Escape; then Escape closes the panel.
        handled = hoverSource.current === 'focus';
        if (handled) setHover(null);
      } else if (extras) {
        handled = extras.mapKey(e.key, stateAt(e.target), {
          store: useAppStore,
          centres,
          byName,
          focusState: (id) => nodes.current.get(id)?.focus(),
        });
      }
      if (!handled) return;
      // Handled here: the page's own keys (a month per arrow) must not act on it too.
      e.preventDefault();
      e.stopPropagation();
    },
    [extras, centres, byName],
  );

  return (
    <div className="map-frame" ref={frame}>
      <MapCaption id="map-caption" />
      <p id="map-keys" className="visually-hidden">
        {t('map.keys')}
      </p>
      <SceneSvg
        scene={initial}
        register={register}
        names={names}
        layerRef={layer}
        ref={svg}
        className="world-map"
        role="group"
        aria-labelledby="map-caption"
        aria-describedby="map-keys"
        data-ready="true"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        onClick={onClick}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      >
        <MapOverlays
          highlighted={highlighted}
          selected={selectedShape}
          ring={ringShape}
          style={style}
        />
      </SceneSvg>
      {extras && <extras.ZoomControls />}
      {extras && <extras.DateAnnouncer dataset={dataset} />}
      {hover && extras && <extras.Tooltip hover={hover} world={world} />}
    </div>
  );
}
