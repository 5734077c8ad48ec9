import { describe, expect, it } from 'vitest';
import { LoadFailure, loadDecoded, type Fetcher, type LoadError } from './loadDataset';
import { loadDataset } from './readDataset';

const FILE = 'data/dataset.json';
const respond =
  (body: string, status = 200): Fetcher =>
  async () =>
    new Response(body, { status });

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof LoadFailure) return e.error;
    throw e;
  }
  throw new Error('expected a LoadFailure');
}

const minimal = {
  format: 1,
  version: 'abc',
  updated: '2026-11-28',
  title: 'Measures',
  authors: [{ name: 'A group' }, { family: 'Doe', given: 'Jane' }],
  license: 'CC BY 4.0',
  categories: [],
  blocs: [],
  events: [],
  resolutions: [],
  jointActions: [],
  actors: [
    {
      id: 'JPN',
      name: 'Japan',
      kind: 'state',
      numeric: '392',
      research: { status: 'researched', checked: '2026-11-28' },
      measures: [
        {
          id: 'jpn-a',
          state: 'JPN',
          category: 'port_ban',
          summary: 'S',
          start: '2006-07-05',
          startBasis: 'announced',
          instrument: 'I',
          evidence: 'press',
          basis: 'autonomous',
          sources: [{ title: 'T', publisher: 'P', date: 'n.d.', url: 'https://example.org/' }],
        },
      ],
    },
  ],
};

describe('loadDataset', () => {
  it('reads a well-formed bundle', async () => {
    const dataset = await loadDataset('/d', FILE, respond(JSON.stringify(minimal)));
    expect(dataset.firstMonth).toBe('2006-07');
    expect([...dataset.actors.keys()]).toEqual(['JPN']);
    expect(dataset.authors).toEqual([{ name: 'A group' }, { family: 'Doe', given: 'Jane' }]);
  });

  it('names a network failure', async () => {
    const error = await failure(
      loadDataset('/d', FILE, () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(error).toEqual({ kind: 'network', file: FILE, path: '', reason: 'Failed to fetch' });
  });

  it('names an HTTP error', async () => {
    const error = await failure(loadDataset('/d', FILE, respond('not here', 404)));
    expect(error).toMatchObject({ kind: 'http', file: FILE, reason: 'the server answered 404' });
  });

  it('names a truncated file', async () => {
    const error = await failure(
      loadDataset('/d', FILE, respond(JSON.stringify(minimal).slice(0, 100))),
    );
    expect(error.kind).toBe('parse');
    expect(error.reason).toMatch(/^is not valid JSON \(/);
  });

  it.each([
    ['an empty file', '', 'is empty'],
    ['a blank file', ' \n', 'is empty'],
    ['a web page', '<!doctype html><html><body>Not here</body></html>', 'is a web page, not JSON'],
  ])('names %s as damaged', async (_, body, reason) => {
    const error = await failure(loadDataset('/d', FILE, respond(body)));
    expect(error).toEqual({ kind: 'parse', file: FILE, path: '', reason });
  });

  it('gives up on a server that never answers, and aborts the download', async () => {
    let signal: AbortSignal | undefined;
    const stalled: Fetcher = (_, init) => {
      signal = init?.signal;
      return new Promise(() => {});
    };
    const error = await failure(loadDataset('/d', FILE, stalled, 30));
    expect(error).toEqual({
      kind: 'timeout',
      file: FILE,
      path: '',
      reason: 'no answer after 0.03 s',
    });
    expect(signal?.aborted).toBe(true);
  });

  it('reports a timeout, not the abort it causes, when the fetcher honours the signal', async () => {
    const stalled: Fetcher = (_, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const error = await failure(loadDataset('/d', FILE, stalled, 30));
    expect(error.kind).toBe('timeout');
  });

  it('gives up on a body that stops half way', async () => {
    const headersOnly: Fetcher = async () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{')) }));
    const error = await failure(loadDataset('/d', FILE, headersOnly, 30));
    expect(error.kind).toBe('timeout');
  });

  it('names the file when a decoder fails in a way it did not foresee', async () => {
    const error = await failure(
      loadDecoded('/d', 'geo/world.json', respond('{}'), () => {
        throw new TypeError("Cannot read properties of null (reading 'x')");
      }),
    );
    expect(error).toEqual({
      kind: 'invalid',
      file: 'geo/world.json',
      path: '',
      reason: "Cannot read properties of null (reading 'x')",
    });
  });

  it.each([
    [{ ...minimal, format: 2 }, '/format', 'is 2, this app reads format 1'],
    [{ ...minimal, actors: 'x' }, '/actors', 'expected a list, got "x"'],
    [
      {
        ...minimal,
        actors: [
          {
            ...minimal.actors[0],
            measures: [{ ...minimal.actors[0]!.measures[0], start: '2016-13-01' }],
          },
        ],
      },
      '/actors/0/measures/0/start',
      '"2016-13-01" is not a date: there is no month 13',
    ],
    [
      {
        ...minimal,
        actors: [
          {
            ...minimal.actors[0],
            measures: [{ ...minimal.actors[0]!.measures[0], category: 'x' }],
          },
        ],
      },
      '/actors/0/measures/0/category',
      '"x" is not one of port_ban, remittance_limit, labor_restriction, entry_ban, trade_ban, financial, diplomatic, joint_project_closure, vessel_deregistration, cooperation_suspension, other',
    ],
    [
      {
        ...minimal,
        actors: [
          { ...minimal.actors[0], measures: [{ ...minimal.actors[0]!.measures[0], sources: [] }] },
        ],
      },
      '/actors/0/measures/0/sources',
      '[] has no source',
    ],
    [{ ...minimal, actors: [] }, '/actors', 'holds no measure'],
    [
      { ...minimal, actors: [minimal.actors[0], minimal.actors[0]] },
      '/actors/1/id',
      'JPN appears twice',
    ],
    [
      {
        ...minimal,
        actors: [
          {
            ...minimal.actors[0],
            measures: [{ ...minimal.actors[0]!.measures[0], start: '0216-07-05' }],
          },
        ],
      },
      '/actors/0/measures/0/start',
      '"0216-07-05" is not a date the map can show: the year 216 is outside 1900-2100',
    ],
    [null, '', 'expected an object, got null'],
    [{ ...minimal, authors: [] }, '/authors', '[] names no author'],
    [{ ...minimal, authors: [{ family: 'Doe' }] }, '/authors/0/given', 'is missing'],
  ])('names the path and reason of invalid data (%#)', async (json, path, reason) => {
    const error = await failure(loadDataset('/d', FILE, respond(JSON.stringify(json))));
    expect(error).toEqual({ kind: 'invalid', file: FILE, path, reason });
  });

  it('keeps a non-https source URL as text for the interface to withhold', async () => {
    const hostile = structuredClone(minimal);
    hostile.actors[0]!.measures[0]!.sources[0]!.url = 'javascript:alert(1)';
    const dataset = await loadDataset('/d', FILE, respond(JSON.stringify(hostile)));
    expect(dataset.actors.get('JPN' as never)?.measures[0]?.sources[0]?.url).toBe(
      'javascript:alert(1)',
    );
  });
});
