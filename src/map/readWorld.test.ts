import { describe, expect, it } from 'vitest';
import { LoadFailure, type Fetcher } from '../data/loadDataset';
import { projectedTopology } from '../../scripts/world';
import { readWorldHere, worldFromText } from './readWorld';
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

describe('readWorldHere, the map file read on this thread', () => {
  const respond =
    (body: string, status = 200): Fetcher =>
    () =>
      Promise.resolve(new Response(body, { status }));
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error('read without a failure');
      },
      (e: unknown) => {
        if (e instanceof LoadFailure) return e.error;
        throw e;
      },
    );

  it('refuses JSON that is not a topology with countries', async () => {
    const error = await failure(
      readWorldHere('/t', 'geo/countries-50m.json', respond('{"type":"FeatureCollection"}')),
    );
    expect(error).toEqual({
      kind: 'invalid',
      file: 'geo/countries-50m.json',
      path: '/type',
      reason: '"FeatureCollection" is not "Topology"',
    });
  });

  it('names a 404', async () => {
    const error = await failure(
      readWorldHere('/t', 'geo/countries-50m.json', respond('gone', 404)),
    );
    expect(error).toMatchObject({ kind: 'http', file: 'geo/countries-50m.json' });
  });
});
