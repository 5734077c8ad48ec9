import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeDataset } from '../../src/data/decodeDataset';
import { compileData, DataCheckFailed } from './compile';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'data-compile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('compileData', () => {
  const compiled = compileData(join(FIXTURES, 'valid'));

  it('writes a bundle the app can read', () => {
    const dataset = decodeDataset(JSON.parse(compiled.json));
    expect(dataset.actors.size).toBe(6);
    expect(dataset.firstMonth).toBe('2006-10');
    expect(dataset.version).toBe(compiled.version);
    expect(dataset.updated).toBe('2026-11-28');
    // Germany inherits the EU's measure through blocs.json.
    expect(dataset.applied.get('DEU' as never)?.map((a) => [a.measure.id, a.via])).toEqual([
      ['eu-2016-transfers', 'EU'],
    ]);
  });

  it('joins each state to its topology id by ISO numeric code', () => {
    const bundle = JSON.parse(compiled.json) as { actors: { id: string; numeric?: string }[] };
    expect(bundle.actors.find((a) => a.id === 'JPN')?.numeric).toBe('392');
    expect(bundle.actors.find((a) => a.id === 'EU')?.numeric).toBeUndefined();
  });

  it("gives each state its M49 areas, broadest first, and the areas' names", () => {
    const dataset = decodeDataset(JSON.parse(compiled.json));
    const regionsOf = (id: string) => dataset.actors.get(id as never)?.regions;
    expect(regionsOf('JPN')).toEqual(['142', '030']);
    expect(regionsOf('NOR')).toEqual(['150', '154']);
    // Not classified (the fixture's PRK entry), and not a state.
    expect(regionsOf('PRK')).toBeUndefined();
    expect(regionsOf('EU')).toBeUndefined();
    expect(dataset.regions.find((r) => r.code === '030')).toEqual({
      code: '030',
      name: 'Eastern Asia',
      level: 'subRegion',
      parent: '142',
    });
  });

  it('versions the data by its content', () => {
    expect(compiled.version).toMatch(/^[0-9a-f]{12}$/);
    expect(compileData(join(FIXTURES, 'valid')).version).toBe(compiled.version);
    const dir = join(tmp, 'changed');
    cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
    const file = join(dir, 'states/KOR.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('A measure.', 'A changed measure.'));
    expect(compileData(dir).version).not.toBe(compiled.version);
  });

  it('writes one CSV row per measure as it applies: the EU measure once more for its member', () => {
    const rows = compiled.csv.trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(5 + 1);
    expect(rows.filter((r) => r.startsWith('eu-')).map((r) => r.split(',').slice(1, 2)[0])).toEqual(
      ['DEU', 'EU'],
    );
  });

  it('refuses to compile data that fails the check', () => {
    expect(() => compileData(join(FIXTURES, 'broken'))).toThrow(DataCheckFailed);
    expect(() => compileData(join(FIXTURES, 'broken'))).toThrow(
      /states\/JPN\.json: \/measures\/0\/start: "2016-13-01" is not a date/,
    );
  });
});
