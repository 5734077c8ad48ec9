import { describe, expect, it } from 'vitest';
import { projectedTopology } from '../../scripts/world';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { checkTopology } from './checkTopology';
import { DecodeFailure } from './decode';

/** A map of two squares sharing an edge, in the shape the build writes. */
function tiny() {
  return {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [
      [
        [0, 0],
        [0, 1],
      ],
      [
        [0, 1],
        [-1, 0],
        [0, -1],
        [1, 0],
      ],
      [
        [0, 1],
        [1, 0],
        [0, -1],
        [-1, 0],
      ],
    ] as unknown[],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'Polygon',
            id: '392',
            arcs: [[0, 1]],
            properties: { area: 1, dot: null, center: { x: 0.5, y: 0.5 } },
          },
          { type: 'MultiPolygon', id: 410, arcs: [[[~0, 2]]], properties: { area: 1 } },
          { type: null, id: '999' },
        ] as unknown[],
      },
    } as Record<string, unknown>,
    map: {
      width: 2,
      height: 1,
      extraDots: { SGP: { x: 1, y: 1 } } as unknown,
      regions: { europe: { x0: 0, y0: 0, x1: 1, y1: 1 } } as unknown,
    } as Record<string, unknown>,
  };
}

function failure(json: unknown): { path: string; reason: string } {
  try {
    checkTopology(json);
  } catch (e) {
    if (e instanceof DecodeFailure) return { path: e.path, reason: e.reason };
    throw e;
  }
  throw new Error('expected the topology to be refused');
}

type Topo = ReturnType<typeof tiny>;
const broken = (change: (t: Topo) => void) => {
  const t = tiny();
  change(t);
  return t;
};

describe('checkTopology', () => {
  it('accepts the map the build writes, and a small one of each geometry type', () => {
    expect(() => checkTopology(projectedTopology())).not.toThrow();
    const topo = checkTopology(tiny());
    const countries = feature(topo, topo.objects.countries as GeometryCollection);
    expect('features' in countries && countries.features).toHaveLength(3);
  });

  it.each([
    ['null', null, '', 'expected an object, got null'],
    [
      'a feature collection',
      { type: 'FeatureCollection' },
      '/type',
      '"FeatureCollection" is not "Topology"',
    ],
    [
      'no arcs',
      broken((t) => delete (t as Partial<Topo>).arcs),
      '/arcs',
      'expected a list, got undefined',
    ],
    [
      'a null objects',
      broken((t) => ((t as { objects: unknown }).objects = null)),
      '/objects',
      'expected an object, got null',
    ],
    [
      'a null countries',
      broken((t) => (t.objects.countries = null)),
      '/objects/countries',
      'expected an object, got null',
    ],
    [
      'a countries layer of the wrong type',
      broken((t) => (t.objects.countries = { type: 'Polygon', arcs: [] })),
      '/objects/countries',
      'is not a collection of geometries',
    ],
    [
      'a null geometry',
      broken((t) => (t.objects.countries as { geometries: unknown[] }).geometries.push(null)),
      '/objects/countries/geometries/3',
      'expected an object, got null',
    ],
    [
      'a geometry of a type the map does not draw',
      broken((t) =>
        (t.objects.countries as { geometries: unknown[] }).geometries.push({
          type: 'Point',
          coordinates: [0, 0],
        }),
      ),
      '/objects/countries/geometries/3/type',
      '"Point" is not Polygon, MultiPolygon or null',
    ],
    [
      'a truncated arcs list (indices past its end)',
      broken((t) => (t.arcs = t.arcs.slice(0, 2))),
      '/objects/countries/geometries/1/arcs/0/0/1',
      '2 is not the index of one of the 2 arcs',
    ],
    [
      'a negative index past the end',
      broken(
        (t) =>
          ((t.objects.countries as { geometries: { arcs: unknown }[] }).geometries[0]!.arcs = [
            [0, ~3],
          ]),
      ),
      '/objects/countries/geometries/0/arcs/0/1',
      '-4 is not the index of one of the 3 arcs',
    ],
    [
      'an arc index that is not a whole number',
      broken(
        (t) =>
          ((t.objects.countries as { geometries: { arcs: unknown }[] }).geometries[0]!.arcs = [
            [0.5],
          ]),
      ),
      '/objects/countries/geometries/0/arcs/0/0',
      '0.5 is not the index of one of the 3 arcs',
    ],
    [
      'a polygon with no arcs',
      broken(
        (t) =>
          ((t.objects.countries as { geometries: { arcs: unknown }[] }).geometries[0]!.arcs = null),
      ),
      '/objects/countries/geometries/0/arcs',
      'expected a list, got null',
    ],
    [
      'an arc cut to one point',
      broken((t) => (t.arcs[1] = [[0, 1]])),
      '/arcs/1',
      '[[0,1]] is not a line of two points or more',
    ],
    [
      'a position that is not numbers',
      broken(
        (t) =>
          (t.arcs[0] = [
            [0, 0],
            [null, 1],
          ]),
      ),
      '/arcs/0/1',
      '[null,1] is not a pair of numbers',
    ],
    [
      'a broken transform',
      broken((t) => (t.transform = { scale: [1], translate: [0, 0] })),
      '/transform/scale',
      '[1] is not a pair of numbers',
    ],
    [
      'a dot that is not a point',
      broken(
        (t) =>
          ((
            t.objects.countries as { geometries: { properties?: unknown }[] }
          ).geometries[0]!.properties = { dot: { x: 'a' } }),
      ),
      '/objects/countries/geometries/0/properties/dot',
      '{"x":"a"} is not a point {x, y}',
    ],
    [
      'extraDots: null',
      broken((t) => (t.map.extraDots = null)),
      '/map/extraDots',
      'expected an object, got null',
    ],
    [
      'extraDots as a list',
      broken((t) => (t.map.extraDots = [])),
      '/map/extraDots',
      'expected an object, got []',
    ],
    [
      'an extra dot that is null',
      broken((t) => (t.map.extraDots = { SGP: null })),
      '/map/extraDots/SGP',
      'expected an object, got null',
    ],
    [
      'no map',
      broken((t) => delete (t as Partial<Topo>).map),
      '/map',
      'expected an object, got undefined',
    ],
    ['a zero width', broken((t) => (t.map.width = 0)), '/map/width', '0 is not a size'],
    [
      'a region that is not a box',
      broken((t) => (t.map.regions = { europe: { x0: 1 } })),
      '/map/regions/europe',
      '{"x0":1} is not a box',
    ],
  ])('refuses %s, naming where', (_, json, path, reason) => {
    expect(failure(json)).toEqual({ path, reason });
  });

  it('accepts a map file from before regions were projected', () => {
    expect(() => checkTopology(broken((t) => delete t.map.regions))).not.toThrow();
  });
});
