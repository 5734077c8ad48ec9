import { describe, expect, it } from 'vitest';
import { LoadFailure } from '../data/loadDataset';
import { projectedTopology } from '../../scripts/world';
import { worldFromText } from './readWorld';
import { worldFromTopology } from './worldFromTopology';

const FILE = 'geo/world.json';

function failureOf(text: string) {
  try {
    worldFromText(text, FILE);
  } catch (e) {
    if (e instanceof LoadFailure) return e.error;
    throw e;
  }
  throw new Error('read without a failure');
}

describe('worldFromText, what the map worker runs on the file it is handed', () => {
  it('gives the world the page draws, as reading the parsed file here does', () => {
    const topology = projectedTopology();
    expect(worldFromText(JSON.stringify(topology), FILE)).toEqual(worldFromTopology(topology));
  });

  it.each([
    ['', 'parse', /is empty/],
    ['<!doctype html><p>Welcome</p>', 'parse', /is a web page/],
    ['{"type": "Topo', 'parse', /is not valid JSON/],
    ['{"unexpected": true}', 'invalid', /./],
  ])('names the file and says what is wrong with %j', (text, kind, reason) => {
    const error = failureOf(text);
    expect(error).toMatchObject({ kind, file: FILE });
    expect(error.reason).toMatch(reason);
  });

  it('names the place in the file a broken geometry is at', () => {
    const topology = structuredClone(projectedTopology()) as unknown as {
      objects: { countries: { geometries: unknown[] } };
    };
    topology.objects.countries.geometries[3] = null;
    expect(failureOf(JSON.stringify(topology))).toMatchObject({
      kind: 'invalid',
      path: expect.stringContaining('/geometries/3') as unknown as string,
    });
  });
});
