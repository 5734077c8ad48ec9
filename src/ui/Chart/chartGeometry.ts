import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** The chart's frame in pixels: the plot sits inside the margins. */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export const frameOf = (width: number, height = 200): ChartFrame => ({
  width,
  height,
  left: 34,
  right: 10,
  top: 18,
  bottom: 34,
});

/** Month index (0 = the first month of the range) -> x, and count -> y. */
export interface ChartScales {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
}

export function chartScales(frame: ChartFrame, months: number, max: number): ChartScales {
  return {
    x: scaleLinear()
      .domain([0, Math.max(1, months - 1)])
      .range([frame.left, frame.width - frame.right]),
    y: scaleLinear()
      .domain([0, Math.max(1, max)])
      .nice()
      .range([frame.height - frame.bottom, frame.top]),
  };
}

/** A series of counts, one per month, as a path: a step when the count changes at a month. */
export function seriesPath(scales: ChartScales, values: readonly number[]): string {
  return (
    line<number>()
      .x((_, i) => scales.x(i))
      .y((v) => scales.y(v))
      .digits(1)(values as number[]) ?? ''
  );
}

/** The month index under a pointer at `px`, clamped to the range. */
export function indexAt(scales: ChartScales, px: number, months: number): number {
  return Math.max(0, Math.min(months - 1, Math.round(scales.x.invert(px))));
}
