import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { compileData } from '../../scripts/data/compile';
import { decodeDataset } from '../data/decodeDataset';
import type { ActorId } from '../model/types';
import { buildGeometry, MAP_WIDTH } from './geometry';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-50m.json') as Topology;
const dataset = decodeDataset(
  JSON.parse(compileData(join(import.meta.dirname, '../../data')).json),
);
const byNumeric = new Map<string, ActorId>();
for (const a of dataset.actors.values())
  if (a.kind === 'state' && a.numeric) byNumeric.set(a.numeric, a.id);
const geometry = buildGeometry(topology, byNumeric);
const shapes = new Map(geometry.shapes.map((s) => [s.id, s]));

describe('buildGeometry on the real topology and data', () => {
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

  it('rounds paths to one decimal to keep them small', () => {
    const japan = shapes.get('JPN' as ActorId)?.d ?? '';
    expect(japan).toMatch(/^M[\d.,LZM-]+$/);
    expect(japan).not.toMatch(/\.\d\d/);
  });
});
