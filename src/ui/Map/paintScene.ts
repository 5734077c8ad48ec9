import { paintFor, type Paint } from '../../map/scene';
import type { MapStyle } from '../../map/style';
import type { Reading } from '../../model/reading';
import type { ActorId } from '../../model/types';
import { resolveFill } from '../../export/SceneSvg';

/** What the painter last wrote to a state's element. */
export interface Painted extends Paint {
  readonly dim: boolean;
}

/**
 * The hot path as time moves: writes each state's paint to its element, touching only the
 * attributes that changed since the last call (`painted` remembers them), so a timeline step
 * sets a few dozen attributes, not a thousand, and React re-renders no shape.
 */
export function paintScene(
  nodes: ReadonlyMap<ActorId, SVGGElement>,
  reading: Reading,
  highlight: ReadonlySet<ActorId>,
  style: MapStyle,
  painted: Map<ActorId, Painted>,
  idPrefix = '',
): void {
  for (const [id, node] of nodes) {
    const paint = paintFor(reading.states.get(id), reading.lens, style);
    const next: Painted = { ...paint, dim: highlight.size > 0 && !highlight.has(id) };
    const prev = painted.get(id);
    if (prev?.fill !== next.fill) node.setAttribute('fill', resolveFill(next.fill, idPrefix));
    if (prev?.level !== next.level) node.setAttribute('data-level', next.level);
    if (prev?.status !== next.status) node.setAttribute('data-status', next.status);
    if (prev?.cls !== next.cls) node.setAttribute('data-class', next.cls);
    if (prev?.dim !== next.dim) {
      if (next.dim) node.setAttribute('opacity', String(style.dimOpacity));
      else node.removeAttribute('opacity');
    }
    painted.set(id, next);
  }
}
