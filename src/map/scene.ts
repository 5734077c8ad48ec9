import type { LegendEntry, Reading, StateReading } from '../model/reading';
import type { ActorId } from '../model/types';
import type { Lens } from '../model/view';
import type { MapGeometry } from './geometry';
import { classFill, HATCH_FILL, STANDARD_STYLE, type MapStyle } from './style';

/**
 * The map as plain data: every shape with its paint, the other land, and the legend, for a
 * reading at a size. A pure function of (geometry, reading, options), so the app, the exports,
 * the command-line snapshot, a second map and a story step all draw the same picture.
 */

/** What a state's shape shows: its colour and the `data-*` hooks tests and CSS read. */
export interface Paint {
  readonly fill: string;
  /** `data-level`: the lens's number for the state ('' for the target and states not in the data). */
  readonly level: string;
  /** `data-status`: its research status, or `target` / `unknown`. */
  readonly status: string;
  /** `data-class`: the legend entry it belongs to. */
  readonly cls: string;
}

export interface SceneShape {
  readonly id: ActorId;
  readonly d: string;
  readonly dot: { readonly x: number; readonly y: number } | null;
  readonly paint: Paint;
  /** Left out of a highlight: drawn faded. */
  readonly dim: boolean;
  /** In a highlight: outlined. */
  readonly highlighted: boolean;
}

/** A legend entry with its colour: the lens's own classes, then the map's fixed ones. */
export interface SceneLegendItem extends LegendEntry {
  readonly lens: Lens | null;
  readonly fill: string;
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly lens: Lens;
  readonly otherLand: string;
  readonly shapes: readonly SceneShape[];
  readonly legend: readonly SceneLegendItem[];
  readonly style: MapStyle;
}

export interface SceneOptions {
  readonly highlight?: readonly ActorId[];
  readonly style?: MapStyle;
}

export function paintFor(
  reading: StateReading | undefined,
  lens: Lens,
  style: MapStyle = STANDARD_STYLE,
): Paint {
  if (!reading || reading.kind === 'unknown') {
    return { fill: style.noData, level: '', status: 'unknown', cls: 'no-data' };
  }
  if (reading.kind === 'target') {
    return { fill: style.target, level: '', status: 'target', cls: 'target' };
  }
  return {
    fill: classFill(style, lens, reading.cls),
    level: String(reading.level),
    status: reading.research,
    cls: reading.cls,
  };
}

/** The legend: the lens's classes, the hatch while any state is unresearched, target, no data. */
export function sceneLegend(reading: Reading, style: MapStyle = STANDARD_STYLE): SceneLegendItem[] {
  return [
    ...reading.legend.map((e) => ({
      ...e,
      lens: reading.lens,
      fill: classFill(style, reading.lens, e.cls),
    })),
    ...(reading.unresearched ? [{ cls: 'unresearched', lens: null, fill: HATCH_FILL(style) }] : []),
    { cls: 'target', lens: null, fill: style.target },
    { cls: 'no-data', lens: null, fill: style.noData },
  ];
}

export function buildScene(
  geometry: MapGeometry,
  reading: Reading,
  options: SceneOptions = {},
): Scene {
  const style = options.style ?? STANDARD_STYLE;
  const highlight = new Set(options.highlight ?? []);
  return {
    width: geometry.width,
    height: geometry.height,
    lens: reading.lens,
    otherLand: geometry.otherLand,
    shapes: geometry.shapes.map((shape) => ({
      id: shape.id,
      d: shape.d,
      dot: shape.marker,
      paint: paintFor(reading.states.get(shape.id), reading.lens, style),
      dim: highlight.size > 0 && !highlight.has(shape.id),
      highlighted: highlight.has(shape.id),
    })),
    legend: sceneLegend(reading, style),
    style,
  };
}
