import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadWorld } from '../../scripts/world';
import type { ActorId } from '../model/types';
import { geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { MAP_WIDTH } from './geometry';
import { fitProjection, type Shape } from './projectTopology';

function boundsOf(d: string): [[number, number], [number, number]] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [, x, y] of d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
    x0 = Math.min(x0, Number(x));
    y0 = Math.min(y0, Number(y));
    x1 = Math.max(x1, Number(x));
    y1 = Math.max(y1, Number(y));
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-50m.json') as Topology;
const { dataset, geometry } = loadWorld();
const shapes = new Map(geometry.shapes.map((s) => [s.id, s]));

describe('prepare on the real topology and data', () => {
  it('gives every state in the data a shape or a dot', () => {
    const states = [...dataset.actors.values()].filter((a) => a.kind === 'state').map((a) => a.id);
    expect(states.filter((id) => !shapes.has(id))).toEqual([]);
    for (const s of geometry.shapes) expect(s.d !== '' || s.marker !== null).toBe(true);
  });

  it('gives microstates and small islands a dot so they can be clicked', () => {
    for (const id of ['SGP', 'MLT', 'BHR', 'TUV', 'NRU', 'LIE', 'MCO', 'SMR', 'VAT']) {
      if (!dataset.actors.has(id as ActorId)) continue;
      expect(shapes.get(id as ActorId)?.marker, id).not.toBeNull();
    }
  });

  it('gives a dot to a state whose pieces are each too small, even split by the map edge', () => {
    // Fiji's islands add up to more than the threshold, but no one piece can be clicked; half
    // of it is drawn at the map's right edge and half at its left.
    const fiji = shapes.get('FJI' as ActorId);
    const [[x0], [x1]] = boundsOf(fiji?.d ?? '');
    expect(x1 - x0).toBeGreaterThan(geometry.width * 0.9);
    expect(fiji?.marker).not.toBeNull();
    // Its dot sits on Viti Levu, at the right edge, not in the middle of the map.
    expect(fiji?.marker?.x).toBeGreaterThan(geometry.width * 0.95);
    expect(shapes.get('SLB' as ActorId)?.marker).not.toBeNull();
  });

  it('gives every state a centre, on its largest piece, for keyboard steps', () => {
    for (const s of geometry.shapes) expect(s.center, s.id).not.toBeNull();
    const japan = shapes.get('JPN' as ActorId)?.center;
    const [[x0, y0], [x1, y1]] = boundsOf(shapes.get('JPN' as ActorId)?.d ?? '');
    expect(japan?.x).toBeGreaterThan(x0);
    expect(japan?.x).toBeLessThan(x1);
    expect(japan?.y).toBeGreaterThan(y0);
    expect(japan?.y).toBeLessThan(y1);
  });

  it('projects each named region to a box that holds its states', () => {
    const inside = (region: keyof typeof geometry.regions, id: string) => {
      const box = geometry.regions[region];
      const c = shapes.get(id as ActorId)?.center;
      return !!box && !!c && c.x > box.x0 && c.x < box.x1 && c.y > box.y0 && c.y < box.y1;
    };
    expect(geometry.regions.world).toBeNull();
    for (const id of ['FRA', 'DEU', 'MLT', 'CYP', 'ISL', 'LUX', 'FIN'])
      expect(inside('europe', id), id).toBe(true);
    for (const id of ['JPN', 'KOR', 'PRK', 'MNG', 'CHN'])
      expect(inside('east-asia', id), id).toBe(true);
    for (const id of ['SGP', 'IDN', 'PHL', 'VNM', 'TLS'])
      expect(inside('south-east-asia', id), id).toBe(true);
    for (const id of ['ISR', 'LBN', 'BHR', 'QAT', 'IRN', 'YEM'])
      expect(inside('middle-east', id), id).toBe(true);
    for (const id of ['ZAF', 'EGY', 'SYC', 'CPV', 'MUS'])
      expect(inside('africa', id), id).toBe(true);
    for (const id of ['USA', 'CAN', 'BRA', 'CHL', 'JAM', 'TTO'])
      expect(inside('americas', id), id).toBe(true);
    for (const id of ['AUS', 'NZL', 'FJI', 'PNG', 'TUV', 'PLW'])
      expect(inside('oceania', id), id).toBe(true);
    expect(inside('europe', 'JPN')).toBe(false);
  });

  it('gives large states no dot', () => {
    for (const id of ['JPN', 'USA', 'RUS', 'BRA'])
      expect(shapes.get(id as ActorId)?.marker).toBeNull();
  });

  it('merges features that share a code into one shape per state', () => {
    expect(geometry.shapes.filter((s) => s.id === 'AUS')).toHaveLength(1);
    expect(new Set(geometry.shapes.map((s) => s.id)).size).toBe(geometry.shapes.length);
  });

  it('fits the map to a fixed width, with small states drawn last', () => {
    expect(geometry.width).toBe(MAP_WIDTH);
    expect(geometry.height).toBeGreaterThan(300);
    expect(geometry.height).toBeLessThan(600);
    const firstDot = geometry.shapes.findIndex((s) => s.marker !== null);
    expect(geometry.shapes.slice(firstDot).every((s) => s.marker !== null)).toBe(true);
  });

  it('fits every state inside the viewBox, with no land cut off', () => {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const d of [...geometry.shapes.map((s) => s.d), geometry.otherLand]) {
      for (const [, x, y] of d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
        minX = Math.min(minX, Number(x));
        maxX = Math.max(maxX, Number(x));
        minY = Math.min(minY, Number(y));
        maxY = Math.max(maxY, Number(y));
      }
    }
    expect(minX).toBeGreaterThanOrEqual(0);
    expect(maxX).toBeLessThanOrEqual(geometry.width);
    expect(minY).toBeGreaterThanOrEqual(0);
    expect(maxY).toBeLessThanOrEqual(geometry.height);
    // And the land fills the frame: little empty margin on any side.
    expect(minY).toBeLessThan(6);
    expect(geometry.height - maxY).toBeLessThan(6);
    expect(maxX - minX).toBeGreaterThan(geometry.width * 0.95);
  });

  it('draws what d3 draws on the sphere, for states that cross the antimeridian too', () => {
    const countries = topology.objects.countries as GeometryCollection;
    const kept = { ...countries, geometries: countries.geometries.filter((g) => g.id !== '010') };
    const features = (feature(topology, kept) as FeatureCollection).features as Shape[];
    const { projection, height } = fitProjection(features);
    expect(height).toBe(geometry.height);
    const spherical = geoPath(projection);
    for (const [numeric, id] of [
      ['392', 'JPN'],
      ['643', 'RUS'],
      ['242', 'FJI'],
      ['840', 'USA'],
      ['296', 'KIR'],
    ] as const) {
      const [[x0, y0], [x1, y1]] = spherical.bounds(
        features.find((f) => f.id === numeric) as Shape,
      );
      const [[a0, b0], [a1, b1]] = boundsOf(shapes.get(id as ActorId)?.d ?? '');
      for (const [mine, d3s] of [
        [a0, x0],
        [b0, y0],
        [a1, x1],
        [b1, y1],
      ] as const) {
        expect(Math.abs(mine - d3s), id).toBeLessThan(0.3);
      }
    }
  });

  it('draws no line across the map: every segment is short', () => {
    // One assertion over all the segments: an expect per point made this the slowest test.
    const long = new Set<string>();
    for (const s of geometry.shapes) {
      for (const sub of s.d.split('M').filter(Boolean)) {
        const points = [...sub.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, x]) => Number(x));
        for (let i = 1; i < points.length; i++) {
          if (Math.abs((points[i] ?? 0) - (points[i - 1] ?? 0)) >= geometry.width / 4)
            long.add(s.id);
        }
      }
    }
    expect([...long]).toEqual([]);
  });

  it('rounds paths to one decimal to keep them small', () => {
    const japan = shapes.get('JPN' as ActorId)?.d ?? '';
    expect(japan).toMatch(/^M[\d.,LZM-]+$/);
    expect(japan).not.toMatch(/\.\d\d/);
  });
});
