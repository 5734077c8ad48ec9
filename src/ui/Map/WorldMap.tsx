import { useCallback, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { HATCH_ID } from '../../map/palette';
import type { MapGeometry } from '../../map/geometry';
import type { ActorId, Dataset } from '../../model/types';
import { useAppStore } from '../../state/appStore';
import { selectCountry, selectStatuses } from '../../state/selectors';
import { MapCaption } from './MapCaption';
import { paintStates, type StatePaint } from './paintStates';
import { StateShape } from './StateShape';
import { Tooltip, type Hover } from './Tooltip';

interface Props {
  readonly geometry: MapGeometry;
  readonly dataset: Dataset;
}

/** Finds the state under a pointer event: one handler for all shapes instead of 240. */
function stateAt(target: EventTarget | null): ActorId | null {
  const el = target instanceof Element ? target.closest('[data-iso3]') : null;
  return (el?.getAttribute('data-iso3') as ActorId | null) ?? null;
}

/**
 * The map. It subscribes to nothing that changes as time moves (the fills are painted from the
 * store, the caption is its own component), so a timeline step does not re-render it.
 */
export function WorldMap({ geometry, dataset }: Props) {
  const selected = useAppStore(selectCountry);
  const selectState = useAppStore((s) => s.selectCountry);
  const [hover, setHover] = useState<Hover | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const nodes = useRef(new Map<ActorId, SVGGElement>());
  const register = useCallback((id: ActorId, node: SVGGElement | null) => {
    if (node) nodes.current.set(id, node);
    else nodes.current.delete(id);
  }, []);

  // The hot path: as the timeline moves, paint the fills straight from the store, before the
  // rest of the page re-renders. React draws the shapes once; this keeps their colours.
  useLayoutEffect(() => {
    const applied = new Map<ActorId, StatePaint>();
    let last = selectStatuses(useAppStore.getState());
    paintStates(nodes.current, last, applied);
    return useAppStore.subscribe((state) => {
      const next = selectStatuses(state);
      if (next === last) return;
      last = next;
      paintStates(nodes.current, next, applied);
    });
  }, [geometry, dataset]);

  const selectedShape = useMemo(
    () => (selected ? geometry.shapes.find((s) => s.id === selected) : undefined),
    [geometry, selected],
  );

  const onPointerMove = useCallback((e: PointerEvent<SVGSVGElement>) => {
    const id = stateAt(e.target);
    const box = frame.current?.getBoundingClientRect();
    if (!id || !box) return setHover(null);
    setHover({ id, x: e.clientX - box.left, y: e.clientY - box.top, width: box.width });
  }, []);

  const onClick = useCallback(
    (e: React.MouseEvent<SVGSVGElement>) => {
      const id = stateAt(e.target);
      if (id) selectState(id);
    },
    [selectState],
  );

  return (
    <div className="map-frame" ref={frame}>
      <MapCaption id="map-caption" />
      <svg
        className="world-map"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="group"
        aria-labelledby="map-caption"
        data-ready="true"
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
        onClick={onClick}
      >
        <defs>
          <pattern
            id={HATCH_ID}
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="4" height="4" fill="#f7f7f7" />
            <line x1="0" y1="0" x2="0" y2="4" stroke="#b8b8b8" strokeWidth="1.2" />
          </pattern>
        </defs>
        <path className="other-land" d={geometry.otherLand} />
        {geometry.shapes.map((shape) => (
          <StateShape
            key={shape.id}
            shape={shape}
            name={dataset.actors.get(shape.id)?.name ?? shape.id}
            register={register}
          />
        ))}
        {selectedShape && (
          <g className="selection" aria-hidden="true">
            {selectedShape.d && <path d={selectedShape.d} />}
            {selectedShape.marker && (
              <circle cx={selectedShape.marker.x} cy={selectedShape.marker.y} r={4} />
            )}
          </g>
        )}
      </svg>
      {hover && <Tooltip hover={hover} dataset={dataset} />}
    </div>
  );
}
