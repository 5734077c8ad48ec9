import type { GeometryCollection } from 'topojson-specification';
import type { CountryProperties, Dot, MapBox, ProjectedTopology } from '../model/projectedTopology';
import { planarPaths, type PlanarGeometry } from './planarPaths';

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

/** The browser's half: write one path string per country from the planar topology. */
export function worldFromTopology(projected: ProjectedTopology): ProjectedWorld {
  const geometries = (projected.objects.countries as GeometryCollection<CountryProperties>)
    .geometries;
  const paths = planarPaths(projected, geometries as unknown as PlanarGeometry[]);
  return {
    width: projected.map.width,
    height: projected.map.height,
    extraDots: projected.map.extraDots,
    // A map file from before regions were projected frames only the whole world.
    regions: projected.map.regions ?? {},
    countries: geometries.map((g, i) => {
      const p = g.properties as Partial<CountryProperties> | undefined;
      return {
        numeric: g.id === undefined || g.id === null ? null : String(g.id),
        d: paths[i] ?? '',
        area: p?.area ?? 0,
        dot: p?.dot ?? null,
        center: p?.center ?? p?.dot ?? null,
      };
    }),
  };
}
