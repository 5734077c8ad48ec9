import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grow, longRecord, measureCount } from '../../bench/lib/synthetic';
import { DecodeFailure } from '../../src/data/decode';
import { decodeDataset } from '../../src/data/decodeDataset';
import { DEFAULT_TEXT_LIMIT, SIZE_LIMITS, TEXT_LIMITS } from '../../src/model/dataBounds';
import { compileData } from './compile';

/**
 * The runtime decoder against the real compiled data: it reads today's data and the bench's
 * ten-fold growth of it, and refuses, with the JSON path and a reason, what would break or
 * freeze the page, whatever the data check let through.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const compiled = compileData(join(ROOT, 'data')).json;

interface RawMeasure {
  id: string;
  aliases?: string[];
  [key: string]: unknown;
}
interface RawActor {
  id: string;
  name: string;
  numeric?: string;
  measures: RawMeasure[];
  [key: string]: unknown;
}
interface Raw {
  version: string;
  actors: RawActor[];
  events: { id: string; title: string }[];
  [key: string]: unknown;
}

function edited(change: (raw: Raw) => void): Raw {
  const raw = JSON.parse(compiled) as Raw;
  change(raw);
  return raw;
}

function actorWithMeasures(raw: Raw, min = 2): RawActor {
  const a = raw.actors.find((x) => x.measures.length >= min);
  if (!a) throw new Error('no actor with measures');
  return a;
}

function failure(json: unknown): { path: string; reason: string } {
  try {
    decodeDataset(json);
  } catch (e) {
    if (e instanceof DecodeFailure) return { path: e.path, reason: e.reason };
    throw e;
  }
  throw new Error('expected a DecodeFailure');
}

describe('the decoder on the real data', () => {
  it('reads today’s data', () => {
    expect(decodeDataset(JSON.parse(compiled)).actors.size).toBeGreaterThan(150);
  });

  it('reads the bench’s ten-fold growth and its long record', () => {
    const grown = grow(compiled, 10);
    expect(measureCount(grown)).toBeGreaterThan(6000);
    const dataset = decodeDataset(JSON.parse(grown));
    expect([...dataset.actors.values()].reduce((n, a) => n + a.measures.length, 0)).toBe(
      measureCount(grown),
    );
    expect(
      decodeDataset(JSON.parse(longRecord(compiled, 'JPN', 500))).actors.get('JPN' as never),
    ).toBeDefined();
  });
});

describe('the decoder refuses absurd sizes', () => {
  it('20,000 measures for one state', () => {
    const big = longRecord(compiled, 'JPN', 20_000);
    const at = (JSON.parse(big) as Raw).actors.findIndex((a) => a.id === 'JPN');
    expect(failure(JSON.parse(big))).toEqual({
      path: `/actors/${at}/measures`,
      reason: `holds 20000 measures; this app reads at most ${SIZE_LIMITS.measuresPerActor}`,
    });
  });

  it('more measures in all than the app reads', () => {
    // Thirty-fold keeps every actor under its own bound; a few more long records pass the total.
    const raw = JSON.parse(grow(compiled, 30)) as Raw;
    let total = raw.actors.reduce((n, a) => n + a.measures.length, 0);
    for (const a of raw.actors.filter((x) => x.measures.length > 0)) {
      if (total > SIZE_LIMITS.measures) break;
      const base = a.measures[0]!;
      while (a.measures.length < SIZE_LIMITS.measuresPerActor) {
        a.measures.push({ ...base, id: `${base.id}-y${a.measures.length}`, aliases: [] });
        total++;
      }
    }
    expect(failure(raw)).toEqual({
      path: '/actors',
      reason: `hold ${total} measures; this app reads at most ${SIZE_LIMITS.measures}`,
    });
  });

  it('more text in all than the app reads', () => {
    const raw = edited((r) => {
      const long = 'x'.repeat(200);
      r.padding = Array.from({ length: SIZE_LIMITS.textCharacters / 200 + 1 }, () => long);
    });
    expect(failure(raw)).toEqual({
      path: '',
      reason: expect.stringMatching(
        /^holds \d+ characters of text; this app reads at most 40000000$/,
      ),
    });
  });

  it('a 100 KB version string', () => {
    const raw = edited((r) => (r.version = 'a'.repeat(100_000)));
    expect(failure(raw)).toEqual({
      path: '/version',
      reason: 'is 100000 characters long; the most this field may hold is 64',
    });
  });

  it('a 2,000-character event title', () => {
    const raw = edited((r) => (r.events[0]!.title = 'w'.repeat(2000)));
    expect(failure(raw)).toEqual({
      path: '/events/0/title',
      reason: 'is 2000 characters long; the most this field may hold is 300',
    });
  });
});

describe('the decoder re-checks the ids the page relies on', () => {
  it('a measure id used twice', () => {
    const raw = edited((r) => {
      const a = actorWithMeasures(r);
      a.measures[1]!.id = a.measures[0]!.id;
    });
    expect(failure(raw).reason).toMatch(
      /^the measure id ".+" appears twice \(first at \/actors\/\d+\/measures\/0\/id\)$/,
    );
  });

  it('an alias that is another measure’s id', () => {
    const raw = edited((r) => {
      const a = actorWithMeasures(r);
      a.measures[1]!.aliases = [a.measures[0]!.id];
    });
    expect(failure(raw).path).toMatch(/^\/actors\/\d+\/measures\/1\/aliases\/0$/);
  });

  it('one numeric code for every state (which left two shapes on the map)', () => {
    const raw = edited((r) => {
      for (const a of r.actors) if (a.numeric !== undefined) a.numeric = '392';
    });
    expect(failure(raw).reason).toMatch(
      /^the numeric code "392" appears twice \(first at \/actors\/\d+\/numeric\)$/,
    );
  });

  it('an event id used twice', () => {
    const raw = edited((r) => (r.events[1]!.id = r.events[0]!.id));
    expect(failure(raw).path).toBe('/events/1/id');
  });
});

describe('the decoder refuses text that would break the page', () => {
  const named = (name: string) =>
    edited((r) => {
      r.actors[0]!.name = name;
    });

  it.each([
    ['Jap\u0000an', 'holds a control character (U+0000) at character 4'],
    ['Japan\n', 'holds a control character (U+000A) at character 6'],
    ['\u200b\u200b', 'holds only invisible characters'],
    ['\u3164', 'holds only invisible characters'],
    [
      '\u202enapaJ',
      'holds a bidirectional control (U+202E) at character 1, which can reverse how the text reads',
    ],
    [
      'Japan\u2066',
      'holds a bidirectional control (U+2066) at character 6, which can reverse how the text reads',
    ],
    ['Jap\ud800an', 'holds a broken character (a lone surrogate, U+D800) at character 4'],
  ])('%j', (name, reason) => {
    expect(failure(named(name))).toEqual({ path: '/actors/0/name', reason });
  });

  it('keeps names in any script, with their joiners', () => {
    expect(() => decodeDataset(named('대한민국'))).not.toThrow();
    expect(() => decodeDataset(named('Côte d’Ivoire'))).not.toThrow();
    expect(() => decodeDataset(named('भारत'))).not.toThrow();
  });
});

describe('data/README.md', () => {
  it('names every length bound the check and the decoder apply', () => {
    const readme = readFileSync(join(ROOT, 'data/README.md'), 'utf8');
    const listed = new Map<string, number>();
    let other: number | undefined;
    for (const [, keys, n] of readme.matchAll(/^ *\| ([^|]+?) +\| ([\d,]+) +\|$/gm)) {
      const limit = Number(n!.replace(/,/g, ''));
      if (keys === 'any other') other = limit;
      for (const [, key] of keys!.matchAll(/`([^`]+)`/g)) listed.set(key!, limit);
    }
    expect(Object.fromEntries(listed)).toEqual(TEXT_LIMITS);
    expect(other).toBe(DEFAULT_TEXT_LIMIT);
  });
});
