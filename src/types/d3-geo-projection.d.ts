// d3-geo-projection ships no types; the build uses one function of it.
declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3-geo';
  /** Projects GeoJSON through a projection's stream (clipping and resampling included). */
  export function geoProject<T extends object>(object: T, projection: GeoProjection): T;
}
