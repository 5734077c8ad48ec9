import { describe, expect, it } from 'vitest';
import { applyBlocs } from './applyBlocs';
import { CATEGORIES } from './categories';
import { csvCell, datasetCsv, viewCsv } from './csv';
import { readView } from './lens';
import type { Month } from './month';
import { ABOUT, actor, actorMap, euBloc, measure } from './testing/fixtures';
import type { Dataset } from './types';
import type { View } from './view';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2', "'-2"],
    [' =1+1', "' =1+1"],
    ['\n=1', `"'\n=1"`],
    ['＝1+1', "'＝1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['\u3000=1', "'\u3000=1"],
    ['\u00a0=1', "'\u00a0=1"],
    ['\u200b=1', "'\u200b=1"],
    ['\ufeff=1', "'\ufeff=1"],
    ['\u2212 1', "'\u2212 1"],
    ['\ufe66 1', "'\ufe66 1"],
    ['Japan = 1', 'Japan = 1'],
    ['2016-03', '2016-03'],
  ])('%j -> %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

const actors = actorMap(
  actor('KOR', [measure('kor-a', { start: '2016-03-08', basis: 'autonomous' })]),
  actor('JPN', [
    measure('jpn-a', { start: '2016', end: '2017-01', endReason: 'lifted' }),
    measure('jpn-b', {
      sources: [
        { title: 'One', publisher: 'P1', date: '2016-01', url: 'https://a.example/1' },
        {
          title: 'Two, with comma',
          publisher: 'P2',
          date: 'n.d.',
          url: 'https://b.example/2',
          quote: 'q',
        },
      ],
    }),
  ]),
  actor('DEU'),
  actor('EU', [measure('eu-a', { start: '2016-05-27', category: 'labor_restriction' })], {
    kind: 'bloc',
  }),
);
const blocs = [euBloc([{ state: 'DEU' as never, from: '1958' }])];
const applied = applyBlocs(actors, blocs);

describe('datasetCsv', () => {
  const lines = datasetCsv(actors.values(), applied).trimEnd().split('\r\n');
  const header = lines[0]?.split(',') ?? [];
  const col = (row: number, name: string) => lines[row]?.split(',')[header.indexOf(name)];

  it('has one row per measure as it applies, actors in code order, a bloc measure once per member', () => {
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(' '))).toEqual([
      'eu-a DEU',
      'eu-a EU',
      'jpn-a JPN',
      'jpn-b JPN',
      'kor-a KOR',
    ]);
    expect(col(1, 'via')).toBe('EU');
    expect(col(2, 'via')).toBe('');
  });

  it('numbers source columns up to the most sources any measure has', () => {
    expect(header).toContain('source_2_url');
    expect(header).not.toContain('source_3_url');
    expect(lines[4]).toContain('"Two, with comma",P2,n.d.,https://b.example/2,q');
  });

  it('records the precision of the start date and the months the map shows it', () => {
    expect(col(3, 'start')).toBe('2016');
    expect(col(3, 'start_precision')).toBe('year');
    expect(col(3, 'end_reason')).toBe('lifted');
    expect(col(3, 'in_force_from')).toBe('2016-12');
    expect(col(3, 'in_force_until')).toBe('2017-01');
    expect(col(5, 'basis')).toBe('autonomous');
  });
});

describe('viewCsv', () => {
  const dataset: Dataset = {
    version: 'v1',
    updated: '2026-11-28',
    ...ABOUT,
    categories: [],
    actors,
    applied,
    blocs,
    events: [],
    resolutions: [],
    jointActions: [],
    regions: [],
    firstMonth: '2006-07' as Month,
  };
  const view: View = {
    date: '2017-12' as Month,
    categories: CATEGORIES,
    scope: 'all',
    lens: 'kinds',
    compare: null,
    resolution: null,
    actor: null,
    highlight: [],
    focus: 'world',
  };
  const lines = viewCsv(dataset, view, readView(dataset, view)).trimEnd().split('\r\n');

  it('has a row per state, by name, with what it had in force, its own and through a bloc', () => {
    expect(lines).toHaveLength(4);
    const germany = lines.find((l) => l.includes(',DEU,'));
    expect(germany).toBe(
      '2017-12,kinds,DEU,Name of DEU,no-measure-found,k1,1,labor_restriction,,eu-a,,v1',
    );
    const japan = lines.find((l) => l.includes(',JPN,'));
    expect(japan).toContain(',k1,1,port_ban,jpn-b,,');
  });
});
