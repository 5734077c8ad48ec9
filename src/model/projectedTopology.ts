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
  /**
   * For countries too small to click, where a dot goes: the centre of their largest part. A
   * country is too small when that part is (Fiji's islands, split by the antimeridian, are each
   * small, though together they are not).
   */
  readonly dot: Dot | null;
  /** The centre of its largest part, for every country: where keyboard steps measure from. */
  readonly center: Dot | null;
}

/** A rectangle of the map, in viewBox units. */
export interface MapBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface ProjectedTopology extends Topology {
  readonly map: {
    readonly width: number;
    readonly height: number;
    /** Dots for states the topology leaves out (see src/map/missingShapes.ts), by actor id. */
    readonly extraDots: Readonly<Record<string, Dot>>;
    /** The regions a view can frame (src/map/regions.ts), projected, by name. */
    readonly regions: Readonly<Record<string, MapBox>>;
  };
}
