import type { Topology } from 'topojson-specification';

/**
 * The format of the map file the app loads (`geo/world.json`): a planar TopoJSON in viewBox
 * units, made at build time by src/map/projectTopology.ts from world-atlas, with the map's size
 * and what the build measured for each country.
 */
export interface Dot {
  readonly x: number;
  readonly y: number;
}

export interface CountryProperties {
  /** Area on the map, in square viewBox units. */
  readonly area: number;
  /** For small countries, where a dot goes: the centre of their largest part. */
  readonly dot: Dot | null;
}

export interface ProjectedTopology extends Topology {
  readonly map: {
    readonly width: number;
    readonly height: number;
    /** Dots for states the topology leaves out (see src/map/missingShapes.ts), by actor id. */
    readonly extraDots: Readonly<Record<string, Dot>>;
  };
}
