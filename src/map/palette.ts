import { scaleThreshold } from 'd3-scale';
import type { StateStatus } from '../model/levels';

/**
 * Colours of the map. Levels use a sequential purple-blue ramp (ColorBrewer PuBu, which stays
 * ordered for colour-blind readers and in greyscale); the three kinds of "no colour" (none in
 * force, not yet researched, not in the dataset) are told apart by tone and a hatch, and the
 * target is drawn near-black so it reads as apart from the coalition.
 */
export const LEVEL_COLORS = ['#d0d1e6', '#a6bddb', '#74a9cf', '#2b8cbe', '#045a8d'] as const;
export const NONE_COLOR = '#f3efe6';
export const NO_DATA_COLOR = '#dcdcdc';
export const TARGET_COLOR = '#2b2b2b';
export const HATCH_ID = 'not-researched-hatch';
export const HATCH_FILL = `url(#${HATCH_ID})`;
/** Levels at or above this share the darkest colour. */
export const TOP_LEVEL = LEVEL_COLORS.length;

const levelScale = scaleThreshold<number, string>()
  .domain([2, 3, 4, 5])
  .range([...LEVEL_COLORS]);

export function levelColor(level: number): string {
  return level <= 0 ? NONE_COLOR : levelScale(level);
}

export function fillFor(status: StateStatus | undefined): string {
  if (!status || status.kind === 'unknown') return NO_DATA_COLOR;
  if (status.kind === 'target') return TARGET_COLOR;
  if (status.level === 0 && status.research === 'not-yet-researched') return HATCH_FILL;
  return levelColor(status.level);
}

/** One legend swatch per level the current filter can reach: 0, 1, ... up to "5 or more". */
export interface LegendBin {
  readonly level: number;
  readonly color: string;
  readonly orMore: boolean;
}

export function legendBins(filterSize: number): LegendBin[] {
  const top = Math.min(filterSize, TOP_LEVEL);
  const bins: LegendBin[] = [];
  for (let level = 1; level <= top; level++) {
    bins.push({
      level,
      color: levelColor(level),
      orMore: level === TOP_LEVEL && filterSize > TOP_LEVEL,
    });
  }
  return bins;
}
