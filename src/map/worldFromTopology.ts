import { geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { CountryProperties, Dot, MapBox, ProjectedTopology } from '../model/projectedTopology';

export interface ProjectedCountry extends CountryProperties {
  /** ISO 3166-1 numeric code, or null for areas without one (Somaliland, N. Cyprus, Kosovo). */
  readonly numeric: string | null;
  readonly d: string;
}

/** The projected world as path strings: what joinShapes turns into the map's geometry. */
export interface ProjectedWorld {
  readonly width: number;
  readonly height: number;
  readonly countries: readonly ProjectedCountry[];
  readonly extraDots: Readonly<Record<string, Dot>>;
  readonly regions: Readonly<Record<string, MapBox>>;
}

/** The browser's half: decode the planar topology and write one path string per country. */
export function worldFromTopology(projected: ProjectedTopology): ProjectedWorld {
  const collection = feature(
    projected,
    projected.objects.countries as GeometryCollection<CountryProperties>,
  ) as FeatureCollection<Polygon | MultiPolygon | null, CountryProperties>;
  const path = geoPath().digits(1);
  return {
    width: projected.map.width,
    height: projected.map.height,
    extraDots: projected.map.extraDots,
    // A map file from before regions were projected frames only the whole world.
    regions: projected.map.regions ?? {},
    countries: collection.features.map((f) => ({
      numeric: f.id === undefined ? null : String(f.id),
      d: path(f) ?? '',
      area: f.properties?.area ?? 0,
      dot: f.properties?.dot ?? null,
      center: f.properties?.center ?? f.properties?.dot ?? null,
    })),
  };
}
