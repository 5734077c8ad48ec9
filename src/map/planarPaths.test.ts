import { geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { projectedTopology } from '../../scripts/world';
import { planarPaths, type PlanarGeometry } from './planarPaths';

/** What the browser wrote before: topojson-client's features through d3-geo's path. */
function libraryPaths(topology: Topology): string[] {
  const collection = feature(
    topology,
    topology.objects.countries as GeometryCollection,
  ) as FeatureCollection<Polygon | MultiPolygon | null>;
  const path = geoPath().digits(1);
  return collection.features.map((f) => path(f) ?? '');
}

const geometriesOf = (topology: Topology) =>
  (topology.objects.countries as GeometryCollection).geometries as unknown as PlanarGeometry[];

describe('planarPaths', () => {
  it('writes the real map’s paths character for character as topojson-client and d3-geo do', () => {
    const topology = projectedTopology();
    const ours = planarPaths(topology, geometriesOf(topology));
    const theirs = libraryPaths(topology);
    expect(ours).toHaveLength(theirs.length);
    const differing = ours.flatMap((d, i) => (d === theirs[i] ? [] : [i]));
    expect(differing).toEqual([]);
    expect(ours.every((d) => /^M[\d.-]+,[\d.-]+L/.test(d))).toBe(true);
  });

  it('writes each coordinate as rounding to a tenth prints it, halves and negatives too', () => {
    const values = [
      0, -0, 0.04, -0.04, 0.05, -0.05, 0.25, -0.25, 1, -1, 12.34, -12.35, 99.95, -99.95,
    ];
    for (let i = -2000; i <= 2000; i++) values.push(i / 37, i * 0.05, i * 0.1 + 0.05);
    const topology: Topology = {
      type: 'Topology',
      objects: {},
      arcs: [values.map((v) => [v, -v])],
    };
    const ours = planarPaths(topology, [{ type: 'Polygon', arcs: [[0]] }])[0] ?? '';
    const print = (v: number) => String(Math.round(v * 10) / 10);
    const expected = values
      .slice(0, -1)
      .map((v, i) => `${i ? 'L' : 'M'}${print(v)},${print(-v)}`)
      .join('');
    expect(ours).toBe(`${expected}Z`);
  });

  it('stitches reversed arcs, pads a short ring, and writes nothing for a null geometry', () => {
    const topology: Topology = {
      type: 'Topology',
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, ~1]] },
            { type: 'MultiPolygon', arcs: [[[2]], [[0, ~1]]] },
            { type: null },
          ],
        },
      },
      transform: { scale: [0.5, 0.25], translate: [10, 20] },
      arcs: [
        [
          [0, 0],
          [4, 0],
          [0, 4],
        ],
        [
          [0, 0],
          [0, 4],
          [4, 0],
        ],
        [
          [2, 2],
          [1, 1],
        ],
      ],
    };
    const ours = planarPaths(topology, geometriesOf(topology));
    expect(ours).toEqual(libraryPaths(topology));
    expect(ours[0]).toBe('M10,20L12,20L12,21L10,21Z');
    expect(ours[2]).toBe('');
  });
});
