import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/model/categories';
import { checkData, formatCounts } from './check';
import { formatProblem } from './problem';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = join(ROOT, 'data');

interface StateFile {
  kind?: string;
  research: { status: string };
  measures: { category: string; sources: { url: string }[] }[];
}

/** The counts, recomputed here straight from the files, independently of the checker. */
function countFiles() {
  const files = readdirSync(join(DATA, 'states')).filter((n) => n.endsWith('.json'));
  const states = files.map(
    (n) => JSON.parse(readFileSync(join(DATA, 'states', n), 'utf8')) as StateFile,
  );
  const measures = states.flatMap((s) => s.measures);
  return {
    actors: files.length,
    states: states.filter((s) => (s.kind ?? 'state') === 'state'),
    measures,
    citations: measures.flatMap((m) => m.sources),
  };
}

describe('the real data', () => {
  const result = checkData(DATA, ROOT);

  it('passes every check', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('reports the counts of its files', () => {
    const files = countFiles();
    expect(result.counts.actors).toBe(files.actors);
    expect(result.counts.states).toBe(files.states.length);
    expect(result.counts.measures).toBe(files.measures.length);
    expect(result.counts.citations).toBe(files.citations.length);
    expect(result.counts.distinctSourceUrls).toBe(new Set(files.citations.map((s) => s.url)).size);
    for (const c of CATEGORIES) {
      expect(result.counts.measuresByCategory[c]).toBe(
        files.measures.filter((m) => m.category === c).length,
      );
    }
    for (const status of ['researched', 'no-measure-found', 'not-yet-researched'] as const) {
      expect(result.counts.statesByResearch[status]).toBe(
        files.states.filter((s) => s.research.status === status).length,
      );
    }
  });

  it('covers at least 80 acting states and every UN member', () => {
    expect(result.counts.statesByResearch.researched).toBeGreaterThanOrEqual(80);
    const members = JSON.parse(readFileSync(join(DATA, 'reference/un-members.json'), 'utf8')) as {
      members: string[];
    };
    expect(members.members).toHaveLength(193);
    const files = new Set(readdirSync(join(DATA, 'states')).map((n) => n.replace('.json', '')));
    expect(members.members.filter((m) => !files.has(m))).toEqual([]);
  });

  it('prints those counts from the command line', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(formatCounts(result.counts));
  });

  it('exits non-zero with one line per problem on broken data', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-data.ts', 'scripts/data/fixtures/broken'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'scripts/data/fixtures/broken/states/JPN.json: /measures/0/start: "2016-13-01" is not a date',
    );
  });
});
