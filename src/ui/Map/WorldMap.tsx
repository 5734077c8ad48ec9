import { useCallback, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { World } from '../../map/prepare';
import { buildScene } from '../../map/scene';
import type { ActorId } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectMapStyle, selectOpenActor, selectReading } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { MapCaption } from './MapCaption';
import { paintScene, type Painted } from './paintScene';
import { SceneSvg } from '../../export/SceneSvg';
import { Tooltip, type Hover } from './Tooltip';
import './map.css';

interface Props {
  readonly world: World;
}

/** Finds the state under a pointer event: one handler for all shapes instead of 240. */
function stateAt(target: EventTarget | null): ActorId | null {
  const el = target instanceof Element ? target.closest('[data-iso3]') : null;
  return (el?.getAttribute('data-iso3') as ActorId | null) ?? null;
}

const selectHighlight = (s: AppState) => s.view.highlight;

/**
 * The interactive map: the pure SceneSvg, drawn once with the view it opens on (so the first
 * picture is the requested one), plus pointer interaction and the fast fill painter, which keeps
 * the fills in step with the store as time moves without re-rendering a shape.
 */
export function WorldMap({ world }: Props) {
  const { geometry } = world;
  // The projector's style in presentation mode: the picture is drawn anew once, on the switch.
  const style = useAppStore(selectMapStyle);
  const selected = useAppStore(selectOpenActor);
  const highlight = useAppStore(selectHighlight);
  const openActor = useAppStore((s) => s.openActor);
  const [hover, setHover] = useState<Hover | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const nodes = useRef(new Map<ActorId, SVGGElement>());
  const register = useCallback((id: ActorId, node: SVGGElement | null) => {
    if (node) nodes.current.set(id, node);
    else nodes.current.delete(id);
  }, []);

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
    const paint = (s: AppState) =>
      paintScene(nodes.current, selectReading(s), new Set(s.view.highlight), style, painted);
    let last = useAppStore.getState();
    paint(last);
    return useAppStore.subscribe((state) => {
      if (
        selectReading(state) === selectReading(last) &&
        state.view.highlight === last.view.highlight
      )
        return;
      last = state;
      paint(state);
    });
  }, [initial, style]);

  const selectedShape = useMemo(
    () => (selected ? geometry.shapes.find((s) => s.id === selected) : undefined),
    [geometry, selected],
  );
  const highlighted = useMemo(() => {
    const ids = new Set(highlight);
    return geometry.shapes.filter((s) => ids.has(s.id));
  }, [geometry, highlight]);

  const onPointerMove = useCallback((e: PointerEvent<SVGSVGElement>) => {
    const id = stateAt(e.target);
    const box = frame.current?.getBoundingClientRect();
    if (!id || !box) return setHover(null);
    setHover({ id, x: e.clientX - box.left, y: e.clientY - box.top, width: box.width });
  }, []);

  const onClick = useCallback(
    (e: React.MouseEvent<SVGSVGElement>) => {
      const id = stateAt(e.target);
      if (id) openActor(id);
    },
    [openActor],
  );

  return (
    <div className="map-frame" ref={frame}>
      <MapCaption id="map-caption" />
      <SceneSvg
        scene={initial}
        register={register}
        className="world-map"
        role="group"
        aria-labelledby="map-caption"
        data-ready="true"
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
        onClick={onClick}
      >
        {highlighted.length > 0 && (
          <g className="highlight" aria-hidden="true" fill="none">
            {highlighted.map((s) => (
              <g key={s.id}>
                {s.d && <path d={s.d} />}
                {s.marker && <circle cx={s.marker.x} cy={s.marker.y} r={style.dot.radius + 1} />}
              </g>
            ))}
          </g>
        )}
        {selectedShape && (
          <g className="selection" aria-hidden="true">
            {selectedShape.d && <path d={selectedShape.d} />}
            {selectedShape.marker && (
              <circle
                cx={selectedShape.marker.x}
                cy={selectedShape.marker.y}
                r={style.selection.radius}
              />
            )}
          </g>
        )}
      </SceneSvg>
      {hover && <Tooltip hover={hover} world={world} />}
    </div>
  );
}
