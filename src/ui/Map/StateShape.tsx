import { memo } from 'react';
import type { StateShape as Shape } from '../../map/geometry';

interface Props {
  readonly shape: Shape;
  readonly fill: string;
  readonly level: string;
  readonly status: string;
  readonly name: string;
}

/**
 * One state: its projected path (made once) and, for small states, a dot. Memoised on its
 * fill, so stepping the timeline re-renders only the states whose colour changed. `data-*`
 * attributes are the hooks tests and event delegation read.
 */
export const StateShape = memo(function StateShape({ shape, fill, level, status, name }: Props) {
  return (
    <g
      className="state"
      fill={fill}
      data-iso3={shape.id}
      data-level={level}
      data-status={status}
      aria-label={name}
    >
      {shape.d && <path d={shape.d} />}
      {shape.marker && (
        <circle className="state-dot" cx={shape.marker.x} cy={shape.marker.y} r={2.6} />
      )}
    </g>
  );
});
