import { memo } from 'react';
import type { StateShape } from '../../map/geometry';
import type { Point } from '../../map/neighbours';
import type { MapStyle } from '../../map/style';

/** Marks up a shape's outline for an overlay (selection, highlight, focus ring). */
function Outline({ d, marker, r }: { d: string; marker: Point | null; r: number }) {
  return (
    <>
      {d && <path d={d} />}
      {marker && <circle cx={marker.x} cy={marker.y} r={r} data-r={r} />}
    </>
  );
}

interface Props {
  readonly highlighted: readonly StateShape[];
  readonly selected: StateShape | undefined;
  /** The state with keyboard focus, when it came by keyboard. */
  readonly ring: StateShape | undefined;
  readonly style: MapStyle;
}

/**
 * What is drawn over the states: the highlight's outlines, the open state's, and the keyboard
 * focus ring (a light halo under a dark line, seen on the palest and the darkest fills). Their
 * dots carry their radius as `data-r`, so the zoom sizes them like the states' own.
 */
export const MapOverlays = memo(function MapOverlays({
  highlighted,
  selected,
  ring,
  style,
}: Props) {
  return (
    <>
      {highlighted.length > 0 && (
        <g className="highlight" aria-hidden="true" fill="none">
          {highlighted.map((s) => (
            <g key={s.id} data-highlighted={s.id}>
              <Outline d={s.d} marker={s.marker} r={style.dot.radius + 1} />
            </g>
          ))}
        </g>
      )}
      {selected && (
        <g className="selection" aria-hidden="true">
          <Outline d={selected.d} marker={selected.marker} r={style.selection.radius} />
        </g>
      )}
      {ring && (
        <g
          className="focus-ring"
          aria-hidden="true"
          data-testid="focus-ring"
          data-iso3-ring={ring.id}
        >
          {['focus-halo', 'focus-line'].map((cls) => (
            <g key={cls} className={cls}>
              <Outline d={ring.d} marker={ring.marker} r={style.selection.radius + 1} />
            </g>
          ))}
        </g>
      )}
    </>
  );
});
