import { memo } from 'react';
import type { StateShape as Shape } from '../../map/geometry';
import type { ActorId } from '../../model/types';

interface Props {
  readonly shape: Shape;
  readonly name: string;
  readonly register: (id: ActorId, node: SVGGElement | null) => void;
}

/**
 * One state: its projected path (made once) and, for small states, a dot. Rendered once: its
 * fill, data-level and data-status are painted by WorldMap as the timeline moves (see
 * paintStates), so a step re-renders no shape. `data-*` attributes are the hooks tests and
 * event delegation read.
 */
export const StateShape = memo(function StateShape({ shape, name, register }: Props) {
  return (
    <g
      className="state"
      data-iso3={shape.id}
      aria-label={name}
      ref={(node) => register(shape.id, node)}
    >
      {shape.d && <path d={shape.d} />}
      {shape.marker && (
        <circle className="state-dot" cx={shape.marker.x} cy={shape.marker.y} r={2.6} />
      )}
    </g>
  );
});
